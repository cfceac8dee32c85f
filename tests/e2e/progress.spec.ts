import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { bankSize, itemByStem } from '../helpers/banks';
import { queryTestDb, runOnTestDb } from '../helpers/db';
import { answerTutorSession } from '../helpers/history';

test('the progress page shows answered items in the right bank with the right figures, and due reviews are served', async ({
	page
}) => {
	const learner = await createAccount({ profession: 'nurse' });
	await logIn(page, learner.email);
	const { sessionId } = await answerTutorSession(page, [
		{ right: true, confidence: 'Sure' },
		{ right: false },
		{ right: true, confidence: 'Sure' }
	]);

	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
	const figure = (name: string) =>
		page.locator('.figures div').filter({ hasText: name }).locator('dd');
	await expect(figure('Questions answered')).toHaveText('3');
	await expect(figure('Accuracy')).toHaveText('67%');
	await expect(figure('Current streak')).toHaveText('1 day');
	const row = page.getByRole('row', { name: /Clinical trials/ });
	await expect(row).toContainText('67%');
	await expect(row).toContainText('2 / 3');
	// The unseen column: the bank's questions less the three answered.
	await expect(row).toContainText(
		`${bankSize('clinical-trials') - 3} of ${bankSize('clinical-trials')}`
	);
	await expect(page.getByRole('row', { name: /Ablation types/ })).toContainText('Not started');
	await expect(page.getByRole('img', { name: 'Accuracy by week' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Tutor/ })).toHaveCount(1);

	// Nothing is due straight away; move the schedule as if the days had passed.
	await expect(page.getByRole('button', { name: /Review \d+ due question/ })).toHaveCount(0);
	const userId = queryTestDb<{ user_id: string }>(
		'select user_id from quiz_sessions where id = ?',
		sessionId
	)[0].user_id;
	// Thirty days earlier, in milliseconds: one literal, since thirty times a day overflows PostgreSQL's integer.
	runOnTestDb('update review_cards set due = due - 2592000000 where user_id = ?', userId);
	await page.reload();
	// The figure, its button and the home page's button give the one count of what is due.
	await expect(figure('Reviews due now')).toHaveText('3');
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Review 3 due questions' })).toBeVisible();
	await page.goto('/progress');
	await page.getByRole('button', { name: 'Review 3 due questions' }).click();
	await expect(page.getByRole('main').getByText('Question 1 of 3', { exact: true })).toBeVisible();
	const served = new Set<string>();
	for (let position = 1; position <= 3; position++) {
		await page.goto(page.url().replace(/\/\d+$/, `/${position}`));
		await expect(
			page.getByRole('main').getByText(`Question ${position} of 3`, { exact: true })
		).toBeVisible();
		served.add((await page.locator('.stem p').first().textContent()) ?? '');
	}
	const answered = queryTestDb<{ item_id: string }>(
		'select item_id from answers where session_id = ?',
		sessionId
	);
	expect(served.size).toBe(3);
	expect(
		[...served]
			.map((s) => itemByStem(s))
			.map((i) => i.id)
			.sort()
	).toEqual(answered.map((a) => a.item_id).sort());
});

test('study settings: desired retention and time zone are saved and checked', async ({ page }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	await page.goto('/account');
	await page.getByLabel('Desired retention (%)').fill('93');
	await page.getByLabel('Time zone').selectOption('Australia/Sydney');
	await page.getByRole('button', { name: 'Save study settings' }).click();
	await expect(page.getByText('Your study settings are saved.')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Desired retention (%)')).toHaveValue('93');
	await expect(page.getByLabel('Time zone')).toHaveValue('Australia/Sydney');
});
