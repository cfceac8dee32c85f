import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { itemByStem } from '../helpers/banks';
import { answerByKey, finishTimedTest } from '../helpers/practice';
import { DAY_MS } from '../../src/lib/time';

test('an educator runs a cohort: a learner joins, passes a module, the certificate verifies and the dashboard shows it', async ({
	page,
	browser,
	baseURL,
	expectErrorResponse
}) => {
	test.setTimeout(120_000);
	const educator = await createAccount({ role: 'educator', name: 'Dr Educator' });
	const learner = await createAccount({ name: 'Nurse Learner', profession: 'nurse' });

	await logIn(page, educator.email);
	await page.getByRole('link', { name: 'Teaching' }).click();
	await page.getByLabel('Name').fill('Ward 7 nurses');
	await page.getByRole('button', { name: 'Create cohort' }).click();
	await expect(page.getByRole('heading', { name: 'Members and joining' })).toBeVisible();
	const code = (await page.locator('.code').textContent())!.trim();

	await page.getByRole('link', { name: 'Ward 7 nurses' }).click();
	await page.getByRole('link', { name: 'Assign a module' }).click();
	await page.getByLabel('Title').fill('Trials awareness');
	await page.getByRole('checkbox', { name: /Clinical trials/ }).check();
	await page.getByLabel('Questions', { exact: true }).fill('3');
	await page.getByLabel('Pass mark (%)').fill('60');
	await page
		.getByLabel('Due date')
		.fill(new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10));
	await page.getByRole('button', { name: 'Assign module' }).click();
	await expect(page.getByRole('heading', { name: 'Ward 7 nurses' })).toBeVisible();

	const learnerContext = await browser.newContext({ baseURL });
	const lp = await learnerContext.newPage();
	await logIn(lp, learner.email);
	await lp.goto(`/join/${code}`);
	await expect(lp.getByLabel('Join code')).toHaveValue(code);
	await lp.getByRole('button', { name: 'Join' }).click();
	await expect(lp.getByText('You have joined Ward 7 nurses.')).toBeVisible();
	await lp.getByRole('link', { name: 'See your training modules' }).click();
	await lp.getByRole('link', { name: 'Trials awareness' }).click();
	await lp.getByRole('button', { name: 'Start the test' }).click();
	for (let position = 1; position <= 3; position++) {
		await expect(
			lp.getByRole('main').getByText(`Question ${position} of 3`, { exact: true })
		).toBeVisible();
		await answerByKey(
			lp,
			itemByStem((await lp.locator('.stem p').first().textContent()) ?? ''),
			true
		);
		await expect(lp.getByRole('status').filter({ hasText: 'Answer saved.' })).toBeVisible();
		if (position < 3) await lp.getByRole('button', { name: 'Save and next' }).click();
	}
	await finishTimedTest(lp);
	await expect(lp.getByRole('heading', { name: 'Trials awareness: passed' })).toBeVisible();
	await lp.getByRole('link', { name: 'View your certificate' }).click();
	await expect(lp.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();
	await expect(lp.getByRole('article').getByText('Nurse Learner')).toBeVisible();
	const verifyLink = lp.getByRole('link', { name: /\/verify\// });
	const verifyUrl = (await verifyLink.getAttribute('href'))!;
	const article = lp.getByRole('article');
	await expect(article.getByText('E2E General Hospital')).toBeVisible();
	await expect(article.getByText('Educator: Dr Educator')).toBeVisible();

	// Printed, the certificate stands alone: the site's header and the page's buttons are hidden.
	await expect(lp.getByRole('button', { name: 'Print' })).toBeVisible();
	await lp.emulateMedia({ media: 'print' });
	await expect(lp.locator('header.site-header')).toBeHidden();
	await expect(lp.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(lp.getByRole('link', { name: 'Download PDF' })).toBeHidden();
	await expect(article).toBeVisible();
	await lp.emulateMedia({ media: 'screen' });

	// The PDF carries the same certificate and its verification address.
	const pdfDownload = lp.waitForEvent('download');
	await lp.getByRole('link', { name: 'Download PDF' }).click();
	const pdfFile = await pdfDownload;
	expect(pdfFile.suggestedFilename()).toMatch(/^certificate-[A-Z2-7]{16}\.pdf$/);
	const pdf = await PDFDocument.load(await readFile((await pdfFile.path())!), {
		updateMetadata: false
	});
	expect(pdf.getPageCount()).toBe(1);
	expect(pdf.getTitle()).toBe('Certificate: Trials awareness, Nurse Learner');
	expect(pdf.getAuthor()).toBe('E2E General Hospital');
	expect(pdf.getSubject()).toContain(verifyUrl);

	// Anyone can verify, without logging in, and sees nothing beyond the certificate.
	const anonymous = await browser.newContext({ baseURL });
	const ap = await anonymous.newPage();
	await ap.goto(verifyUrl);
	await expect(ap.getByText('This certificate is genuine and current.')).toBeVisible();
	await expect(ap.getByText(/Trials awareness, passed with 100%/)).toBeVisible();
	await expect(
		ap.getByText(
			'Issued to Nurse Learner (the name on the account when the certificate was issued).'
		)
	).toBeVisible();
	await expect(ap.getByText('Issued by E2E General Hospital.')).toBeVisible();
	await expect(ap.getByText('Educator: Dr Educator')).toBeVisible();
	await expect(ap.getByText(learner.email)).toHaveCount(0);
	await ap.goto('/verify/NOTAREALCODE');
	await expect(ap.getByText('No certificate has the code')).toBeVisible();

	// Another learner cannot open the certificate page itself.
	const other = await createAccount({});
	const op = await anonymous.newPage();
	await logIn(op, other.email);
	const certificatePath = new URL(lp.url()).pathname;
	expectErrorResponse(certificatePath, 404);
	const response = await op.goto(certificatePath);
	expect(response?.status()).toBe(404);

	await page.reload();
	const row = page.getByRole('row', { name: /Nurse Learner/ }).first();
	await expect(row).toContainText('Passed');
	await page.getByRole('link', { name: 'Nurse Learner' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nurse Learner' })).toBeVisible();
	await expect(page.getByRole('row', { name: /^Clinical trials/ })).toContainText('3 / 3');

	await page.goBack();
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Export members by module (CSV)' }).click();
	const csv = await (await download).createReadStream();
	let text = '';
	for await (const chunk of csv) text += chunk.toString();
	expect(text).toContain('Trials awareness: status');
	expect(text).toMatch(/Nurse Learner,[^\r\n]*,nurse,[^,]*,passed,100/);

	// Results open with a byte-order mark for Excel, and give each date in UTC and in local time.
	const cohortPath = new URL(page.url()).pathname;
	const results = await page.request.get(`${cohortPath}/export/results.csv`);
	const bytes = await results.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const [header, first] = bytes.subarray(3).toString('utf8').split('\r\n');
	expect(header).toBe(
		'Name,Email,Module,Score %,Outcome,Completed at (UTC),Completed at (Europe/London)'
	);
	expect(first).toMatch(
		/^Nurse Learner,[^,]+,Trials awareness,100,pass,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/
	);

	// The certificate keeps the name it was issued to when the learner changes theirs.
	await lp.goto('/account');
	await lp.getByLabel('Display name').fill('Nurse Renamed');
	await lp.getByRole('button', { name: 'Save profile' }).click();
	await expect(lp.getByRole('status')).toHaveText('Your profile is saved.');
	await ap.goto(verifyUrl);
	await expect(ap.getByText(/Issued to Nurse Learner \(the name on the account/)).toBeVisible();
	await expect(ap.getByText('Nurse Renamed')).toHaveCount(0);

	await learnerContext.close();
	await anonymous.close();
});

test('item analysis and the report queue are open to educators', async ({ page }) => {
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/educator/items');
	await expect(page.getByRole('heading', { name: 'Item analysis' })).toBeVisible();
	// Hundreds of items come a page at a time; the bank filter narrows them, pages keep the filter.
	await expect(page.getByText(/^Showing 1–50 of \d+\.$/)).toBeVisible();
	const pages = page.getByRole('navigation', { name: 'Pages of items' });
	await pages.getByRole('link', { name: 'Next' }).click();
	await expect(page.getByText(/^Showing 51–100 of \d+\.$/)).toBeVisible();
	await expect(pages.getByRole('link', { name: '2', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await page.getByLabel('Bank').selectOption({ label: 'Ablation types' });
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/bank=ablation/);
	await expect(page.getByRole('link', { name: 'ablation-mwa-vs-rfa', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: /^presentation-/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Export items (CSV)' })).toHaveAttribute(
		'href',
		/bank=ablation/
	);
	// Each row shows the question's text; a column header sorts by it, up and then down.
	await expect(
		page.getByRole('rowheader', {
			name: /^ablation-mwa-vs-rfa .*v\d+ · Ablation types \S/
		})
	).toBeVisible();
	const facility = page.getByRole('columnheader', { name: /^Facility/ });
	await facility.getByRole('link').click();
	await expect(page).toHaveURL(/bank=ablation.*sort=facility&dir=asc$/);
	await expect(facility).toHaveAttribute('aria-sort', 'ascending');
	await facility.getByRole('link').click();
	await expect(page).toHaveURL(/sort=facility&dir=desc$/);
	await expect(facility).toHaveAttribute('aria-sort', 'descending');
	await page.goto('/educator/reports');
	await expect(page.getByRole('heading', { name: 'Reported problems' })).toBeVisible();
});
