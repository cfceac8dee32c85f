import { test, expect, expectAccessible } from '../helpers/test';
import { apiClient } from '../helpers/api';
import { createAccount, logIn } from '../helpers/accounts';
import { queryTestDb, runOnTestDb } from '../helpers/db';

const GUIDE = [
	'# Ward sepsis guide',
	'',
	'## Red flags',
	'',
	'- New confusion',
	'- Mottled or ashen skin',
	'',
	'## First hour',
	'',
	'Give oxygen to keep saturation at target.',
	'',
	'Take blood cultures before antibiotics.'
].join('\n');

test('an educator adds a document, revises it, and sees what changed and which questions cite it', async ({
	page
}) => {
	test.setTimeout(120_000);
	const educator = await createAccount({ role: 'educator', name: 'Dr Writer' });
	await logIn(page, educator.email);
	await page.goto('/sources');
	await page.getByRole('link', { name: 'Add a document' }).click();
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByText('Paste the document or choose a file.')).toBeVisible();

	const title = `Ward sepsis guide ${Date.now().toString(36)}`;
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(GUIDE);
	await page.getByLabel('Note (what changed, where it came from)').fill('Trust intranet, May');
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByText('Added by Dr Writer, revision 1')).toBeVisible();
	await expect(
		page.getByText('Published questions cite 0 of 4 examinable passages.')
	).toBeVisible();
	const slug = new URL(page.url()).pathname.split('/').pop()!;
	await expect(page.locator(`[id="p-${slug}/red-flags-2"]`)).toContainText('Mottled or ashen skin');

	// A question comes to cite the second red flag, as it stood.
	const [item] = queryTestDb<{ id: string; version: number }>(
		"select id, current_version_id as version from items where bank_id = 'clinical-trials' limit 1"
	);
	runOnTestDb(
		'insert into item_version_passages (item_version_id, passage_id, passage_hash) select ?, id, hash from passages where id = ?',
		item.version,
		`${slug}/red-flags-2`
	);

	await page.getByRole('link', { name: 'Revise this document' }).click();
	const text = page.getByLabel('Text', { exact: true });
	await expect(text).toHaveValue(/Mottled or ashen skin/);
	await text.fill(
		GUIDE.replace('Mottled or ashen skin', 'Mottled, ashen or cyanosed skin').replace(
			/\n\nTake blood cultures.*$/,
			''
		)
	);
	await page.getByLabel('Note (what changed, where it came from)').fill('Cyanosis added');
	await page.getByRole('button', { name: 'Save revision 2' }).click();

	await expect(
		page.getByRole('heading', { level: 1, name: `Revision 2 of ${title}` })
	).toBeVisible();
	await expect(page.getByText('Note: Cyanosis added')).toBeVisible();
	await expect(page.getByText('1 changed, 0 added, 1 removed, 2 unchanged.')).toBeVisible();
	const changed = page.getByRole('article', { name: /red-flags-2/ });
	await expect(changed).toContainText('Mottled or ashen skin');
	await expect(changed).toContainText('Mottled, ashen or cyanosed skin');
	await expect(page.getByRole('article', { name: /first-hour-2/ })).toContainText('removed');
	const review = page.getByRole('region', { name: 'Questions to review' });
	await expect(review.getByRole('link', { name: item.id })).toBeVisible();
	await expect(review).toContainText('Mottled, ashen or cyanosed skin');

	// Saving the same text again is refused, and the list shows the new revision.
	await page.goto(`/sources/${slug}/revise`);
	await page.getByRole('button', { name: 'Save revision 3' }).click();
	await expect(
		page.getByText('This is the text of revision 2; change it to revise.')
	).toBeVisible();
	await page.goto('/sources');
	const row = page.getByRole('row', { name: new RegExp(title) });
	await expect(row.getByRole('cell')).toHaveText(['Dr Writer', '2', /\d{4}$/, '1 of 3 (33%)']);
});

test('a document comes from an uploaded file, and a file that is not text is refused', async ({
	page
}) => {
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/sources/new');
	const file = page.getByLabel('Or upload a file (.md, .txt or .html, UTF-8)');
	await file.setInputFiles({
		name: 'leaflet.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.7')
	});
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(
		page.getByText('Upload a Markdown (.md), plain-text (.txt) or HTML (.html) file.')
	).toBeVisible();

	await file.setInputFiles({
		name: 'latin1.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9])
	});
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(
		page.getByText('The file is not UTF-8 text. Save it as UTF-8 and upload it again.')
	).toBeVisible();

	const title = `Stoma care ${Date.now().toString(36)}`;
	await file.setInputFiles({
		name: 'stoma.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(
			`${title}\r\n\r\nBefore discharge\r\n\r\nCheck the stoma is pink and moist.\r\n\r\n  • Empty the bag when a third full\r\n`
		)
	});
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Before discharge' })).toBeVisible();
	await expect(page.getByText('Empty the bag when a third full')).toBeVisible();
});

test('an HTML file becomes a document of its headings, paragraphs and lists, with nothing of its scripts', async ({
	page
}) => {
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/sources/new');
	const title = `Drain care ${Date.now().toString(36)}`;
	await page.getByLabel('Or upload a file (.md, .txt or .html, UTF-8)').setInputFiles({
		name: 'drains.html',
		mimeType: 'text/html',
		buffer: Buffer.from(
			`<!doctype html><html><head><title>x</title><script>window.pwned = 1</script></head><body>
			<h1>${title}</h1><h2>Each shift</h2>
			<p onmouseover="window.pwned = 1">Record the drain output.<img src="https://tracker.example/p.png" alt=""></p>
			<ol><li>Check the site for leaks.</li><li>Keep the bag below the wound.</li></ol>
			</body></html>`
		)
	});
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Each shift' })).toBeVisible();
	await expect(page.getByText('Record the drain output.')).toBeVisible();
	await expect(page.getByText('Keep the bag below the wound.')).toBeVisible();
	await expect(page.locator('main img, main script')).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
	).toBeUndefined();
});

test('without JavaScript an educator adds a document, and the form keeps the text after an error', async ({
	browser,
	baseURL,
	expectErrorResponse
}) => {
	const educator = await createAccount({ role: 'educator' });
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await context.newPage();
	await logIn(page, educator.email);
	await page.goto('/sources/new');
	await page.getByLabel('Text', { exact: true }).fill('## Only a heading\n');
	expectErrorResponse('/sources/new', 400);
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByText('The document has a title but no text under it.')).toBeVisible();
	await expect(page.getByLabel('Text', { exact: true })).toHaveValue('## Only a heading');
	const title = `No-script guide ${Date.now().toString(36)}`;
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill('Wash hands before and after.');
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Introduction' })).toBeVisible();
	await context.close();
});

test('only educators add documents, and only the one who added a document revises it', async ({
	page,
	baseURL
}) => {
	const owner = await createAccount({ role: 'educator' });
	await logIn(page, owner.email);
	await page.goto('/sources/new');
	const title = `Owned guide ${Date.now().toString(36)}`;
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill('One passage.');
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const slug = new URL(page.url()).pathname.split('/').pop()!;

	const html = { accept: 'text/html' };
	const form = { title: 'Taken', format: 'markdown', text: 'Changed.', note: '' };
	const learner = await apiClient(baseURL!, (await createAccount({})).email);
	expect((await learner.get('/sources/new', { headers: html })).status()).toBe(403);
	expect((await learner.post('/sources/new', { form, headers: html })).status()).toBe(403);
	expect((await learner.get(`/sources/${slug}`, { headers: html })).status()).toBe(200);
	expect((await learner.get(`/sources/${slug}/revisions/1`, { headers: html })).status()).toBe(403);
	const other = await apiClient(baseURL!, (await createAccount({ role: 'educator' })).email);
	expect((await other.get(`/sources/${slug}/revise`, { headers: html })).status()).toBe(403);
	expect(
		(await other.post(`/sources/${slug}/revise`, { form, headers: html, maxRedirects: 0 })).status()
	).toBe(403);
	expect((await other.get(`/sources/${slug}/revisions/1`, { headers: html })).status()).toBe(200);
	expect(
		(await other.get('/sources/secondary-liver-cancer/revise', { headers: html })).status()
	).toBe(404);
	const admin = await apiClient(baseURL!, (await createAccount({ role: 'admin' })).email);
	expect((await admin.get(`/sources/${slug}/revise`, { headers: html })).status()).toBe(200);
	const anonymous = await apiClient(baseURL!);
	const refused = await anonymous.get('/sources/new', { headers: html, maxRedirects: 0 });
	expect(refused.status()).toBe(303);
	expect(
		queryTestDb('select 1 from document_revisions where document_slug = ?', slug)
	).toHaveLength(1);
});

test('a long HTML page with a heading twice and long headings keeps every passage, each at its own address', async ({
	page
}) => {
	test.setTimeout(120_000);
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/sources/new');
	const title = `Ward handbook ${Date.now().toString(36)}`;
	const longHeading = (ending: string) =>
		`What to do when the drain output changes colour or amount in the days after ${ending}`;
	await page.getByLabel('Or upload a file (.md, .txt or .html, UTF-8)').setInputFiles({
		name: 'handbook.html',
		mimeType: 'text/html',
		buffer: Buffer.from(
			[
				`<h1>${title}</h1>`,
				'<h2>Side effects</h2><p>Nausea is common.</p>',
				'<h2>Side effects</h2><p>Fatigue lasts weeks.</p>',
				`<h2>${longHeading('a liver resection')}</h2><p>Call the surgical team.</p>`,
				`<h2>${longHeading('an ablation')}</h2><p>Call the radiology team.</p>`,
				'<h2>Daily care</h2>',
				...Array.from({ length: 300 }, (_, n) => `<p>Care step ${n + 1} of the day.</p>`)
			].join('\n')
		)
	});
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

	const sections = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
	await expect(sections).toHaveText([
		'Side effects',
		'Side effects',
		longHeading('a liver resection'),
		longHeading('an ablation'),
		'Daily care'
	]);
	const targets = await sections.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(new Set(targets).size).toBe(5);
	await sections.nth(1).click();
	await expect(page.locator(':target')).toHaveText('Side effects');
	await expect(page.locator(':target + .passage')).toContainText('Fatigue lasts weeks.');

	await expect(page.locator('main .passage')).toHaveCount(304);
	await expect(page.getByText('Care step 300 of the day.')).toBeVisible();
	const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
	expect(ids.length - new Set(ids).size).toBe(0);
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
		)
	).toBe(true);
	await expectAccessible(page);
});
