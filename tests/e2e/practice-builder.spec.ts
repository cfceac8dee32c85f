import { test, expect } from '../helpers/test';
import { queryTestDb } from '../helpers/db';
import { createAccount, logIn } from '../helpers/accounts';
import { bankSize } from '../helpers/banks';
import type { Page } from '@playwright/test';

/** Every published question, those educators have written in other tests included. */
const everyQuestion = () =>
	queryTestDb<{ n: number }>("select count(*) as n from items where status = 'published'")[0].n;
const trials = bankSize('clinical-trials');

async function onlyBank(page: Page, title: string) {
	for (const box of await page.getByRole('group', { name: 'Banks' }).getByRole('checkbox').all())
		await box.uncheck();
	await page.getByRole('checkbox', { name: new RegExp(title) }).check();
}

test.describe('the practice builder without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('counts the matching questions on load, on Count, and after selecting all banks', async ({
		page
	}) => {
		await logIn(page, (await createAccount({})).email);
		await page.goto('/practice');
		const count = page.getByRole('status').filter({ hasText: /match these choices/ });
		await expect(count).toHaveText(`${everyQuestion()} questions match these choices.`);

		await onlyBank(page, 'Clinical trials');
		await page.getByRole('button', { name: 'Count', exact: true }).click();
		await expect(count).toHaveText(`${trials} questions match these choices.`);
		await expect(page.getByRole('checkbox', { name: /Surgical factors/ })).not.toBeChecked();

		await page.getByRole('button', { name: 'Select all banks' }).click();
		for (const box of await page.getByRole('group', { name: 'Banks' }).getByRole('checkbox').all())
			await expect(box).toBeChecked();
		await expect(count).toHaveText(`${everyQuestion()} questions match these choices.`);
	});

	test('asks before starting with fewer questions than were asked for', async ({
		page,
		expectErrorResponse
	}) => {
		await logIn(page, (await createAccount({})).email);
		expectErrorResponse('/practice', 400);
		await page.goto('/practice');
		await onlyBank(page, 'Clinical trials');
		await page.getByLabel('How many questions').fill('50');
		await page.getByRole('button', { name: 'Start', exact: true }).click();

		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`Only ${trials} questions match; start with ${trials}?`);
		expect(new URL(page.url()).pathname).toBe('/practice');
		await expect(page.getByLabel('How many questions')).toHaveValue('50');

		await alert.getByRole('button', { name: `Start with ${trials}` }).click();
		await expect(
			page.getByRole('main').getByText(`Question 1 of ${trials}`, { exact: true })
		).toBeVisible();
	});

	test('shows what stopped the start beside the Start button', async ({
		page,
		expectErrorResponse
	}) => {
		await logIn(page, (await createAccount({})).email);
		expectErrorResponse('/practice', 400);
		await page.goto('/practice');
		for (const box of await page.getByRole('group', { name: 'Banks' }).getByRole('checkbox').all())
			await box.uncheck();
		await page.getByRole('button', { name: 'Start', exact: true }).click();

		const beside = page.locator('#start-errors');
		await expect(beside.getByRole('listitem')).toHaveText(['Choose at least one bank.']);
		await expect(page.getByRole('group', { name: 'Banks' })).toHaveAccessibleDescription(
			'Choose at least one bank.'
		);
	});
});

test('with JavaScript the count follows each change of filter', async ({ page }) => {
	await logIn(page, (await createAccount({})).email);
	await page.goto('/practice');
	const count = page.getByRole('status').filter({ hasText: /match these choices/ });
	await expect(count).toHaveText(`${everyQuestion()} questions match these choices.`);
	await onlyBank(page, 'Clinical trials');
	await expect(count).toHaveText(`${trials} questions match these choices.`);
	await page.getByRole('radio', { name: 'Questions I flagged' }).check();
	await expect(count).toHaveText('0 questions match these choices.');
});
