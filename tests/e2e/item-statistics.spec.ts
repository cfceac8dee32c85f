import { test, expect } from '../helpers/test';
import { apiClient, postForm } from '../helpers/api';
import { createAccount, logIn } from '../helpers/accounts';
import { itemByStem } from '../helpers/banks';
import { queryTestDb } from '../helpers/db';
import { answerByKey, finishTimedTest } from '../helpers/practice';
import { DAY_MS } from '../../src/lib/time';
import type { Download } from '@playwright/test';

async function textOf(download: Promise<Download>): Promise<string> {
	let text = '';
	for await (const chunk of await (await download).createReadStream()) text += chunk.toString();
	return text;
}

test('an educator sees the reliability of their module and downloads every figure as CSV', async ({
	page,
	browser,
	baseURL
}) => {
	const owner = await createAccount({ role: 'educator' });
	const otherEducator = await createAccount({ role: 'educator' });
	const learner = await createAccount({ name: 'Stats Learner', profession: 'nurse' });
	const ownerClient = await apiClient(baseURL!, owner.email);
	const created = await postForm(ownerClient, '/educator?/create', {
		name: 'Stats cohort',
		description: ''
	});
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	const title = `Stats module ${Date.now().toString(36)}`;
	const due = new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10);
	expect(
		(
			await postForm(ownerClient, `/educator/cohorts/${cohortId}/modules/new`, {
				title,
				bank: 'clinical-trials',
				itemCount: '2',
				secondsPerItem: '60',
				passMark: '50',
				dueAt: due,
				attemptsAllowed: '',
				renewalDays: ''
			})
		).status()
	).toBe(303);
	const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
		'select join_code from cohorts where id = ?',
		cohortId
	);

	const learnerContext = await browser.newContext({ baseURL });
	const lp = await learnerContext.newPage();
	await logIn(lp, learner.email);
	expect(
		(await postForm(await apiClient(baseURL!, learner.email), '/join', { code })).status()
	).toBe(200);
	await lp.goto('/modules');
	await lp.getByRole('link', { name: title }).click();
	await lp.getByRole('button', { name: 'Start the test' }).click();
	for (let position = 1; position <= 2; position++) {
		await expect(
			lp.getByRole('main').getByText(`Question ${position} of 2`, { exact: true })
		).toBeVisible();
		const stem = (await lp.locator('.stem p').first().textContent()) ?? '';
		await answerByKey(lp, itemByStem(stem), position === 1);
		await expect(lp.getByRole('status').filter({ hasText: 'Answer saved.' })).toBeVisible();
		if (position < 2) await lp.getByRole('button', { name: 'Save and next' }).click();
	}
	await finishTimedTest(lp);
	await expect(lp.getByRole('heading', { name: `${title}: passed` })).toBeVisible();
	await learnerContext.close();

	await logIn(page, owner.email);
	await page.goto(`/educator/items?cohort=${cohortId}`);
	const row = page.getByRole('region', { name: 'Module reliability' }).getByRole('row', {
		name: new RegExp(title)
	});
	// One attempt of two questions, half the marks: no spread, so no KR-20 or SEM.
	await expect(row.getByRole('cell')).toHaveText([
		'1',
		'2',
		'50.0%',
		'0.0%',
		'too few attempts',
		'too few attempts'
	]);

	const items = await textOf(
		(async () => {
			const download = page.waitForEvent('download');
			await page.getByRole('link', { name: 'Export items (CSV)' }).click();
			return download;
		})()
	);
	const lines = items.trimEnd().split('\r\n');
	// A byte order mark first, so that spreadsheets read the file as UTF-8.
	expect(lines[0]).toMatch(/^\uFEFFItem,Version,Bank,Type,Scenario,Text,Answers,Facility,/);
	const answered = lines
		.slice(1)
		.filter((l) => /^clinical-trials-[^,]*,\d+,Clinical trials,/.test(l));
	expect(answered.length).toBeGreaterThanOrEqual(2);

	const modules = await textOf(
		(async () => {
			const download = page.waitForEvent('download');
			await page.getByRole('link', { name: 'Export module reliability (CSV)' }).click();
			return download;
		})()
	);
	expect(modules).toContain(`Stats cohort,${title},1,2,50,0,1,0,,,\r\n`);

	// Without JavaScript, the bank and flag filters and the column sorts keep one another.
	const noScript = await browser.newContext({
		baseURL,
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const np = await noScript.newPage();
	await np.goto(`/educator/items?cohort=${cohortId}`);
	await np.getByLabel('Bank').selectOption({ label: 'Clinical trials' });
	await np.getByLabel('Flag').selectOption({ label: 'Any flag' });
	await np.getByRole('button', { name: 'Show' }).click();
	await expect(np).toHaveURL(
		new RegExp(`\\?cohort=${cohortId}&bank=clinical-trials&attempts=first&flag=any$`)
	);
	// One question answered right (too easy), one wrong (too hard): each row shows its text.
	const table = np.getByRole('region', { name: 'Items (2)' });
	await expect(table.getByRole('rowheader')).toHaveCount(2);
	await expect(table.getByRole('rowheader').first()).toContainText(/v\d+ · Clinical trials\s*\w/);
	const facilities = table.locator('tbody tr td:nth-of-type(2)');
	const facility = table.getByRole('columnheader', { name: /^Facility/ });
	await expect(facility).not.toHaveAttribute('aria-sort');
	await facility.getByRole('link').click();
	await expect(np).toHaveURL(/&bank=clinical-trials&flag=any&sort=facility&dir=asc$/);
	await expect(facility).toHaveAttribute('aria-sort', 'ascending');
	await expect(facilities).toHaveText(['0.00', '1.00']);
	await facility.getByRole('link').click();
	await expect(np).toHaveURL(/&bank=clinical-trials&flag=any&sort=facility&dir=desc$/);
	await expect(facility).toHaveAttribute('aria-sort', 'descending');
	await expect(facilities).toHaveText(['1.00', '0.00']);
	await expect(np.getByRole('link', { name: 'Export items (CSV)' })).toHaveAttribute(
		'href',
		/bank=clinical-trials&flag=any&sort=facility&dir=desc$/
	);
	// Choosing another flag keeps the bank and the sort.
	await np.getByLabel('Flag').selectOption({ label: 'Too hard' });
	await np.getByRole('button', { name: 'Show' }).click();
	await expect(np).toHaveURL(
		/&bank=clinical-trials&attempts=first&flag=too-hard&sort=facility&dir=desc$/
	);
	const tooHard = np.getByRole('region', { name: 'Items (1)' });
	await expect(tooHard.getByRole('row')).toHaveCount(2);
	await expect(tooHard.locator('tbody tr td:nth-of-type(2)')).toHaveText(['0.00']);
	await expect(tooHard.getByRole('columnheader', { name: /^Facility/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	// The item and flag columns sort too.
	const flagsHeader = tooHard.getByRole('columnheader', { name: /^Flags/ });
	await flagsHeader.getByRole('link').click();
	await expect(np).toHaveURL(/&flag=too-hard&sort=flags&dir=asc$/);
	await expect(
		np.getByRole('region', { name: 'Items (1)' }).getByRole('columnheader', { name: /^Flags/ })
	).toHaveAttribute('aria-sort', 'ascending');
	await np.getByRole('columnheader', { name: /^Item/ }).getByRole('link').click();
	await expect(np).toHaveURL(/&flag=too-hard&sort=item&dir=asc$/);
	await expect(np.getByRole('columnheader', { name: /^Item/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	// Values the table does not know show every item in bank order, refusing nothing.
	const unknown = await np.goto(
		`/educator/items?cohort=${cohortId}&bank=nowhere&flag=odd&sort=stem&dir=sideways`
	);
	expect(unknown?.status()).toBe(200);
	await expect(np.getByLabel('Bank')).toHaveValue('');
	await expect(np.getByLabel('Flag')).toHaveValue('');
	await expect(np.locator('th[aria-sort]')).toHaveCount(0);
	await expect(np.getByRole('heading', { name: /^Items \(\d+\)$/ })).not.toHaveText('Items (2)');
	await noScript.close();

	// Another educator sees neither the cohort's figures nor, among all learners, its module.
	const other = await apiClient(baseURL!, otherEducator.email);
	const html = { accept: 'text/html' };
	expect(
		(
			await other.get(`/educator/items/export/items.csv?cohort=${cohortId}`, {
				headers: html,
				maxRedirects: 0
			})
		).status()
	).toBe(404);
	const theirs = await other.get('/educator/items/export/modules.csv');
	expect(theirs.status()).toBe(200);
	expect(await theirs.text()).not.toContain(title);
	const anonymous = await apiClient(baseURL!);
	const refused = await anonymous.get('/educator/items/export/items.csv', {
		headers: html,
		maxRedirects: 0
	});
	expect(refused.status()).toBe(303);
	expect(refused.headers()['location']).toMatch(/^\/login\?redirectTo=/);
	const learnerClient = await apiClient(baseURL!, learner.email);
	expect(
		(await learnerClient.get('/educator/items/export/items.csv', { maxRedirects: 0 })).status()
	).toBe(403);
});
