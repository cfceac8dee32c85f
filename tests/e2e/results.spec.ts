import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { queryTestDb } from '../helpers/db';
import { answerTutorSession, type PlannedAnswer } from '../helpers/history';

const PLAN: PlannedAnswer[] = [
	{ right: true, confidence: 'Sure', flag: true },
	{ right: false, confidence: 'Sure' },
	{ right: true, confidence: 'Unsure' },
	{ right: false }
];

test('results open on the summary and the wrong answers, filter to flagged or unsure, and jump to each question', async ({
	page
}) => {
	test.setTimeout(90_000);
	const learner = await createAccount({ profession: 'doctor' });
	await logIn(page, learner.email);
	await answerTutorSession(page, PLAN, { finish: true });

	// The summary comes first: score, by bank, time.
	await expect(page.getByRole('heading', { name: 'Score: 50%' })).toBeVisible();
	await expect(page.getByText(/2 of 4 questions fully right/)).toBeVisible();
	await expect(page.getByRole('row', { name: /Clinical trials/ })).toContainText('50%');

	const filters = page.getByRole('navigation', { name: 'Review filters' });
	const jump = page.getByRole('navigation', { name: 'Jump to a question' });
	const shown = () => page.locator('article.review > h3');
	// With wrong answers, the review opens on them.
	await expect(filters.getByRole('link', { name: 'Wrong (2)' })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(shown()).toHaveText([/^Question 2: incorrect/, /^Question 4: incorrect/]);
	await expect(jump.getByRole('link')).toHaveText(['2✗: incorrect', '4✗: incorrect']);

	await filters.getByRole('link', { name: 'Flagged (1)' }).click();
	await expect(page).toHaveURL(/\?show=flagged/);
	await expect(shown()).toHaveText([/^Question 1: correct/]);
	await expect(page.getByText('Flagged', { exact: true })).toBeVisible();

	await filters.getByRole('link', { name: 'Unsure (1)' }).click();
	await expect(shown()).toHaveText([/^Question 3: correct/]);

	await filters.getByRole('link', { name: 'All (4)' }).click();
	await expect(shown()).toHaveCount(4);
	await jump.getByRole('link', { name: /^3\s*:\s*correct/ }).click();
	await expect(page).toHaveURL(/#q-3$/);
	await expect(page.getByRole('heading', { name: /^Question 3: correct/ })).toBeInViewport();
});

test('"practise the ones I got wrong" starts one session of exactly those questions, without JavaScript too', async ({
	browser,
	context,
	page,
	expectErrorResponse
}) => {
	test.setTimeout(90_000);
	const learner = await createAccount({ profession: 'doctor' });
	await logIn(page, learner.email);
	const { sessionId, stems } = await answerTutorSession(page, PLAN, { finish: true });

	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await context.storageState()
	});
	try {
		const plain = await noScript.newPage();
		await plain.goto(`/practice/${sessionId}/results?show=unsure`);
		await expect(plain.locator('article.review > h3')).toHaveText([/^Question 3/]);
		await plain.getByRole('button', { name: 'Practise the 2 I got wrong' }).click();
		await expect(
			plain.getByRole('main').getByText('Question 1 of 2', { exact: true })
		).toBeVisible();
		const served = new Set<string>();
		for (const position of [1, 2]) {
			await plain.goto(plain.url().replace(/\/\d+$/, `/${position}`));
			served.add((await plain.locator('.stem p').first().textContent()) ?? '');
		}
		expect(served).toEqual(new Set([stems[1], stems[3]]));

		// Sent again (a double click, the back button): the same session, not a second.
		await plain.goto(`/practice/${sessionId}/results`);
		await expect(plain.getByRole('link', { name: 'Carry on with it' })).toBeVisible();
	} finally {
		await noScript.close();
	}
	const resent = await page.request.post(`/practice/${sessionId}/results?/practiseWrong`, {
		form: {},
		// As a browser's form post: without it SvelteKit answers an action with JSON.
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(resent.status()).toBe(303);
	const retries = queryTestDb<{ id: string }>(
		'select id from quiz_sessions where retry_of = ?',
		sessionId
	);
	expect(retries).toHaveLength(1);
	expect(resent.headers()['location']).toBe(`/practice/${retries[0].id}`);

	expectErrorResponse(`/practice/${sessionId}/results`, 400);
	await page.goto(`/practice/${sessionId}/results?show=right`);
	await expect(page.getByText(/Unknown filter/)).toBeVisible();
});
