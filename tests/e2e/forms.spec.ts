import type { APIResponse, Browser, Page } from '@playwright/test';
import { test, expect } from '../helpers/test';
import { apiClient, postAction, postForm } from '../helpers/api';
import { createAccount, logIn } from '../helpers/accounts';
import { queryTestDb, runOnTestDb } from '../helpers/db';

/** The page a browser without JavaScript shows for this answer, to read it by roles and labels. */
async function rendered(browser: Browser, response: APIResponse): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.setContent(await response.text());
	return page;
}

function userId(email: string): string {
	return queryTestDb<{ id: string }>('select id from users where email = ?', email)[0].id;
}

function sessionsOf(email: string): number {
	return queryTestDb<{ n: number }>(
		'select count(*) as n from quiz_sessions where user_id = ?',
		userId(email)
	)[0].n;
}

async function createCohort(baseURL: string, email: string, name: string) {
	const client = await apiClient(baseURL, email);
	const created = await postForm(client, '/educator?/create', { name, description: '' });
	expect(created.status()).toBe(303);
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	return { client, cohortId };
}

const practice = {
	bank: 'surgery',
	selection: 'all',
	difficulty: 'any',
	audience: 'any',
	count: '3',
	mode: 'timed',
	secondsPerItem: '60'
};

test.describe('the practice builder', () => {
	test('refuses out-of-range numbers next to the field, keeps them, and starts nothing', async ({
		baseURL,
		browser
	}) => {
		const learner = await createAccount({});
		const client = await apiClient(baseURL!, learner.email);
		const cases: [Record<string, string>, string, string][] = [
			[{ count: '1e9' }, 'How many questions', 'Choose 1 to 100 questions.'],
			[{ count: '0' }, 'How many questions', 'Choose 1 to 100 questions.'],
			[{ count: '1.5' }, 'How many questions', 'Choose 1 to 100 questions.'],
			[{ count: '101' }, 'How many questions', 'Choose 1 to 100 questions.'],
			[
				{ secondsPerItem: '1e9' },
				'Seconds per question (timed tests)',
				'Allow 5 to 600 seconds a question.'
			],
			[
				{ secondsPerItem: '' },
				'Seconds per question (timed tests)',
				'Allow 5 to 600 seconds a question.'
			]
		];
		for (const [changes, label, message] of cases) {
			const response = await postForm(client, '/practice?/start', { ...practice, ...changes });
			expect(response.status(), JSON.stringify(changes)).toBe(400);
			const page = await rendered(browser, response);
			const field = page.getByLabel(label);
			await expect(field).toHaveAccessibleDescription(message);
			await expect(field).toHaveValue(Object.values(changes)[0]);
			await expect(page.getByRole('alert')).toHaveText('Check the highlighted fields.');
			await expect(page.getByRole('radio', { name: /Timed test/ })).toBeChecked();
			await page.context().close();
		}

		const unknownBank = await postForm(client, '/practice?/start', {
			...practice,
			bank: 'astrology'
		});
		expect(unknownBank.status()).toBe(400);
		const page = await rendered(browser, unknownBank);
		await expect(page.getByRole('group', { name: 'Banks' })).toHaveAccessibleDescription(
			'Choose banks from the list.'
		);
		await page.context().close();
		expect(sessionsOf(learner.email)).toBe(0);
		await client.dispose();
	});

	test('a link with bad parameters shows the builder with its errors and starts nothing', async ({
		page
	}) => {
		const learner = await createAccount({});
		await logIn(page, learner.email);
		await page.goto('/practice?bank=surgery&count=1e9&mode=timed&secondsPerItem=0');
		await expect(page.getByRole('heading', { name: 'Practise' })).toBeVisible();
		await expect(page.getByLabel('How many questions')).toHaveAccessibleDescription(
			'Choose 1 to 100 questions.'
		);
		await expect(page.getByLabel('How many questions')).toHaveValue('1e9');
		await expect(page.getByLabel('Seconds per question (timed tests)')).toHaveAccessibleDescription(
			'Allow 5 to 600 seconds a question.'
		);
		await expect(page.getByRole('checkbox', { name: /Surgical factors/ })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: /Ablation types/ })).not.toBeChecked();
		expect(sessionsOf(learner.email)).toBe(0);

		// Nothing the link chose is lost: correcting the two fields starts that timed test.
		await page.getByLabel('How many questions').fill('2');
		await page.getByLabel('Seconds per question (timed tests)').fill('60');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(
			page.getByRole('main').getByText('Question 1 of 2', { exact: true })
		).toBeVisible();
		expect(
			queryTestDb<{ mode: string; seconds_per_item: number }>(
				'select mode, seconds_per_item from quiz_sessions where user_id = ?',
				userId(learner.email)
			)
		).toEqual([{ mode: 'timed', seconds_per_item: 60 }]);
	});

	test('with JavaScript, an error appears next to the field and the form keeps its values', async ({
		page
	}) => {
		const learner = await createAccount({});
		await logIn(page, learner.email);
		await page.goto('/practice');
		// The browser's own range check would stop the post; the server must refuse it too.
		await page.locator('form[action="?/start"]').evaluate((f) => f.setAttribute('novalidate', ''));
		await page.getByRole('radio', { name: /Questions I flagged/ }).check();
		await page.getByLabel('How many questions').fill('0');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByLabel('How many questions')).toHaveAccessibleDescription(
			'Choose 1 to 100 questions.'
		);
		await expect(page.getByLabel('How many questions')).toHaveValue('0');
		await expect(page.getByRole('radio', { name: /Questions I flagged/ })).toBeChecked();
		expect(new URL(page.url()).pathname).toBe('/practice');
		expect(sessionsOf(learner.email)).toBe(0);
	});
});

test('assigning a module refuses impossible dates and sizes next to the field, and creates nothing', async ({
	baseURL,
	browser
}) => {
	const educator = await createAccount({ role: 'educator' });
	const { client, cohortId } = await createCohort(baseURL!, educator.email, 'Validation ward');
	const path = `/educator/cohorts/${cohortId}/modules/new`;
	const valid = {
		title: 'Yearly update',
		bank: 'surgery',
		itemCount: '5',
		secondsPerItem: '60',
		passMark: '80',
		dueAt: '2027-03-31',
		attemptsAllowed: '',
		renewalDays: ''
	};
	const dateMessage = 'Set a due date: a real day, month and year.';
	const cases: [Record<string, string>, string, string][] = [
		[{ dueAt: '2025-02-30' }, 'Due date', dateMessage],
		[{ dueAt: '0000-01-01' }, 'Due date', dateMessage],
		[{ itemCount: '1e9' }, 'Questions', 'Choose 1 to 100 questions.'],
		[{ itemCount: '0' }, 'Questions', 'Choose 1 to 100 questions.'],
		[{ secondsPerItem: '1e9' }, 'Seconds per question', 'Allow 5 to 600 seconds a question.']
	];
	for (const [changes, label, message] of cases) {
		const response = await postForm(client, path, { ...valid, ...changes });
		expect(response.status(), JSON.stringify(changes)).toBe(400);
		const page = await rendered(browser, response);
		await expect(page.getByLabel(label, { exact: true })).toHaveAccessibleDescription(message);
		await expect(page.getByLabel('Title')).toHaveValue('Yearly update');
		await expect(page.getByRole('checkbox', { name: /Surgical factors/ })).toBeChecked();
		await page.context().close();
	}
	const modules = () =>
		queryTestDb('select id from training_modules where cohort_id = ?', cohortId).length;
	expect(modules()).toBe(0);

	const leapDay = await postForm(client, path, { ...valid, dueAt: '2028-02-29' });
	expect(leapDay.status()).toBe(303);
	expect(modules()).toBe(1);
	await client.dispose();
});

test('an unknown role is refused next to the role, and the account keeps the role it had', async ({
	baseURL,
	browser
}) => {
	const admin = await createAccount({ role: 'admin' });
	const educator = await createAccount({ role: 'educator', name: 'Role Target' });
	const client = await apiClient(baseURL!, admin.email);
	// Posted from a search for the account, as the page's own form does among hundreds of users.
	const response = await postForm(
		client,
		`/admin/users?q=${encodeURIComponent(educator.email)}&/setRole`,
		{ userId: userId(educator.email), role: 'superuser' }
	);
	expect(response.status()).toBe(400);
	const page = await rendered(browser, response);
	await expect(page.getByLabel('Role of Role Target')).toHaveAccessibleDescription(
		'Choose learner, educator or administrator.'
	);
	await page.context().close();
	expect(
		queryTestDb<{ role: string }>('select role from users where email = ?', educator.email)
	).toEqual([{ role: 'educator' }]);
	await client.dispose();
});

test('an empty or unreadable join is refused with a message, never a server error', async ({
	baseURL,
	browser
}) => {
	const learner = await createAccount({});
	const client = await apiClient(baseURL!, learner.email);
	for (const contentType of ['multipart/form-data; boundary=nothing', 'text/plain']) {
		const response = await client.post('/join', {
			headers: { 'content-type': contentType, accept: 'text/html' },
			data: '',
			maxRedirects: 0
		});
		expect(response.status(), contentType).toBe(400);
	}
	const empty = await postForm(client, '/join', {});
	expect(empty.status()).toBe(400);
	const page = await rendered(browser, empty);
	await expect(page.getByLabel('Join code')).toHaveAccessibleDescription(
		'Enter the join code your educator gave you.'
	);
	await page.context().close();
	expect(
		queryTestDb('select * from cohort_members where user_id = ?', userId(learner.email))
	).toHaveLength(0);
	await client.dispose();
});

test('cohort names refuse control and text-direction characters, and are stored normalised', async ({
	baseURL,
	browser
}) => {
	const educator = await createAccount({ role: 'educator' });
	const client = await apiClient(baseURL!, educator.email);
	const owned = () =>
		queryTestDb<{ name: string }>(
			'select name from cohorts where owner_id = ?',
			userId(educator.email)
		);
	for (const name of ['Ward\u0000 7', 'Ward\u0007 7', 'Ward \u202e7 draW']) {
		const response = await postForm(client, '/educator?/create', { name, description: '' });
		expect(response.status(), JSON.stringify(name)).toBe(400);
		const page = await rendered(browser, response);
		await expect(page.getByLabel('Name')).toHaveAccessibleDescription(
			'Remove the control or text-direction characters.'
		);
		await page.context().close();
	}
	expect(owned()).toEqual([]);

	const created = await postForm(client, '/educator?/create', {
		name: '  Zoe\u0301 ward  ',
		description: ''
	});
	expect(created.status()).toBe(303);
	expect(owned()).toEqual([{ name: 'Zo\u00e9 ward' }]);
	await client.dispose();
});

test('inviting a co-educator tells the owner nothing about the email until the educator accepts', async ({
	baseURL,
	page
}) => {
	const owner = await createAccount({ role: 'educator' });
	const educator = await createAccount({ role: 'educator', name: 'Invited Educator' });
	const learner = await createAccount({});
	const { client, cohortId } = await createCohort(baseURL!, owner.email, 'Shared ward');
	const path = `/educator/cohorts/${cohortId}/manage?/invite`;

	const answers: string[] = [];
	for (const email of [educator.email, learner.email, 'nobody.here@example.org']) {
		const response = await postAction(client, path, { email }, baseURL!);
		expect(response.status()).toBe(200);
		answers.push((await response.text()).replaceAll(email, 'EMAIL'));
	}
	expect(new Set(answers).size).toBe(1);
	expect(queryTestDb('select * from cohort_educators where cohort_id = ?', cohortId)).toHaveLength(
		0
	);

	const malformed = await postForm(client, path, {
		email: 'not an email'
	});
	expect(malformed.status()).toBe(400);
	await client.dispose();

	await logIn(page, educator.email);
	await page.goto('/educator');
	const invitations = page.getByRole('region', { name: 'Invitations to co-run a cohort' });
	await expect(invitations).toContainText('Shared ward');
	await invitations.getByRole('button', { name: 'Accept invitation to Shared ward' }).click();
	await expect(page.getByRole('status')).toHaveText('You now co-run Shared ward.');
	await expect(page.getByRole('link', { name: 'Shared ward' })).toBeVisible();
	expect(
		queryTestDb<{ user_id: string }>(
			'select user_id from cohort_educators where cohort_id = ?',
			cohortId
		)
	).toEqual([{ user_id: userId(educator.email) }]);
});

test('a report is resolved only with a note, and the refusal sits next to the note', async ({
	baseURL,
	browser
}) => {
	const educator = await createAccount({ role: 'educator' });
	const reporter = await createAccount({});
	const [{ versionId }] = queryTestDb<{ versionId: number }>(
		`select current_version_id as "versionId" from items where id = 'ablation-mwa-vs-rfa'`
	);
	runOnTestDb(
		`insert into item_reports (user_id, item_id, item_version_id, message, created_at)
		 values (?, 'ablation-mwa-vs-rfa', ?, 'The key looks wrong.', ?)`,
		userId(reporter.email),
		versionId,
		Date.now()
	);
	const [{ id: reportId }] = queryTestDb<{ id: number }>(
		'select id from item_reports where user_id = ?',
		userId(reporter.email)
	);
	const client = await apiClient(baseURL!, educator.email);
	for (const path of ['/educator/reports?/resolve', '/items/ablation-mwa-vs-rfa?/resolve']) {
		const response = await postForm(client, path, {
			reportId: String(reportId),
			resolution: '   '
		});
		expect(response.status(), path).toBe(400);
		const page = await rendered(browser, response);
		await expect(page.locator(`#resolution-${reportId}`)).toHaveAccessibleDescription(
			'Say what was done about the report.'
		);
		await page.context().close();
	}
	const status = () =>
		queryTestDb<{ status: string }>('select status from item_reports where id = ?', reportId)[0]
			.status;
	expect(status()).toBe('open');

	const resolved = await postForm(client, '/educator/reports?/resolve', {
		reportId: String(reportId),
		resolution: 'Key checked against the source.'
	});
	expect(resolved.status()).toBe(200);
	expect(status()).toBe('resolved');
	await client.dispose();
});
