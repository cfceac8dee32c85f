import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { apiClient, postForm } from '../helpers/api';
import { queryTestDb } from '../helpers/db';

/** As long as a display name may be (80 characters), with no space to break the line at. */
const LONG_NAME =
	'Anneliese-Marguerite-Oyelaran-Featherstonehaugh-Wolfeschlegelsteinhausen-Smythes';

test('learners who share a name, and one with a long name, each keep their own rows on the cohort dashboard', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	expect(LONG_NAME).toHaveLength(80);
	const educator = createAccount({ role: 'educator' });
	const twins = [
		createAccount({ name: 'Sam Taylor', profession: 'nurse' }),
		createAccount({ name: 'Sam Taylor', profession: 'doctor' })
	];
	const longNamed = createAccount({ name: LONG_NAME, profession: 'student' });

	const owner = await apiClient(baseURL!, educator.email);
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
		const client = await apiClient(baseURL!, learner.email);
		expect((await postForm(client, '/join', { code })).status()).toBe(200);
		await client.dispose();
	}
	// Two modules may share a title too, say a yearly refresher assigned again.
	for (const days of [7, 400]) {
		const assigned = await postForm(owner, `/educator/cohorts/${cohortId}/modules/new`, {
			title: 'Annual refresher',
			bank: 'clinical-trials',
			itemCount: '2',
			secondsPerItem: '60',
			passMark: '50',
			dueAt: new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10),
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
	await expect(page.getByRole('heading', { name: LONG_NAME })).toBeVisible();
	await expect(page.getByRole('row', { name: /Annual refresher/ })).toHaveCount(2);
});
