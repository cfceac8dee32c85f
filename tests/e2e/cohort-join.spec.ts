import { test, expect } from '../helpers/test';
import { createAccount, logIn, PASSWORD, uniqueEmail } from '../helpers/accounts';
import { apiClient, postForm } from '../helpers/api';
import { queryTestDb } from '../helpers/db';

/** A cohort made by a new educator through the app, with its join code. */
async function cohortWithCode(baseURL: string, name: string) {
	const educator = await createAccount({ role: 'educator' });
	const owner = await apiClient(baseURL, educator.email);
	const created = await postForm(owner, '/educator?/create', { name, description: '' });
	expect(created.status()).toBe(303);
	await owner.dispose();
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
		'select join_code from cohorts where id = ?',
		cohortId
	);
	return { cohortId, code };
}

const memberships = (email: string) =>
	queryTestDb<{ cohort_id: string }>(
		'select m.cohort_id from cohort_members m join users u on u.id = m.user_id where u.email = ?',
		email
	).map((m) => m.cohort_id);

for (const javaScriptEnabled of [true, false]) {
	const js = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

	test.describe(js, () => {
		test.use({ javaScriptEnabled });

		test(`a learner in no cohort joins one from the home page, ${js}`, async ({
			page,
			baseURL
		}) => {
			const { cohortId, code } = await cohortWithCode(baseURL!, 'Ward 9 home joiners');
			const learner = await createAccount({ name: 'Home Joiner', profession: 'nurse' });
			await logIn(page, learner.email);
			const prompt = page.getByRole('region', { name: 'Join your cohort' });
			await expect(prompt).toBeVisible();
			await prompt.getByLabel('Join code').fill(code.toLowerCase().replace(/(....)/, '$1-'));
			await prompt.getByRole('button', { name: 'Join' }).click();
			await expect(page.getByText('You have joined Ward 9 home joiners.')).toBeVisible();
			expect(memberships(learner.email)).toEqual([cohortId]);
			await page.goto('/');
			await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
			await expect(page.getByRole('region', { name: 'Join your cohort' })).toHaveCount(0);
		});

		test(`a join link opened signed out leads through registration into the cohort, ${js}`, async ({
			page,
			baseURL
		}) => {
			const { cohortId, code } = await cohortWithCode(baseURL!, 'Ward 9 newcomers');
			await page.goto(`/join/${code}`);
			await expect(page).toHaveURL(/\/login\?redirectTo=/);
			await expect(page.getByText(`Log in to join the cohort with code ${code}`)).toBeVisible();
			await page.getByRole('link', { name: 'create an account', exact: true }).click();
			await expect(page.getByLabel('Join code (optional)')).toHaveValue(code);

			const email = uniqueEmail('newcomer');
			await page.getByLabel('Your name').fill('New Comer');
			await page.getByLabel('Email').fill(email);
			await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
			await page.getByLabel('Profession').selectOption('nurse');
			await page.getByRole('button', { name: 'Create account' }).click();
			await expect(page).toHaveURL(/\/modules\?joined=/);
			await expect(page.getByText('You have joined Ward 9 newcomers.')).toBeVisible();
			expect(memberships(email)).toEqual([cohortId]);
		});

		test(`a join link opened signed out leads through logging in into the cohort, ${js}`, async ({
			page,
			baseURL
		}) => {
			const { cohortId, code } = await cohortWithCode(baseURL!, 'Ward 9 returners');
			const learner = await createAccount({ name: 'Returning Learner' });
			await page.goto(`/join/${code}`);
			await page.getByLabel('Email').fill(learner.email);
			await page.getByLabel('Password').fill(PASSWORD);
			await page.getByRole('button', { name: 'Log in' }).click();
			await expect(page).toHaveURL(/\/modules\?joined=/);
			await expect(page.getByText('You have joined Ward 9 returners.')).toBeVisible();
			expect(memberships(learner.email)).toEqual([cohortId]);
		});

		test(`registering with a code no cohort has keeps the form and creates no account, ${js}`, async ({
			page,
			expectErrorResponse
		}) => {
			// Without JavaScript the refused form comes back as the page, with its 400 status.
			if (!javaScriptEnabled) expectErrorResponse('/register', 400);
			const email = uniqueEmail('wrongcode');
			await page.goto('/register?join=ZZZZ9999');
			await page.getByLabel('Your name').fill('Wrong Code');
			await page.getByLabel('Email').fill(email);
			await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
			await page.getByRole('button', { name: 'Create account' }).click();
			const field = page.getByLabel('Join code (optional)');
			await expect(field).toHaveAccessibleDescription(
				/No cohort has this code\. Check it with your educator\./
			);
			await expect(field).toHaveValue('ZZZZ9999');
			await expect(page.getByLabel('Your name')).toHaveValue('Wrong Code');
			await expect(page.getByLabel('Email')).toHaveValue(email);
			expect(queryTestDb('select id from users where email = ?', email)).toEqual([]);
		});
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a newcomer registers with a join code and lands in the cohort', async ({
		page,
		baseURL
	}) => {
		const { cohortId, code } = await cohortWithCode(baseURL!, 'Ward 9 on the move');
		const email = uniqueEmail('phone');
		await page.goto('/register');
		await page.getByLabel('Your name').fill('Phone Joiner');
		await page.getByLabel('Email').fill(email);
		await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
		await page.getByLabel('Join code (optional)').fill(code);
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page.getByText('You have joined Ward 9 on the move.')).toBeVisible();
		expect(memberships(email)).toEqual([cohortId]);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
	});
});
