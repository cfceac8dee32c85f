import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { banks } from '../../src/lib/content/banks';
import { apiClient } from '../helpers/api';
import { createAccount, logIn } from '../helpers/accounts';
import { answerByKey } from '../helpers/practice';
import { expect, expectAccessible, test } from '../helpers/test';

const bank = banks.find((b) => b.id === 'clinical-trials')!;
const published = bank.items.length;

async function download(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
	const started = page.waitForEvent('download');
	await page.getByRole('link', { name: link }).click();
	const file: Download = await started;
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('an educator downloads a bank in each format, each named for it and readable', async ({
	page
}) => {
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/educator');
	await page.getByRole('link', { name: 'Question banks' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
	await expect(page.getByRole('row', { name: new RegExp(bank.title) })).toContainText(
		String(published)
	);
	await expectAccessible(page);

	const moodle = await download(page, `Moodle XML of ${bank.title}`);
	expect(moodle.name).toBe(`${bank.id}.moodle.xml`);
	const xml = moodle.bytes.toString('utf8');
	expect(XMLValidator.validate(xml)).toBe(true);
	expect(xml.match(/<question type="(multichoice|truefalse|matching)">/g)).toHaveLength(published);
	expect(xml).toContain(`<category><text>$course$/top/${bank.title}</text></category>`);

	const gift = await download(page, `GIFT of ${bank.title}`);
	expect(gift.name).toBe(`${bank.id}.gift.txt`);
	expect(gift.bytes.toString('utf8').match(/^::[^:]+::\[html\]/gm)).toHaveLength(published);

	const qti = await download(page, `QTI 3.0 package of ${bank.title}`);
	expect(qti.name).toBe(`${bank.id}.qti.zip`);
	const files = unzipSync(new Uint8Array(qti.bytes));
	expect(Object.keys(files)).toContain('imsmanifest.xml');
	const items = Object.keys(files).filter((f) => f.startsWith('items/'));
	expect(items).toHaveLength(published);
	for (const file of Object.values(files))
		expect(XMLValidator.validate(strFromU8(file))).toBe(true);

	const pack = await download(page, `Content pack (JSON) of ${bank.title}`);
	expect(pack.name).toBe(`${bank.id}.pack.json`);
	const content = JSON.parse(pack.bytes.toString('utf8'));
	expect(content.format).toBe('liver-quiz-content-pack');
	expect(content.documents[0].slug).toBe('secondary-liver-cancer');
	expect(content.banks.map((b: { id: string }) => b.id)).toEqual([bank.id]);
	expect(content.banks[0].items[0].spec).toEqual(bank.items[0]);
});

test('a learner downloads their missed questions for Anki, without those of an open timed test', async ({
	page
}) => {
	const learner = await createAccount({ role: 'learner' });
	const item = bank.items.find((i) => i.type === 'single-best-answer')!;
	await logIn(page, learner.email);
	await page.goto(`/practice?bank=${bank.id}&item=${item.id}&count=1&mode=tutor`);
	await page.getByRole('button', { name: 'Start' }).click();
	await answerByKey(page, item, false);
	await page.getByRole('button', { name: 'Submit answer' }).click();
	await expect(page.getByRole('heading', { name: 'Not quite' })).toBeVisible();

	await page.goto('/progress');
	const deck = await download(page, 'Download your due and missed questions for Anki');
	expect(deck.name).toMatch(/^liver-review-\d{4}-\d{2}-\d{2}\.txt$/);
	const lines = deck.bytes.toString('utf8').trimEnd().split('\n');
	expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
	expect(lines).toContain('#columns:Front\tBack\tTags\tGUID');
	const notes = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
	expect(notes.map((n) => n[3])).toEqual([`liver-quiz:${item.id}`]);
	expect(notes[0][2]).toContain('review:missed');

	// Once the question is in a timed test the learner has not finished, the deck leaves it out.
	await page.goto(`/practice?bank=${bank.id}&item=${item.id}&count=1&mode=timed`);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('main').getByText('Question 1 of 1', { exact: true })).toBeVisible();
	await page.goto('/progress');
	const during = await download(page, 'Download your due and missed questions for Anki');
	expect(during.bytes.toString('utf8')).not.toContain(item.id);
});

test('learners and anonymous visitors are refused every bank export', async ({ baseURL }) => {
	const learner = await createAccount({ role: 'learner' });
	const learnerClient = await apiClient(baseURL!, learner.email);
	const anonymous = await apiClient(baseURL!);
	for (const path of [
		'/educator/banks',
		...['moodle', 'gift', 'qti', 'pack'].map((f) => `/educator/banks/${bank.id}/${f}`)
	]) {
		const refused = await learnerClient.get(path, { maxRedirects: 0 });
		expect(refused.status(), path).toBe(403);
		expect(refused.headers()['content-disposition'], path).toBeUndefined();
		const away = await anonymous.get(path, { maxRedirects: 0 });
		expect(away.status(), path).toBe(303);
		expect(away.headers()['location']).toMatch(/^\/login\?redirectTo=/);
	}
	const educator = await apiClient(baseURL!, (await createAccount({ role: 'educator' })).email);
	expect((await educator.get(`/educator/banks/${bank.id}/pdf`)).status()).toBe(404);
	expect((await educator.get('/educator/banks/no-such-bank/gift')).status()).toBe(404);
});
