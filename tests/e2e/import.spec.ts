import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { banks } from '../../src/lib/content/banks';
import { createAccount, logIn } from '../helpers/accounts';
import { expect, expectAccessible, test } from '../helpers/test';

const fixture = path.resolve('tests/fixtures/import/moodle-every-type.xml');
const categoriesFixture = path.resolve('tests/fixtures/import/moodle-categories.xml');

/**
 * Holds the page's next post to `action` until the returned release is called, so that what the
 * page shows while a request is under way can be seen.
 */
async function holdPost(page: Page, action: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(
		(url) => url.search === `?/${action}`,
		async (route) => {
			await held;
			await route.continue();
		},
		{ times: 1 }
	);
	return release;
}

async function createBank(page: Page, title: string) {
	await page.goto('/educator/banks');
	await page.getByLabel('Title').fill(title);
	await page
		.getByLabel('What it covers, and for whom')
		.fill('Questions brought in from elsewhere.');
	await page.getByRole('button', { name: 'Create bank' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The import page with the first bank the educator may write to chosen. */
async function openImport(page: Page) {
	await page.goto('/educator/import');
	await page.getByLabel('Bank to import into').selectOption({ index: 1 });
}

/** A file just over the import limit, whatever it holds. */
const oversized = {
	name: 'huge.xml',
	mimeType: 'application/xml',
	buffer: Buffer.alloc(6 * 1024 * 1024, 0x20)
};

test('an educator imports a Moodle XML file: preview with skipped questions, then drafts', async ({
	page
}) => {
	test.setTimeout(180_000);
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await createBank(page, 'Imported from Moodle');
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

test('an educator imports a Moodle XML file with a bank per category: both banks previewed, made and filled', async ({
	page
}) => {
	test.setTimeout(180_000);
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await createBank(page, 'Imported by category');
	await page.goto('/educator/import');
	await page.getByLabel('Bank to import into').selectOption({ label: 'Imported by category' });
	await page.getByRole('radio', { name: 'A bank per category' }).check();
	await page.getByLabel('File').setInputFiles(categoriesFixture);
	await page.getByRole('button', { name: 'Preview import' }).click();

	await expect(
		page.getByRole('heading', { name: 'Preview of moodle-categories.xml' })
	).toBeVisible();
	await expect(page.getByText('4 questions will be drafted')).toBeVisible();
	const banksTable = page.getByRole('table', { name: 'Banks the questions go into' });
	const row = (title: string) => banksTable.getByRole('row', { name: new RegExp(`^${title}`) });
	await expect(row('Liver › Ablation')).toContainText('Will be created');
	await expect(row('Liver › Ablation').getByRole('cell').last()).toHaveText('2');
	await expect(row('Liver › Imaging')).toContainText('Will be created');
	await expect(row('Liver › Imaging').getByRole('cell').last()).toHaveText('1');
	await expect(row('Imported by category')).toContainText('questions without a category');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Import 4 as drafts' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Imported 4 questions as drafts into 3 banks, 2 of them new.'
	);
	await expect(row('Liver › Ablation')).toContainText('Created by this import');
	await expectAccessible(page);

	await banksTable.getByRole('link', { name: 'Liver › Ablation' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Liver › Ablation' })).toBeVisible();
	await expect(
		page.getByText('Which margin does thermal ablation aim for around a metastasis?')
	).toBeVisible();
	await expect(page.getByText('Ablation suits metastases up to about 3 cm best.')).toBeVisible();
	await page.goBack();
	await banksTable.getByRole('link', { name: 'Liver › Imaging' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Liver › Imaging' })).toBeVisible();
	await expect(
		page.getByText('Which scan is the usual baseline one month after ablation?')
	).toBeVisible();
});

test('a file that is not well-formed XML is refused with its line, and nothing is drafted', async ({
	page
}) => {
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await openImport(page);
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
	const learner = await createAccount({ role: 'learner' });
	await logIn(page, learner.email);
	const response = await page.goto('/educator/import');
	expect(response?.status()).toBe(403);
});

test('an educator imports a QTI package downloaded from the app: preview, then drafts', async ({
	page
}) => {
	test.setTimeout(180_000);
	const source = banks.find((b) => b.id === 'clinical-trials')!;
	const count = source.items.length;
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/educator/banks');
	const started = page.waitForEvent('download');
	await page.getByRole('link', { name: `QTI 3.0 package of ${source.title}` }).click();
	const download = await started;
	const bytes = await readFile((await download.path())!);
	await createBank(page, 'Imported from QTI');

	await page.goto('/educator/import');
	await page.getByLabel('Bank to import into').selectOption({ label: 'Imported from QTI' });
	await page.getByLabel('File').setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/zip',
		buffer: bytes
	});
	const releaseUpload = await holdPost(page, 'preview');
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(page.getByRole('status')).toHaveText(
		new RegExp(`^(Uploading|Uploaded) ${source.id}\\.qti\\.zip`)
	);
	await expect(page.getByRole('progressbar', { name: /^Upload of/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Preview import' })).toBeDisabled();
	await expectAccessible(page);
	releaseUpload();

	await expect(
		page.getByRole('heading', { name: `Preview of ${source.id}.qti.zip` })
	).toBeVisible();
	await expect(page.locator('body')).toContainText(
		`QTI 3.0 package into Imported from QTI: ${count} questions will be drafted, 0 skipped`
	);
	await expect(page.getByText(`item 1 (items/${source.items[0].id}.xml)`)).toBeVisible();
	await expectAccessible(page);

	const releaseConfirm = await holdPost(page, 'confirm');
	await page.getByRole('button', { name: `Import ${count} as drafts` }).click();
	await expect(page.getByRole('status')).toHaveText(`Importing ${count} questions as drafts…`);
	releaseConfirm();
	await expect(page.getByRole('status')).toContainText(`Imported ${count} questions as drafts.`);
	await page.getByRole('link', { name: 'Open the bank' }).click();
	await expect(page.getByText(source.items[0].stem.slice(0, 60))).toBeVisible();

	// The same package again: allowed, but every question is marked as already there.
	await page.goto('/educator/import');
	await page.getByLabel('Bank to import into').selectOption({ label: 'Imported from QTI' });
	await page.getByLabel('File').setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/zip',
		buffer: bytes
	});
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(
		page.getByText(`${count} of these are already in Imported from QTI with the same stem`)
	).toBeVisible();
	await expect(page.getByText(/^Already in this bank as imported-from-qti-/)).toHaveCount(count);
	await expectAccessible(page);
});

test('a file over 5 MB is refused in the page before it is sent, next to the field', async ({
	page
}) => {
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await openImport(page);
	await page.getByLabel('File').setInputFiles(oversized);
	const message =
		'huge.xml is 6.0 MB; files up to 5 MB are imported. Split the questions into smaller files.';
	await expect(page.getByRole('alert')).toHaveText(message);
	await expect(page.getByLabel('File')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);

	const posts: string[] = [];
	page.on('request', (r) => {
		if (r.method() === 'POST') posts.push(r.url());
	});
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(page.getByRole('alert')).toHaveText(message);
	await expect(page.getByLabel('File')).toBeFocused();
	expect(posts).toEqual([]);
});

test('without JavaScript an oversized upload gets the import page with the reason, unread', async ({
	browser,
	baseURL,
	expectErrorResponse
}) => {
	expectErrorResponse('/educator/import', 413);
	const educator = await createAccount({ role: 'educator' });
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await logIn(page, educator.email);

	await openImport(page);
	await page.getByLabel('File').setInputFiles(oversized);
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(page.getByText('Nothing was imported: see below.')).toBeVisible();
	await expect(page.locator('#file-error')).toHaveText(
		'The file is larger than 5 MB, the most imported at once. Split the questions into smaller files.'
	);
	await expect(page.getByLabel('File')).toHaveAttribute('aria-invalid', 'true');

	// Fifty megabytes are answered from their declared length with the same page.
	const boundary = 'x-boundary';
	const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.xml"\r\nContent-Type: application/xml\r\n\r\n`;
	const response = await page.request.post('/educator/import?/preview', {
		headers: {
			'content-type': `multipart/form-data; boundary=${boundary}`,
			origin: new URL(baseURL!).origin,
			accept: 'text/html'
		},
		data: Buffer.concat([
			Buffer.from(head),
			Buffer.alloc(50 * 1024 * 1024, 0x20),
			Buffer.from(`\r\n--${boundary}--\r\n`)
		])
	});
	expect(response.status()).toBe(413);
	expect(response.headers()['content-type']).toMatch(/text\/html/);
	expect(await response.text()).toContain('The file is larger than 5 MB');
	await context.close();
});
