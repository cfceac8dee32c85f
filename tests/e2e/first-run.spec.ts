import { test, expect } from '../helpers/test';
import { PASSWORD } from '../helpers/accounts';

const token = process.env.E2E_SETUP_TOKEN!;

test.describe.configure({ mode: 'serial' });

test('setup without the token or with a wrong one is refused', async ({
	page,
	expectErrorResponse
}) => {
	expectErrorResponse('/setup', 404);
	for (const url of ['/setup', '/setup?token=wrong-token']) {
		const response = await page.goto(url);
		expect(response?.status()).toBe(404);
		await expect(page.getByText('This setup link is not valid')).toBeVisible();
	}
});

test('the setup link creates the first administrator, once', async ({
	page,
	expectErrorResponse
}) => {
	expectErrorResponse('/setup', 404);
	await page.goto(`/setup?token=${token}`);
	await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
	await page.getByLabel('Organisation name').fill('E2E General Hospital');
	await expect(page.getByLabel('Time zone')).toHaveValue('Europe/London');
	await page.getByLabel('Your name').fill('First Admin');
	await page.getByLabel('Email').fill('first.admin@example.org');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create administrator' }).click();
	await expect(page).toHaveURL(/\/admin$/);
	await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
	await expect(page.getByText('Organisation: E2E General Hospital')).toBeVisible();
	await page.getByRole('link', { name: 'Users', exact: true }).first().click();
	await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
	await expect(page.getByRole('row', { name: /First Admin/ })).toBeVisible();

	const again = await page.goto(`/setup?token=${token}`);
	expect(again?.status()).toBe(404);
});
