import type { Browser, Page } from '@playwright/test';
import { test, expect } from '../helpers/test';
import { createAccount, logIn, PASSWORD } from '../helpers/accounts';
import { queryTestDb, runOnTestDb } from '../helpers/db';
import { finishTimedTest } from '../helpers/practice';

const SIZE = 'ablation-size-limit-recall';
const IRE = 'ablation-ire-recall';

/** Opens the builder from a link naming the questions, starts, and returns the session id. */
async function startNamed(page: Page, itemIds: string[], mode: 'tutor' | 'timed') {
	const query = new URLSearchParams({ bank: 'ablation', count: String(itemIds.length), mode });
	for (const id of itemIds) query.append('item', id);
	await page.goto(`/practice?${query}`);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('main').getByText(/^Question 1 of \d+$/)).toBeVisible();
	return /\/practice\/([a-z0-9]+)\/1$/.exec(page.url())![1];
}

/** The item at each position of a session, as it was served. */
function itemAt(sessionId: string): Map<number, string> {
	const rows = queryTestDb<{ position: number; item_id: string }>(
		'select position, item_id from quiz_session_items where session_id = ?',
		sessionId
	);
	return new Map(rows.map((r) => [r.position, r.item_id]));
}

function storedAnswers(sessionId: string) {
	return queryTestDb<{ position: number; response: string; correct: number }>(
		'select position, response, correct from answers where session_id = ? order by position',
		sessionId
	).map((r) => ({ position: r.position, response: JSON.parse(r.response), correct: r.correct }));
}

/** Typed answers counted for peers, over every item. */
const typedPicks = () =>
	queryTestDb<{ n: number }>('select coalesce(sum(picks), 0) as n from text_picks')[0].n;

/** What the learner types for an item: right in a spelling of our own, or wrong. */
const typed = (itemId: string, right: boolean) =>
	itemId === SIZE ? (right ? 'Three CM.' : '5 cm') : right ? 'ire' : 'Microwave ablation';

async function signedOutOfScripts(browser: Browser, baseURL: string | undefined, email: string) {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
	return { context, page };
}

test('in tutor mode a typed answer is marked right in another spelling and unit, or wrong, with feedback', async ({
	page
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const sessionId = await startNamed(page, [SIZE, IRE], 'tutor');
	const items = itemAt(sessionId);

	for (const position of [1, 2]) {
		if (position === 2) await page.getByRole('link', { name: 'Next question' }).click();
		const itemId = items.get(position)!;
		const right = itemId === SIZE;
		const field = page.getByRole('textbox', { name: /Complete the sentence|Name the method/ });
		await expect(field).toBeVisible();
		// A cloze reads its blank as "blank", and the page holds no answer before it is given.
		await expect(page.locator('.stem')).toContainText('blank');
		expect(await page.content()).not.toContain('shortAnswer');
		await field.fill(typed(itemId, right));
		await page.getByRole('button', { name: 'Submit answer' }).click();
		const feedback = page.getByRole('region', { name: right ? 'Correct' : 'Not quite' });
		await expect(feedback).toBeVisible();
		await expect(feedback).toContainText(`You wrote: “${typed(itemId, right)}”.`);
		await expect(feedback).toContainText(
			right ? 'Answer: 3 cm' : 'Answer: irreversible electroporation'
		);
		await expect(page.getByRole('textbox')).toBeDisabled();
	}
	expect(storedAnswers(sessionId).map((a) => [a.response, a.correct])).toEqual(
		[1, 2].map((p) => {
			const itemId = items.get(p)!;
			return [{ kind: 'text', text: typed(itemId, itemId === SIZE) }, itemId === SIZE ? 1 : 0];
		})
	);
});

test('an empty typed answer is refused with a message, and nothing is stored', async ({ page }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const sessionId = await startNamed(page, [SIZE], 'tutor');
	await page.getByRole('button', { name: 'Submit answer' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Type your answer first (at most 200 characters).'
	);
	expect(storedAnswers(sessionId)).toEqual([]);
});

test('in a timed test typed answers are saved as given and marked only when the test is', async ({
	page
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const picksBefore = typedPicks();
	const sessionId = await startNamed(page, [SIZE, IRE], 'timed');
	const items = itemAt(sessionId);

	await page.getByRole('textbox').fill(typed(items.get(1)!, true));
	await page.getByRole('button', { name: 'Save and next' }).click();
	await expect(page.getByRole('main').getByText('Question 2 of 2', { exact: true })).toBeVisible();
	await page.getByRole('textbox').fill(typed(items.get(2)!, false));
	await page.getByRole('button', { name: 'Save answer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Answer saved.' })).toBeVisible();
	// Nothing on the page says whether either answer is right before the test is marked.
	await expect(page.getByRole('region', { name: /Correct|Not quite/ })).toHaveCount(0);
	expect(await page.content()).not.toContain('shortAnswer');
	// Nor is anything counted for peers until then.
	expect(typedPicks()).toBe(picksBefore);

	await finishTimedTest(page);
	await expect(page.getByRole('heading', { name: 'Test results' })).toBeVisible();
	// The review opens on the wrong answers; every answer is under "all".
	await page.goto(`${new URL(page.url()).pathname}?show=all`);
	await expect(page.getByRole('heading', { name: /^Question 1: correct/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Question 2: incorrect/ })).toBeVisible();
	await expect(page.getByText(`You wrote: “${typed(items.get(1)!, true)}”.`)).toBeVisible();
	expect(storedAnswers(sessionId).map((a) => a.correct)).toEqual([1, 0]);
	expect(typedPicks()).toBe(picksBefore + 2);
});

test('short answers work without JavaScript, in a timed test and in tutor mode', async ({
	browser,
	baseURL
}) => {
	const { email } = await createAccount({});
	const { context, page } = await signedOutOfScripts(browser, baseURL, email);

	const timedId = await startNamed(page, [SIZE, IRE], 'timed');
	const items = itemAt(timedId);
	await page.getByRole('textbox').fill(items.get(1) === SIZE ? '3 centimetres' : 'IRE');
	await page.getByRole('button', { name: 'Save and next' }).click();
	await expect(page.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
	await page.getByRole('textbox').fill('no idea');
	await page.getByRole('button', { name: 'Save answer' }).click();
	await expect(page.getByRole('button', { name: 'Question 2, answered' })).toBeVisible();
	await page.getByRole('button', { name: 'Question 1, answered' }).click();
	await expect(page.getByRole('textbox')).toHaveValue(
		items.get(1) === SIZE ? '3 centimetres' : 'IRE'
	);
	// Striking out needs JavaScript: without it the buttons are not offered.
	await expect(page.getByRole('button', { name: /Strike out/ })).toHaveCount(0);
	await finishTimedTest(page);
	await page.goto(`${new URL(page.url()).pathname}?show=all`);
	await expect(page.getByRole('heading', { name: /^Question 1: correct/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Question 2: incorrect/ })).toBeVisible();

	await startNamed(page, [SIZE], 'tutor');
	await page.getByRole('textbox').fill('3cm');
	await page.getByRole('button', { name: 'Submit answer' }).click();
	await expect(page.getByRole('region', { name: 'Correct' })).toContainText('You wrote: “3cm”.');
	await context.close();
});

test('how others answered shows the share right and the wrong answers typed by two or more', async ({
	page
}) => {
	const itemId = 'mdt-meeting-name-recall';
	const [{ versionId }] = queryTestDb<{ versionId: number }>(
		'select current_version_id as "versionId" from items where id = ?',
		itemId
	);
	// Six earlier answers: two right, three "oncology clinic", one a learner's own words.
	runOnTestDb(
		'insert into item_version_tallies (item_version_id, answered) values (?, 6) on conflict (item_version_id) do update set answered = item_version_tallies.answered + 6',
		versionId
	);
	for (const [answer, picks] of [
		['multidisciplinary', 2],
		['oncology clinic', 3],
		['ask my consultant', 1]
	] as const)
		runOnTestDb(
			'insert into text_picks (item_version_id, answer, picks) values (?, ?, ?) on conflict (item_version_id, answer) do update set picks = text_picks.picks + excluded.picks',
			versionId,
			answer,
			picks
		);

	const { email } = await createAccount({});
	await logIn(page, email);
	await page.goto(`/practice?bank=mdt&item=${itemId}`);
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await page.getByRole('textbox').fill('MDT');
	await page.getByRole('button', { name: 'Submit answer' }).click();

	await expect(
		page.getByRole('heading', { name: 'How others answered (6 learners)' })
	).toBeVisible();
	await expect(page.getByText('33% answered it right.')).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Most common wrong answers' }).getByRole('listitem')
	).toHaveText([/^“oncology clinic”\s*50%$/]);
	await expect(page.getByText('ask my consultant')).toHaveCount(0);
});

const SBA = 'clinical-trials-what-they-are';

/** Starts a session of one single-best-answer question and returns its option buttons. */
async function startChoice(page: Page, mode: 'tutor' | 'timed') {
	const query = new URLSearchParams({ bank: 'clinical-trials', count: '1', mode, item: SBA });
	await page.goto(`/practice?${query}`);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('main').getByText(/^Question 1 of 1$/)).toBeVisible();
	return (letter: string) => page.getByRole('button', { name: `Strike out option ${letter}` });
}

test('options are struck out by key, by button and by right-click, announced, and can be restored', async ({
	page
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const strike = await startChoice(page, 'tutor');
	const option = (n: number) => page.locator('.option').nth(n);

	// S then a letter strikes that option out.
	await page.keyboard.press('s');
	await expect(
		page.getByRole('status').filter({ hasText: 'Strike out which option?' })
	).toBeAttached();
	await page.keyboard.press('b');
	await expect(strike('B')).toHaveAttribute('aria-pressed', 'true');
	await expect(option(1)).toContainText('(struck out)');
	await expect(page.getByRole('status').filter({ hasText: 'Option B struck out.' })).toBeAttached();
	// The letter struck the option out rather than choosing it.
	await expect(page.locator('input[name="choice"]').nth(1)).not.toBeChecked();

	// The button, pressed twice, strikes and restores.
	await strike('C').click();
	await expect(strike('C')).toHaveAttribute('aria-pressed', 'true');
	await strike('C').click();
	await expect(strike('C')).toHaveAttribute('aria-pressed', 'false');
	await expect(option(2)).not.toContainText('(struck out)');
	await expect(page.getByRole('status').filter({ hasText: 'Option C restored.' })).toBeAttached();

	// Right-clicking an option strikes it too.
	await option(3).locator('label').click({ button: 'right' });
	await expect(strike('D')).toHaveAttribute('aria-pressed', 'true');

	// A struck option can still be chosen.
	await page.keyboard.press('b');
	await expect(page.locator('input[name="choice"]').nth(1)).toBeChecked();
	await expect(strike('B')).toHaveAttribute('aria-pressed', 'true');
});

test('in a timed test struck options stay struck when the learner comes back to the question', async ({
	page
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const sessionId = await (async () => {
		const query = new URLSearchParams({ bank: 'ablation', count: '2', mode: 'timed' });
		query.append('item', SIZE);
		query.append('item', 'ablation-typical-candidate');
		await page.goto(`/practice?${query}`);
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByRole('main').getByText(/^Question 1 of 2$/)).toBeVisible();
		return /\/practice\/([a-z0-9]+)\/1$/.exec(page.url())![1];
	})();
	const choicePosition = [...itemAt(sessionId)].find(([, id]) => id !== SIZE)![0];
	await page.goto(`/practice/${sessionId}/${choicePosition}`);
	// Keys pressed before the page's script runs would choose option 1 instead of striking it.
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('s');
	await expect(
		page.getByRole('status').filter({ hasText: 'Strike out which option?' })
	).toBeAttached();
	await page.keyboard.press('1');
	await page.getByRole('button', { name: 'Strike out option E' }).click();
	await page.getByRole('button', { name: `Question ${3 - choicePosition}, not answered` }).click();
	await expect(
		page.getByRole('main').getByText(`Question ${3 - choicePosition} of 2`, { exact: true })
	).toBeVisible();
	// The short-answer question has nothing to strike out.
	await expect(page.getByRole('button', { name: /Strike out/ })).toHaveCount(0);
	await page.getByRole('button', { name: `Question ${choicePosition}, not answered` }).click();
	await expect(page.getByRole('button', { name: 'Strike out option A' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByRole('button', { name: 'Strike out option E' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByRole('button', { name: 'Strike out option B' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('after F flags the question, the keyboard focus stays where it was', async ({ page }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	await startChoice(page, 'tutor');
	const second = page.locator('input[name="choice"]').nth(1);
	await page.keyboard.press('b');
	await expect(second).toBeFocused();
	await page.keyboard.press('f');
	await expect(page.getByRole('button', { name: 'Flagged for review' })).toBeVisible();
	await expect(second).toBeFocused();
	await page.keyboard.press('f');
	await expect(page.getByRole('button', { name: 'Flag for review' })).toBeVisible();
	await expect(second).toBeFocused();
});
