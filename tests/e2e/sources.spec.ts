import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';

test('an educator sees which questions cite a passage and goes both ways between them', async ({
	page
}) => {
	const { email } = await createAccount({ role: 'educator' });
	await logIn(page, email);
	await page.getByRole('link', { name: 'Sources', exact: true }).click();
	await page.getByRole('link', { name: 'Secondary Liver Cancer or Liver Metastasis' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Secondary Liver Cancer or Liver Metastasis' })
	).toBeVisible();

	const passage = page.locator('#p-ablation-2');
	await expect(passage).toContainText(
		'irreversible electroporation'.replace('irreversible', 'Irreversible')
	);
	await passage.getByText(/questions? cite this/).click();
	await passage.getByRole('link', { name: 'ablation-mwa-vs-rfa' }).click();

	await expect(page.getByRole('heading', { name: 'Question ablation-mwa-vs-rfa' })).toBeVisible();
	await expect(page.getByText('Microwave ablation — correct')).toBeVisible();
	await page.getByRole('link', { name: 'passage ablation-2' }).click();
	await expect(page).toHaveURL(/\/sources\/secondary-liver-cancer#p-ablation-2$/);
	// The passage is the :target, which the viewer highlights.
	await expect(page.locator('#p-ablation-2:target')).toHaveCount(1);
});

test('a learner reads the source without the answer key behind it', async ({
	page,
	expectErrorResponse
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	await page.goto('/sources');
	await expect(page.getByRole('link', { name: 'Add a document' })).toHaveCount(0);
	await expect(page.getByRole('columnheader', { name: 'Coverage' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Secondary Liver Cancer or Liver Metastasis' }).click();
	await expect(page).toHaveURL(/\/sources\/secondary-liver-cancer$/);
	await expect(page.getByRole('heading', { name: 'Coverage' })).toHaveCount(0);
	await expect(page.locator('#p-surgery-5')).toContainText('70% or more of its volume');
	await expect(page.getByText(/cite this/)).toHaveCount(0);
	expectErrorResponse('/items/ablation-mwa-vs-rfa', 403);
	const response = await page.goto('/items/ablation-mwa-vs-rfa');
	expect(response?.status()).toBe(403);
});

test('an unknown source document is a 404', async ({ page, expectErrorResponse }) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	expectErrorResponse('/sources/not-a-document', 404);
	const response = await page.goto('/sources/not-a-document');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
