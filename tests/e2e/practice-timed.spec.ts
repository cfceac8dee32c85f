import { test, expect } from '../helpers/test';
import { createAccount, logIn, PASSWORD } from '../helpers/accounts';
import { itemByStem } from '../helpers/banks';
import { queryTestDb } from '../helpers/db';
import { postAction } from '../helpers/api';
import { answerFirstOption, finishTimedTest, startSession } from '../helpers/practice';

test('a timed test that runs out is finalised with the answers saved before the deadline', async ({
	page
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const sessionId = await startSession(page, {
		mode: 'timed',
		count: 2,
		secondsPerItem: 5,
		banks: ['Clinical trials']
	});
	await expect(page.getByRole('timer')).toBeVisible();
	await answerFirstOption(page);
	await expect(page.getByRole('status').filter({ hasText: 'Answer saved.' })).toBeVisible();

	// The countdown reaches zero and the page moves to the marked results by itself.
	await expect(page.getByRole('heading', { name: 'Test results' })).toBeVisible({
		timeout: 20_000
	});
	await expect(page.getByText(/1 answered/)).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Question 2: not answered/ })).toBeVisible();

	const [session] = queryTestDb<{ status: string; finished_at: number; deadline_at: number }>(
		'select status, finished_at, deadline_at from quiz_sessions where id = ?',
		sessionId
	);
	expect(session.status).toBe('finished');
	expect(session.finished_at).toBeLessThanOrEqual(session.deadline_at);
});

test('answers sent after the deadline are refused', async ({ page }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const sessionId = await startSession(page, {
		mode: 'timed',
		count: 1,
		secondsPerItem: 5,
		banks: ['Clinical trials']
	});
	await page.waitForTimeout(5_500);
	const response = await postAction(
		page.request,
		`/practice/${sessionId}/1?/answer`,
		{ choice: '0', intent: 'save' },
		new URL(page.url()).origin
	);
	const body = await response.json();
	expect(body.type).toBe('redirect');
	expect(body.location).toBe(`/practice/${sessionId}/results`);
	expect(queryTestDb('select * from answers where session_id = ?', sessionId)).toHaveLength(0);
});

test('a timed test works with JavaScript turned off', async ({ browser, baseURL }) => {
	const { email } = await createAccount({});
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();

	await startSession(page, { mode: 'timed', count: 2, banks: ['Clinical trials'] });
	await expect(page.getByText(/ends \d\d:\d\d/)).toBeVisible();
	await page.locator('input[name="choice"]').nth(1).check();
	await page.getByRole('button', { name: 'Save and next' }).click();
	await expect(page.getByRole('main').getByText('Question 2 of 2', { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
	await page.locator('input[name="choice"]').first().check();
	await page.getByRole('button', { name: 'Save answer' }).click();
	await expect(page.getByRole('button', { name: 'Question 2, answered' })).toBeVisible();
	await page.getByRole('button', { name: 'Question 1, answered' }).click();
	await expect(page.locator('input[name="choice"]').nth(1)).toBeChecked();
	await finishTimedTest(page);
	await expect(page.getByRole('heading', { name: 'Test results' })).toBeVisible();
	await expect(page.getByText(/2 answered/)).toBeVisible();
	await context.close();
});

test('finishing a timed test first says what is unanswered and flagged, and can be called off', async ({
	browser,
	baseURL
}) => {
	const { email } = await createAccount({});
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await logIn(page, email);
	const sessionId = await startSession(page, {
		mode: 'timed',
		count: 3,
		banks: ['Clinical trials']
	});
	await page.getByRole('button', { name: 'Flag for review' }).click();
	await page.getByRole('button', { name: 'Question 2, not answered' }).click();
	// The answer on the page when Finish is pressed is saved before the question.
	await page.locator('input[name="choice"]').first().check();
	await page.getByRole('button', { name: 'Finish test…' }).click();

	await expect(page.getByRole('heading', { name: 'Finish the test?' })).toBeVisible();
	await expect(page.getByText('You have answered 1 of 3 questions.')).toBeVisible();
	const summary = page.getByRole('region', { name: /You have answered/ });
	await expect(summary.getByRole('listitem')).toHaveText([
		'2 unanswered: question 1, question 3',
		'1 flagged: question 1'
	]);
	expect(
		queryTestDb<{ status: string }>('select status from quiz_sessions where id = ?', sessionId)[0]
			.status
	).toBe('active');

	await page.getByRole('link', { name: 'Back to the test' }).click();
	await expect(page.getByRole('main').getByText('Question 2 of 3', { exact: true })).toBeVisible();
	await expect(page.locator('input[name="choice"]').first()).toBeChecked();

	await page.getByRole('button', { name: 'Finish test…' }).click();
	await page.getByRole('button', { name: 'Finish now' }).click();
	await expect(page.getByRole('heading', { name: 'Test results' })).toBeVisible();
	await expect(page.getByText(/1 answered/)).toBeVisible();
	await context.close();
});

test('nothing sent during a timed test reveals the key, explanations, teaching points or a score', async ({
	page
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const sessionId = await startSession(page, {
		mode: 'timed',
		count: 3,
		banks: ['Surgical factors']
	});
	await answerFirstOption(page);
	await expect(page.getByRole('status').filter({ hasText: 'Answer saved.' })).toBeVisible();

	for (let position = 1; position <= 3; position++) {
		await page.goto(`/practice/${sessionId}/${position}`);
		const stem = (await page.locator('.stem p').first().textContent()) ?? '';
		const spec = itemByStem(stem);
		// What the learner is shown anyway (a quote may be worded like an option) is no secret.
		const shown = [
			spec.stem,
			spec.leadIn,
			...spec.options.map((o) => o.text),
			...(spec.stems ?? []).map((s) => s.text)
		];
		const secrets = [
			spec.teachingPoint,
			...spec.options.map((o) => o.explanation),
			...(spec.stems ?? []).map((s) => s.explanation),
			spec.source.quote
		].filter((secret) => !shown.some((text) => text.includes(secret)));
		expect(secrets.length).toBeGreaterThan(0);
		const html = await (await page.request.get(`/practice/${sessionId}/${position}`)).text();
		const data = await (
			await page.request.get(`/practice/${sessionId}/${position}/__data.json`)
		).text();
		for (const body of [html, data]) {
			for (const secret of secrets) expect(body).not.toContain(secret);
			expect(body).not.toMatch(/"?correct"?\s*:/);
			expect(body).not.toMatch(/"?marks"?\s*:/);
			expect(body).not.toMatch(/"?answer"?\s*:\s*\d/);
		}
		const formResult = await postAction(
			page.request,
			`/practice/${sessionId}/${position}?/answer`,
			{ choice: '0', intent: 'save' },
			new URL(page.url()).origin
		);
		const resultBody = await formResult.text();
		for (const secret of secrets) expect(resultBody).not.toContain(secret);
		expect(resultBody).not.toMatch(/correct|marks/);
	}
});

test('the same answer posted twice and 20 parallel finishes leave one answer and one finalisation', async ({
	page
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const sessionId = await startSession(page, {
		mode: 'tutor',
		count: 2,
		banks: ['Clinical trials']
	});
	const origin = new URL(page.url()).origin;
	const post = (path: string, form: Record<string, string>) =>
		postAction(page.request, path, form, origin);

	await Promise.all([
		post(`/practice/${sessionId}/1?/answer`, { choice: '0' }),
		post(`/practice/${sessionId}/1?/answer`, { choice: '0' })
	]);
	await post(`/practice/${sessionId}/1?/answer`, { choice: '1' });
	const rows = queryTestDb<{ response: string }>(
		'select response from answers where session_id = ?',
		sessionId
	);
	expect(rows).toHaveLength(1);
	expect(JSON.parse(rows[0].response).chosen).toEqual([0]);

	const finishes = await Promise.all(
		Array.from({ length: 20 }, () => post(`/practice/${sessionId}/1?/finish`, {}))
	);
	for (const response of finishes) expect(response.status()).toBe(200);
	const sessions = queryTestDb<{ status: string; marks: number }>(
		'select status, marks from quiz_sessions where id = ?',
		sessionId
	);
	expect(sessions).toEqual([{ status: 'finished', marks: expect.any(Number) }]);
	const cards = queryTestDb(
		'select * from review_cards where item_id = (select item_id from answers where session_id = ?) and user_id = (select user_id from quiz_sessions where id = ?)',
		sessionId,
		sessionId
	);
	expect(cards).toHaveLength(1);
});
