import { test, expect, expectAccessible } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { apiClient, postForm } from '../helpers/api';
import { queryTestDb, runOnTestDb } from '../helpers/db';
import { DAY_MS } from '../../src/lib/time';

/** As long as a display name may be (80 characters), with no space to break the line at. */
const LONG_NAME =
	'Anneliese-Marguerite-Oyelaran-Featherstonehaugh-Wolfeschlegelsteinhausen-Smythes';

test('learners who share a name, and one with a long name, each keep their own rows on the cohort dashboard', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { educator, owner, cohortId } = await cohortWithSharedNames(baseURL!);
	// Two modules may share a title too, say a yearly refresher assigned again.
	for (const days of [7, 400]) {
		const assigned = await postForm(owner, `/educator/cohorts/${cohortId}/modules/new`, {
			title: 'Annual refresher',
			bank: 'clinical-trials',
			itemCount: '2',
			secondsPerItem: '60',
			passMark: '50',
			dueAt: new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10),
			attemptsAllowed: '',
			renewalDays: ''
		});
		expect(assigned.status()).toBe(303);
	}
	await owner.dispose();

	await logIn(page, educator.email);
	await page.goto(`/educator/cohorts/${cohortId}`);
	const roster = page.getByRole('region', { name: 'Members by module' }).first();
	const heat = page.getByRole('region', { name: 'Mean score by bank' }).first();
	await expect(roster.getByRole('row', { name: /Sam Taylor nurse/ })).toHaveCount(1);
	await expect(roster.getByRole('row', { name: /Sam Taylor doctor/ })).toHaveCount(1);
	await expect(roster.getByRole('row', { name: new RegExp(LONG_NAME) })).toHaveCount(1);
	await expect(roster.getByRole('columnheader', { name: /Annual refresher/ })).toHaveCount(2);
	await expect(heat.getByRole('rowheader', { name: 'Sam Taylor', exact: true })).toHaveCount(2);
	await expect(heat.getByRole('rowheader', { name: LONG_NAME })).toHaveCount(1);

	// The filters navigate in the page, which needs the page's script to be running.
	await page.getByRole('navigation', { name: 'Filter members' }).getByText('Failed').click();
	await expect(page).toHaveURL(/\?filter=failed$/);
	await expect(page.getByText('No members match this filter.')).toBeVisible();
	await page.getByRole('navigation', { name: 'Filter members' }).getByText('All members').click();
	await expect(roster.getByRole('link', { name: 'Sam Taylor' })).toHaveCount(2);
	const links = await roster
		.getByRole('link', { name: 'Sam Taylor' })
		.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
	expect(new Set(links).size).toBe(2);

	// The long name stays inside its table: the page itself never scrolls sideways.
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
		)
	).toBe(true);

	await roster.getByRole('link', { name: LONG_NAME }).click();
	await expect(page.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible();
	await expect(page.getByRole('row', { name: /Annual refresher/ })).toHaveCount(2);
});

/**
 * A cohort whose members are two learners who share a name and one with a long name, made by a
 * new educator; `owner` is the educator's API client.
 */
async function cohortWithSharedNames(baseURL: string) {
	expect(LONG_NAME).toHaveLength(80);
	const educator = await createAccount({ role: 'educator' });
	const twins = [
		await createAccount({ name: 'Sam Taylor', profession: 'nurse' }),
		await createAccount({ name: 'Sam Taylor', profession: 'doctor' })
	];
	const longNamed = await createAccount({ name: LONG_NAME, profession: 'student' });

	const owner = await apiClient(baseURL, educator.email);
	const created = await postForm(owner, '/educator?/create', {
		name: 'Shared names',
		description: ''
	});
	expect(created.status()).toBe(303);
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
		'select join_code from cohorts where id = ?',
		cohortId
	);
	for (const learner of [...twins, longNamed]) {
		const client = await apiClient(baseURL, learner.email);
		expect((await postForm(client, '/join', { code })).status()).toBe(200);
		await client.dispose();
	}
	return { educator, owner, cohortId, twins, longNamed };
}

test('learners who share a name, and one with a long name, each keep their own row among the members, and removing one removes that one', async ({
	page,
	baseURL
}) => {
	const { educator, owner, cohortId, twins } = await cohortWithSharedNames(baseURL!);
	await owner.dispose();
	await logIn(page, educator.email);
	await page.goto(`/educator/cohorts/${cohortId}/manage`);
	const members = page.getByRole('region', { name: 'Members (3)' });
	await expect(members.getByRole('rowheader', { name: 'Sam Taylor', exact: true })).toHaveCount(2);
	await expect(members.getByRole('rowheader', { name: LONG_NAME })).toHaveCount(1);
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
		)
	).toBe(true);
	await expectAccessible(page);

	const [nurse, doctor] = twins;
	await members
		.getByRole('row', { name: new RegExp(nurse.email.replace(/[.]/g, '\\.')) })
		.getByRole('button', { name: 'Remove Sam Taylor' })
		.click();
	const left = page.getByRole('region', { name: 'Members (2)' });
	await expect(left.getByRole('rowheader', { name: 'Sam Taylor', exact: true })).toHaveCount(1);
	await expect(left.getByRole('row', { name: /Sam Taylor/ })).toContainText(doctor.email);
	await expect(left.getByText(nurse.email)).toHaveCount(0);
});

/** A cohort whose members have long names and answers in every bank, so every heat cell is full. */
async function cohortWithEveryBank(baseURL: string) {
	const educator = await createAccount({ role: 'educator' });
	const learners = [
		await createAccount({ name: LONG_NAME, profession: 'nurse' }),
		await createAccount({
			name: 'Maria Fernanda de los Santos Oyelaran-Whitfield',
			profession: 'doctor'
		})
	];
	const owner = await apiClient(baseURL, educator.email);
	const created = await postForm(owner, '/educator?/create', {
		name: 'Every bank',
		description: ''
	});
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
		'select join_code from cohorts where id = ?',
		cohortId
	);
	for (const learner of learners) {
		const client = await apiClient(baseURL, learner.email);
		expect((await postForm(client, '/join', { code })).status()).toBe(200);
		await client.dispose();
	}
	const banks = queryTestDb<{ id: string }>(
		`select id from banks where not retired
		 and exists (select 1 from items where bank_id = banks.id and status = 'published')`
	);
	for (const { email } of learners)
		for (const { id } of banks)
			runOnTestDb(
				`insert into user_bank_stats (user_id, bank_id, answered, correct, marks, max_marks)
				 select id, ?, 10, 7, 7, 10 from users where email = ?`,
				id,
				email
			);
	await owner.dispose();
	return { educator, cohortId, bankCount: banks.length, learners };
}

test.describe('the heat map on a laptop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('shows every bank beside long learner names without scrolling, each name opening the drill-down', async ({
		page,
		baseURL
	}) => {
		const { educator, cohortId, bankCount } = await cohortWithEveryBank(baseURL!);
		expect(bankCount).toBeGreaterThanOrEqual(9);
		await logIn(page, educator.email);
		await page.goto(`/educator/cohorts/${cohortId}`);
		// The scrolling box is a group named like the section around it.
		const heat = page.getByRole('group', { name: 'Mean score by bank' });
		await expect(heat.getByRole('columnheader')).toHaveCount(bankCount + 1);
		const fits = await heat.evaluate((box) => ({
			scroll: box.scrollWidth,
			client: box.clientWidth,
			right: box.getBoundingClientRect().right
		}));
		expect(fits.scroll).toBeLessThanOrEqual(fits.client);
		expect(fits.right).toBeLessThanOrEqual(1280);
		const lastHeader = await heat.getByRole('columnheader').last().boundingBox();
		expect((lastHeader?.x ?? 0) + (lastHeader?.width ?? 0)).toBeLessThanOrEqual(1280);
		await expect(heat.getByRole('cell', { name: '70%' })).toHaveCount(2 * bankCount);

		await heat.getByRole('link', { name: LONG_NAME }).click();
		await expect(page.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible();
	});
});

test.describe('the heat map on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('scrolls inside its own box, keeping the learner column in view', async ({
		page,
		baseURL
	}) => {
		const { educator, cohortId } = await cohortWithEveryBank(baseURL!);
		await logIn(page, educator.email);
		await page.goto(`/educator/cohorts/${cohortId}`);
		// The scrolling box is a group named like the section around it.
		const heat = page.getByRole('group', { name: 'Mean score by bank' });
		const box = await heat.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(box.scroll).toBeGreaterThan(box.client);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
		await heat.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
		const name = heat.getByRole('link', { name: LONG_NAME });
		const nameBox = await name.boundingBox();
		const heatBox = await heat.boundingBox();
		expect(nameBox!.x).toBeGreaterThanOrEqual(heatBox!.x - 1);
		expect(nameBox!.width).toBeGreaterThanOrEqual(100);
		expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(heatBox!.x + heatBox!.width);
	});
});

test.describe('the drill-down without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("lists a learner's sessions and opens a finished one, never an open one", async ({
		page,
		baseURL,
		expectErrorResponse
	}) => {
		const educator = await createAccount({ role: 'educator' });
		const learner = await createAccount({ name: 'Session Learner', profession: 'nurse' });
		const owner = await apiClient(baseURL!, educator.email);
		const created = await postForm(owner, '/educator?/create', {
			name: 'Sessions cohort',
			description: ''
		});
		const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
		const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
			'select join_code from cohorts where id = ?',
			cohortId
		);
		const client = await apiClient(baseURL!, learner.email);
		expect((await postForm(client, '/join', { code })).status()).toBe(200);
		const assigned = await postForm(owner, `/educator/cohorts/${cohortId}/modules/new`, {
			title: 'Trials check',
			bank: 'clinical-trials',
			itemCount: '2',
			secondsPerItem: '60',
			passMark: '50',
			dueRule: 'after-joining',
			dueDays: '7',
			attemptsAllowed: '',
			renewalDays: ''
		});
		expect(assigned.status()).toBe(303);
		const [{ id: moduleId }] = queryTestDb<{ id: string }>(
			'select id from training_modules where cohort_id = ?',
			cohortId
		);
		const start = async () => {
			const started = await postForm(client, `/modules/${moduleId}?/start`, {});
			return /\/practice\/([a-z0-9]+)\//.exec(started.headers()['location'])![1];
		};
		const finished = await start();
		expect((await postForm(client, `/practice/${finished}/finish`, {})).status()).toBe(303);
		const open = await start();
		await client.dispose();
		await owner.dispose();
		const [{ id: learnerId }] = queryTestDb<{ id: string }>(
			'select id from users where email = ?',
			learner.email
		);

		await logIn(page, educator.email);
		await page.goto(`/educator/cohorts/${cohortId}/learners/${learnerId}`);
		const sessions = page.getByRole('region', { name: 'Sessions' });
		await expect(sessions.getByRole('row')).toHaveCount(3);
		const openRow = sessions.getByRole('row').filter({ hasText: 'In progress' });
		await expect(openRow).toHaveCount(1);
		await expect(openRow.getByRole('link')).toHaveCount(0);
		const finishedRow = sessions.getByRole('row').filter({ hasText: '0%' });
		await expect(finishedRow).toContainText('Module: Trials check');
		await expect(finishedRow).toContainText('Clinical trials');
		await finishedRow.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`/sessions/${finished}$`));
		await expect(page.getByRole('heading', { name: 'Score: 0%' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /Question 1:/ })).toBeVisible();

		expectErrorResponse(
			`/educator/cohorts/${cohortId}/learners/${learnerId}/sessions/${open}`,
			404
		);
		const refused = await page.goto(
			`/educator/cohorts/${cohortId}/learners/${learnerId}/sessions/${open}`
		);
		expect(refused?.status()).toBe(404);
	});
});
