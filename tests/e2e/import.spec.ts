import path from 'node:path';
import { createAccount, logIn } from '../helpers/accounts';
import { expect, expectAccessible, test } from '../helpers/test';

const fixture = path.resolve('tests/fixtures/import/moodle-every-type.xml');

test('an educator imports a Moodle XML file: preview with skipped questions, then drafts', async ({
	page,
	expectErrorResponse
}) => {
	test.setTimeout(180_000);
	expectErrorResponse('/educator/import', 400);
	const educator = createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/educator/banks');
	await page.getByLabel('Title').fill('Imported from Moodle');
	await page.getByLabel('What it covers, and for whom').fill('Questions written in Moodle.');
	await page.getByRole('button', { name: 'Create bank' }).click();
	await page.goto('/educator/banks');
	await page.getByRole('link', { name: 'Import questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions' })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(page.getByText('Choose the bank to import into.')).toBeVisible();

	await page.getByLabel('Bank to import into').selectOption({ label: 'Imported from Moodle' });
	await page.getByLabel('File').setInputFiles(fixture);
	await page.getByRole('button', { name: 'Preview import' }).click();

	await expect(
		page.getByRole('heading', { name: 'Preview of moodle-every-type.xml' })
	).toBeVisible();
	await expect(page.getByText('7 questions will be drafted')).toBeVisible();
	const essay = page.getByRole('row', { name: /Explain the choice/ });
	await expect(essay).toContainText('line 113');
	await expect(essay).toContainText('marked by a person');
	await expect(page.getByRole('row', { name: /Cloze two blanks/ })).toContainText(
		'2 embedded answers'
	);
	await expect(page.getByText('the source cites no passage').first()).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Import 7 as drafts' }).click();
	await expect(page.getByRole('status')).toContainText('Imported 7 questions as drafts.');
	await expect(page.getByRole('button', { name: /Import 7/ })).toHaveCount(0);

	await page.getByRole('link', { name: 'Open the bank' }).click();
	await expect(page.getByText('A 62-year-old man has a single 2 cm metastasis.')).toBeVisible();
	await expect(page.getByText('The usual margin is ____ at least.')).toBeVisible();
});

test('a file that is not well-formed XML is refused with its line, and nothing is drafted', async ({
	page,
	expectErrorResponse
}) => {
	expectErrorResponse('/educator/import', 400);
	const educator = createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/educator/import');
	await page.getByLabel('Bank to import into').selectOption({ index: 1 });
	await page.getByLabel('File').setInputFiles({
		name: 'broken.xml',
		mimeType: 'application/xml',
		buffer: Buffer.from('<quiz>\n<question type="truefalse">\n<name><text>x</name>\n</quiz>')
	});
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(
		page.getByText(/broken\.xml, line 3, column \d+: this is not well-formed XML/)
	).toBeVisible();
	await expect(page.getByLabel('File')).toHaveAttribute('aria-invalid', 'true');
});

test('a learner cannot open the import page', async ({ page, expectErrorResponse }) => {
	expectErrorResponse('/educator/import', 403);
	const learner = createAccount({ role: 'learner' });
	await logIn(page, learner.email);
	const response = await page.goto('/educator/import');
	expect(response?.status()).toBe(403);
});
