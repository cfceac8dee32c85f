import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { apiClient, postForm } from '../helpers/api';
import { bankItemsFor } from '../helpers/banks';
import { queryTestDb, runOnTestDb } from '../helpers/db';
import { DAY_MS } from '../../src/lib/time';

/** A date input's value for a day counted from today, in the test machine's (and server's) zone. */
function isoDay(offsetDays: number): string {
	const d = new Date(Date.now() + offsetDays * DAY_MS);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function educatorCohort(baseURL: string, name: string) {
	const educator = await createAccount({ role: 'educator' });
	const owner = await apiClient(baseURL, educator.email);
	const created = await postForm(owner, '/educator?/create', { name, description: '' });
	expect(created.status()).toBe(303);
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
		'select join_code from cohorts where id = ?',
		cohortId
	);
	return { educator, owner, cohortId, code };
}

/** Joins a new learner to the cohort, so that the dashboard has a row to show modules in. */
async function addMember(baseURL: string, code: string, name: string) {
	const learner = await createAccount({ name, profession: 'nurse' });
	const client = await apiClient(baseURL, learner.email);
	expect((await postForm(client, '/join', { code })).status()).toBe(200);
	await client.dispose();
	return learner;
}

const hardNurseSurgery = bankItemsFor('surgery', 'nurse', 'hard');
const easyNurseSurgery = bankItemsFor('surgery', 'nurse', 'easy');

for (const javaScriptEnabled of [true, false]) {
	const js = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

	test.describe(js, () => {
		test.use({ javaScriptEnabled });

		test(`an educator previews the questions a filtered module draws, then assigns it due days after joining, ${js}`, async ({
			page,
			baseURL
		}) => {
			const { educator, owner, cohortId, code } = await educatorCohort(baseURL!, `Preview ${js}`);
			await owner.dispose();
			await addMember(baseURL!, code, 'Preview Member');
			expect(hardNurseSurgery.length).toBeGreaterThan(1);
			await logIn(page, educator.email);
			await page.goto(`/educator/cohorts/${cohortId}/modules/new`);
			await page.getByLabel('Title').fill('Hard surgery for nurses');
			await page.getByRole('checkbox', { name: /Surgical factors/ }).check();
			await page.getByLabel('Audience').selectOption('nurse');
			await page.getByLabel('Difficulty').selectOption('hard');
			await page.getByRole('button', { name: 'Preview the questions' }).click();

			const status = page.getByRole('status').filter({ hasText: 'match' });
			await expect(status).toContainText(`${hardNurseSurgery.length} questions match.`);
			const list = page.getByRole('list', { name: 'Questions it would draw' });
			await expect(list.getByRole('listitem')).toHaveCount(hardNurseSurgery.length);
			await expect(list).toContainText(hardNurseSurgery[0].stem.slice(0, 60));
			// The preview keeps what was typed.
			await expect(page.getByLabel('Title')).toHaveValue('Hard surgery for nurses');
			await expect(page.getByLabel('Difficulty')).toHaveValue('hard');

			if (javaScriptEnabled) {
				// With JavaScript the preview follows the filters without a press of the button.
				await page.getByLabel('Difficulty').selectOption('easy');
				await expect(status).toContainText(`${easyNurseSurgery.length} questions match.`);
				await page.getByLabel('Difficulty').selectOption('hard');
				await expect(status).toContainText(`${hardNurseSurgery.length} questions match.`);
			}

			await page.getByLabel('Questions', { exact: true }).fill(String(hardNurseSurgery.length));
			await page.getByRole('radio', { name: 'Some days after each learner joins' }).check();
			await page.getByLabel('Days after joining').fill('14');
			await page.getByRole('button', { name: 'Assign module' }).click();
			await expect(page).toHaveURL(new RegExp(`/educator/cohorts/${cohortId}$`));
			await expect(
				page.getByRole('columnheader', {
					name: /Hard surgery for nurses.*due 14 days after joining/
				})
			).toBeVisible();
			expect(
				queryTestDb(
					'select audience, difficulty, due_days, fixed_due_at from training_modules where cohort_id = ?',
					cohortId
				)
			).toEqual([{ audience: 'nurse', difficulty: 'hard', due_days: 14, fixed_due_at: null }]);
		});

		test(`a due date that has passed, or more questions than match, is refused next to its field, ${js}`, async ({
			page,
			baseURL,
			expectErrorResponse
		}) => {
			const { educator, owner, cohortId } = await educatorCohort(baseURL!, `Refusals ${js}`);
			// Without JavaScript each refused form comes back as the page, with its 400 status.
			if (!javaScriptEnabled) expectErrorResponse(`/educator/cohorts/${cohortId}/modules/new`, 400);
			await owner.dispose();
			await logIn(page, educator.email);
			await page.goto(`/educator/cohorts/${cohortId}/modules/new`);
			await page.getByLabel('Title').fill('Backdated');
			await page.getByRole('checkbox', { name: /Surgical factors/ }).check();
			await page.getByLabel('Audience').selectOption('nurse');
			await page.getByLabel('Difficulty').selectOption('hard');
			await page.getByLabel('Questions', { exact: true }).fill('5');
			await page.getByLabel('Due date').fill(isoDay(-1));
			await page.getByRole('button', { name: 'Assign module' }).click();
			await expect(page.getByLabel('Due date')).toHaveAccessibleDescription(
				'This date has passed: choose today or a later day.'
			);
			await expect(page.getByLabel('Title')).toHaveValue('Backdated');

			await page.getByLabel('Due date').fill(isoDay(0));
			await page.getByLabel('Questions', { exact: true }).fill(String(hardNurseSurgery.length + 1));
			await page.getByRole('button', { name: 'Assign module' }).click();
			await expect(page.getByLabel('Questions', { exact: true })).toHaveAccessibleDescription(
				`Only ${hardNurseSurgery.length} questions match these banks and filters: ask for ${hardNurseSurgery.length} or fewer, or widen the filters.`
			);
			expect(queryTestDb('select id from training_modules where cohort_id = ?', cohortId)).toEqual(
				[]
			);

			// Due today is still allowed: the day runs to its end.
			await page.getByLabel('Questions', { exact: true }).fill('2');
			await page.getByRole('button', { name: 'Assign module' }).click();
			await expect(page).toHaveURL(new RegExp(`/educator/cohorts/${cohortId}$`));
		});
	});
}

test('assigning just after changing a filter lands on the cohort: the preview it set off is not sent over it', async ({
	page,
	baseURL
}) => {
	const { educator, owner, cohortId } = await educatorCohort(baseURL!, 'Quick assign');
	await owner.dispose();
	await logIn(page, educator.email);
	await page.goto(`/educator/cohorts/${cohortId}/modules/new`);
	await page.getByLabel('Title').fill('Quick surgery');
	await page.getByLabel('Questions', { exact: true }).fill('3');
	await page.getByLabel('Due date').fill(isoDay(7));
	// The assignment's answer is held back past the moment the filter's preview would be sent.
	await page.route(`**/educator/cohorts/${cohortId}/modules/new`, async (route) => {
		if (
			route.request().method() === 'POST' &&
			!route.request().postData()?.includes('intent=preview')
		)
			await new Promise((resolve) => setTimeout(resolve, 1_000));
		await route.continue();
	});
	await page.getByRole('checkbox', { name: /Surgical factors/ }).check();
	await page.getByRole('button', { name: 'Assign module' }).click();
	await expect(page).toHaveURL(new RegExp(`/educator/cohorts/${cohortId}$`));
	expect(
		queryTestDb<{ title: string }>(
			'select title from training_modules where cohort_id = ?',
			cohortId
		)
	).toEqual([{ title: 'Quick surgery' }]);
});

test('a late joiner has their own due date and is not overdue the day they join', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { educator, owner, cohortId, code } = await educatorCohort(baseURL!, 'Rolling intake');
	const early = await addMember(baseURL!, code, 'Early Joiner');
	const late = await addMember(baseURL!, code, 'Late Joiner');
	// The early joiner joined thirty days ago.
	runOnTestDb(
		'update cohort_members set joined_at = ? where cohort_id = ? and user_id = (select id from users where email = ?)',
		Date.now() - 30 * DAY_MS,
		cohortId,
		early.email
	);
	const assigned = await postForm(owner, `/educator/cohorts/${cohortId}/modules/new`, {
		title: 'Induction',
		bank: 'clinical-trials',
		itemCount: '2',
		secondsPerItem: '60',
		passMark: '50',
		dueRule: 'after-joining',
		dueDays: '14',
		attemptsAllowed: '',
		renewalDays: ''
	});
	expect(assigned.status()).toBe(303);
	await owner.dispose();

	const lateDue = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(
		new Date(Date.now() + 14 * DAY_MS)
	);
	await logIn(page, late.email);
	await page.goto('/modules');
	await expect(page.getByRole('listitem').filter({ hasText: 'Induction' })).toContainText(
		`due ${lateDue}`
	);
	await expect(page.getByRole('listitem').filter({ hasText: 'Induction' })).toContainText(
		'Not started'
	);
	// The audit after the test opens every page visited with the last sign-in, so the educator's
	// pages come last.
	await page.getByRole('button', { name: 'Log out' }).click();
	await logIn(page, educator.email);
	await page.goto(`/educator/cohorts/${cohortId}`);
	const roster = page.getByRole('region', { name: 'Members by module' }).first();
	await expect(roster.getByRole('row', { name: /Early Joiner/ })).toContainText('Overdue');
	await expect(roster.getByRole('row', { name: /Late Joiner/ })).toContainText('Not started');
	await expect(roster.getByRole('row', { name: /Late Joiner/ })).toContainText(`due ${lateDue}`);
	await page.getByRole('navigation', { name: 'Filter members' }).getByText('Overdue').click();
	await expect(roster.getByRole('row', { name: /Early Joiner/ })).toHaveCount(1);
	await expect(roster.getByRole('row', { name: /Late Joiner/ })).toHaveCount(0);

	const csv = await page.request.get(`/educator/cohorts/${cohortId}/export/members.csv`);
	const lines = (await csv.text()).trim().split(/\r?\n/);
	expect(lines[0]).toContain('Induction: due');
	expect(lines.find((l) => l.includes('Early Joiner'))).toContain('overdue');
	expect(lines.find((l) => l.includes('Late Joiner'))).toContain('not-started');
});
