import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { answerFirstOption, startSession } from '../helpers/practice';

test('a tutor session from start to finish, with feedback after each answer', async ({ page }) => {
	const { email } = await createAccount({ profession: 'doctor' });
	await logIn(page, email);
	await startSession(page, { banks: ['Ablation types'], count: 3 });

	for (let position = 1; position <= 3; position++) {
		await expect(page.getByText(`Question ${position} of 3`, { exact: true })).toBeVisible();
		await answerFirstOption(page);
		await page.getByRole('radio', { name: 'Sure', exact: true }).check();
		await page.getByRole('button', { name: 'Submit answer' }).click();
		const feedback = page.getByRole('region', { name: /Correct|Not quite|Partly correct/ });
		await expect(feedback).toBeVisible();
		await expect(feedback.getByText('Teaching point')).toBeVisible();
		await expect(
			feedback
				.getByRole('link', { name: /passage ablation-|passage surgery-|passage treatment-/ })
				.first()
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Submit answer' })).toHaveCount(0);
		if (position < 3) await page.getByRole('link', { name: 'Next question' }).click();
	}
	await page.getByRole('button', { name: 'Finish session' }).click();
	await expect(page.getByRole('heading', { name: 'Session results' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Score: \d+%/ })).toBeVisible();
	await expect(page.getByRole('row', { name: /Ablation types/ })).toBeVisible();
	// The review opens on the wrong answers; every answer is under "all".
	await page.goto(`${new URL(page.url()).pathname}?show=all`);
	await expect(page.getByRole('heading', { name: /^Question \d:/ })).toHaveCount(3);
});

test('the feedback links to the cited passage, highlighted in the source', async ({ page }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	await startSession(page, { banks: ['Surgical factors'], count: 1 });
	await answerFirstOption(page);
	await page.getByRole('button', { name: 'Submit answer' }).click();
	const link = page.getByRole('link', { name: /^passage / }).first();
	const passageId = ((await link.textContent()) ?? '').replace('passage ', '').trim();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/sources/secondary-liver-cancer#p-${passageId}$`));
	await expect(page.locator(`#p-${passageId}:target`)).toHaveCount(1);
});

test('a learner can answer with the keyboard alone', async ({ page }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	await startSession(page, { banks: ['Clinical trials'], count: 2 });
	// Clinical trials has no matching sets, so every item has lettered options.
	await page.keyboard.press('b');
	await expect(page.locator('input[name="choice"]').nth(1)).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('region', { name: /Correct|Not quite|Partly correct/ })
	).toBeVisible();
	await page.keyboard.press('n');
	await expect(page.getByText('Question 2 of 2', { exact: true })).toBeVisible();
	await page.keyboard.press('1');
	await expect(page.locator('input[name="choice"]').first()).toBeChecked();
	await page.keyboard.press('f');
	await expect(page.getByRole('button', { name: 'Flagged for review' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('region', { name: /Correct|Not quite|Partly correct/ })
	).toBeVisible();
	await expect(page.getByText('Keyboard shortcuts')).toBeVisible();
});

test('a learner can flag, keep a note and report a problem', async ({ page }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	await startSession(page, { banks: ['MDT planning'], count: 1 });
	await page.getByRole('button', { name: 'Flag for review' }).click();
	await expect(page.getByRole('button', { name: 'Flagged for review' })).toBeVisible();

	await page.getByText('Private note').click();
	await page.getByLabel('Your note on this question').fill('Revise the MDT list.');
	await page.getByRole('button', { name: 'Save note' }).click();
	await expect(page.getByText('Note saved.')).toBeVisible();

	await page.getByText('Report a problem with this question').click();
	await page.getByLabel('What is wrong?').fill('Option C reads oddly.');
	await page.getByRole('button', { name: 'Send report' }).click();
	await expect(page.getByText('An educator will review the question.')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('button', { name: 'Flagged for review' })).toBeVisible();
	await page.getByText('Private note (saved)').click();
	await expect(page.getByLabel('Your note on this question')).toHaveValue('Revise the MDT list.');
});

test('an unfinished session is resumed after logging out and in again', async ({ page }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const sessionId = await startSession(page, { banks: ['Chemotherapy'], count: 3 });
	await answerFirstOption(page);
	await page.getByRole('button', { name: 'Submit answer' }).click();
	await page.getByRole('link', { name: 'Next question' }).click();
	await expect(page.getByText('Question 2 of 3', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Log out' }).click();
	await logIn(page, email);
	await page.getByRole('link', { name: 'Practise' }).click();
	await page.getByRole('link', { name: /Tutor session of 3 questions/ }).click();
	await expect(page).toHaveURL(new RegExp(`/practice/${sessionId}/2$`));
	await page.goto(`/practice/${sessionId}/1`);
	await expect(
		page.getByRole('region', { name: /Correct|Not quite|Partly correct/ })
	).toBeVisible();
});

test("another learner's session gives 404", async ({ page, browser, expectErrorResponse }) => {
	const owner = await createAccount({});
	await logIn(page, owner.email);
	const sessionId = await startSession(page, { count: 1 });

	const other = await createAccount({});
	const context = await browser.newContext();
	const otherPage = await context.newPage();
	await logIn(otherPage, other.email);
	for (const path of [
		`/practice/${sessionId}`,
		`/practice/${sessionId}/1`,
		`/practice/${sessionId}/results`
	]) {
		expectErrorResponse(path, 404);
		const response = await otherPage.goto(path);
		expect(response?.status()).toBe(404);
	}
	const post = await otherPage.request.post(`/practice/${sessionId}/1?/answer`, {
		form: { choice: '0' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(404);
	await context.close();
});
