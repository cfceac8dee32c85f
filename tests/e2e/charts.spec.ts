import { gzipSync } from 'node:zlib';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { apiClient, postForm } from '../helpers/api';
import { queryTestDb, runOnTestDb } from '../helpers/db';
import { startSession } from '../helpers/practice';
import { answerTutorSession } from '../helpers/history';

const CHARTS = [
	{ name: /^Reviews due over the next 30 days/, file: 'reviews-due' },
	{ name: /^Study calendar of the last 182 days/, file: 'study-calendar' },
	{ name: /^Share of answers right by bank/, file: 'share-by-bank' },
	{ name: /^Accuracy by week/, file: 'accuracy-by-week' }
];

/** Keeps a picture of a chart with the test's results, as a check a person can look at. */
async function keepScreenshot(page: Page, testInfo: TestInfo, chart: string, file: string) {
	const figure = page
		.locator('figure.chart')
		.filter({ has: page.getByRole('img', { name: chart }) });
	const body = await figure.screenshot({ path: testInfo.outputPath(`${file}.png`) });
	await testInfo.attach(file, { body, contentType: 'image/png' });
}

test('the progress charts are drawn in the HTML the server sends, each with its numbers, and need no JavaScript', async ({
	page,
	browser,
	context
}, testInfo) => {
	test.setTimeout(120_000);
	const learner = await createAccount({ profession: 'doctor' });
	await logIn(page, learner.email);
	const { sessionId } = await answerTutorSession(page, [
		{ right: true },
		{ right: false },
		{ right: true }
	]);
	const [{ user_id: userId }] = queryTestDb<{ user_id: string }>(
		'select user_id from quiz_sessions where id = ?',
		sessionId
	);
	// Spread the three reviews over the coming days, as time would, and an older week of answers.
	runOnTestDb(
		`update review_cards set due = ? + 5 * 86400000 * (
			select count(*) from review_cards o
			where o.user_id = review_cards.user_id and o.item_id < review_cards.item_id
		) where user_id = ?`,
		Date.now() + 3600_000,
		userId
	);
	runOnTestDb(
		'update answers set answered_at = answered_at - 9 * 86400000 where user_id = ? and position = 1',
		userId
	);

	// The server's HTML holds each chart as SVG: nothing is drawn in the browser.
	const html = await (await page.request.get('/progress')).text();
	for (const label of [
		'Reviews due over the next 30 days: 3 in all',
		'Study calendar of the last 182 days: 3 answers on 2 days',
		'Share of answers right by bank, yours as bars',
		'Accuracy by week over 2 weeks'
	])
		expect(html, label).toMatch(new RegExp(`<svg aria-label="${label}[^"]*" role="img"`));

	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await context.storageState()
	});
	try {
		const plain = await noScript.newPage();
		await plain.goto('/progress');
		for (const chart of CHARTS)
			await expect(plain.getByRole('img', { name: chart.name })).toBeVisible();
		// One bar a day for thirty days; three reviews on three days.
		const forecast = plain.getByRole('img', { name: CHARTS[0].name });
		await expect(forecast.locator('.mark-primary rect')).toHaveCount(30);
		await expect(plain.locator('.mark-calendar rect')).toHaveCount(182);
		await expect(
			plain.locator('.mark-calendar rect[fill-opacity]:not([fill-opacity="0"])')
		).toHaveCount(2);

		// Each chart's numbers are in a table behind it, opened without JavaScript.
		const forecastSection = plain.getByRole('region', { name: 'Reviews coming up' });
		await forecastSection.getByText('Show the numbers').click();
		const dueRows = forecastSection
			.getByRole('row')
			.filter({ has: plain.getByRole('cell', { name: '1', exact: true }) });
		await expect(dueRows).toHaveCount(3);
		const calendar = plain.getByRole('region', { name: 'Study calendar' });
		await calendar.getByText('Show the days you studied').click();
		await expect(calendar.getByRole('row')).toHaveCount(3);
		const banks = plain.getByRole('region', { name: 'Mastery by bank' });
		await banks.getByText('Show the numbers').click();
		await expect(banks.getByRole('row', { name: /Clinical trials/ }).last()).toContainText('2 / 3');
		const weeks = plain.getByRole('region', { name: 'Accuracy over time' });
		await weeks.getByText('Show the numbers').click();
		await expect(weeks.getByRole('row')).toHaveCount(3);
	} finally {
		await noScript.close();
	}

	// Every label of every chart lies inside it, the last one on each axis included.
	await page.goto('/progress');
	const clipped = await page.locator('figure.chart svg').evaluateAll((svgs) =>
		svgs.flatMap((svg) => {
			const box = svg.getBoundingClientRect();
			return [...svg.querySelectorAll('text')]
				.filter((t) => {
					const r = t.getBoundingClientRect();
					return (
						r.width &&
						(r.left < box.left - 0.5 ||
							r.right > box.right + 0.5 ||
							r.top < box.top - 0.5 ||
							r.bottom > box.bottom + 0.5)
					);
				})
				.map((t) => `${svg.getAttribute('aria-label')}: ${t.textContent}`);
		})
	);
	expect(clipped).toEqual([]);

	for (const chart of CHARTS) {
		const name = (await page.getByRole('img', { name: chart.name }).getAttribute('aria-label'))!;
		await keepScreenshot(page, testInfo, name, chart.file);
	}
});

test("the drill-down sets a learner's share right by bank beside the rest of the cohort's", async ({
	page,
	baseURL
}, testInfo) => {
	test.setTimeout(120_000);
	const educator = await createAccount({ role: 'educator' });
	const learner = await createAccount({ name: 'Ada Ward', profession: 'nurse' });
	const classmate = await createAccount({ name: 'Ben Ward', profession: 'nurse' });
	const owner = await apiClient(baseURL!, educator.email);
	const created = await postForm(owner, '/educator?/create', { name: 'Ward 7', description: '' });
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	await owner.dispose();
	const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
		'select join_code from cohorts where id = ?',
		cohortId
	);
	for (const member of [learner, classmate]) {
		const client = await apiClient(baseURL!, member.email);
		expect((await postForm(client, '/join', { code })).status()).toBe(200);
		await client.dispose();
	}
	// The running totals per bank stand in for answers given.
	for (const [email, answered, correct] of [
		[learner.email, 10, 4],
		[classmate.email, 10, 9]
	] as const)
		runOnTestDb(
			`insert into user_bank_stats (user_id, bank_id, answered, correct, marks, max_marks)
			 select id, 'ablation', ?, ?, ?, ? from users where email = ?`,
			answered,
			correct,
			correct,
			answered,
			email
		);
	const [{ id: learnerId }] = queryTestDb<{ id: string }>(
		'select id from users where email = ?',
		learner.email
	);

	await logIn(page, educator.email);
	await page.goto(`/educator/cohorts/${cohortId}/learners/${learnerId}`);
	const section = page.getByRole('region', { name: 'Ada Ward beside the cohort' });
	const chart = section.getByRole('img', { name: /Share of answers right by bank/ });
	await expect(chart).toBeVisible();
	await expect(chart.locator('.mark-compare line')).toHaveCount(1);
	await section.getByText('Show the numbers').click();
	const row = section.getByRole('row', { name: /Ablation types/ });
	await expect(row).toContainText('40%');
	await expect(row).toContainText('4 / 10');
	await expect(row).toContainText('90%');
	const name = (await chart.getAttribute('aria-label'))!;
	await keepScreenshot(page, testInfo, name, 'drill-down-beside-cohort');
});

/** Every script a page loads, gzipped as the server sends it. */
async function pageScripts(page: Page, path: string) {
	const scripts: { url: string; text: string }[] = [];
	const seen: Promise<void>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			seen.push(response.text().then((text) => void scripts.push({ url: response.url(), text })));
	});
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await Promise.all(seen);
	page.removeAllListeners('response');
	return {
		gzipBytes: scripts.reduce((n, s) => n + gzipSync(s.text, { level: 9 }).length, 0),
		drawsCharts: scripts.some((s) => /Observable|typically associated with|linkedom/.test(s.text))
	};
}

test('charts add no JavaScript: the practice page stays within its 60 kB budget', async ({
	page
}) => {
	const learner = await createAccount({ profession: 'doctor' });
	await logIn(page, learner.email);
	const sessionId = await startSession(page, { count: 2 });
	const practice = await pageScripts(page, `/practice/${sessionId}/1`);
	expect(practice.drawsCharts).toBe(false);
	expect(practice.gzipBytes).toBeGreaterThan(0);
	expect(practice.gzipBytes).toBeLessThan(60_000);
	const progress = await pageScripts(page, '/progress');
	expect(progress.drawsCharts).toBe(false);
	test.info().annotations.push({
		type: 'practice page JavaScript',
		description: `${(practice.gzipBytes / 1000).toFixed(1)} kB gzipped`
	});
});
