import { type Browser, type Page } from '@playwright/test';
import { test, expect } from '../helpers/test';
import { createAccount, logIn, PASSWORD, uniqueEmail } from '../helpers/accounts';
import { queryTestDb, runOnTestDb } from '../helpers/db';

const LONG_NAME =
	'Anna-Maria Konstantinopoulou-Vasilakopoulou de la Cruz y Montenegro Fitzgerald-Ødegård';

/** Stored straight in the database: hundreds of accounts, none of which ever logs in. */
function addManyUsers(tag: string, count: number, duplicates: number) {
	runOnTestDb(
		`with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
		 insert into users (id, email, password_hash, display_name, profession, role)
		 select ? || i, ? || i || '@bulk.example', 'never signs in',
		        case when i <= ? then 'Sam Duplicate ' || ? else ? || ' ' || substr('000' || i, length('000' || i) - 2) end,
		        'nurse', 'learner'
		 from n`,
		count,
		`bulk-${tag}-`,
		`bulk.${tag}.`,
		duplicates,
		tag,
		`Bulk ${tag}`
	);
	runOnTestDb(
		`insert into users (id, email, password_hash, display_name, profession, role)
		 values (?, ?, 'never signs in', ?, 'doctor', 'learner')`,
		`bulk-${tag}-long`,
		`bulk.${tag}.long@bulk.example`,
		`${LONG_NAME} ${tag}`
	);
}

async function newPage(browser: Browser, baseURL: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ baseURL, javaScriptEnabled });
	return { context, page: await context.newPage() };
}

async function findUser(page: Page, query: string) {
	await page.goto('/admin/users');
	await page.getByLabel('Search by name or email').fill(query);
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.getByText(/^1 account matching/)).toBeVisible();
}

test('an administrator finds people among hundreds, fifty a page, by name or email', async ({
	page
}) => {
	test.setTimeout(120_000);
	const tag = Date.now().toString(36);
	addManyUsers(tag, 260, 30);
	const admin = await createAccount({ role: 'admin', name: 'Paging Admin' });
	await logIn(page, admin.email);
	await page.getByRole('link', { name: 'Admin', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
	await page.getByRole('link', { name: 'Users', exact: true }).first().click();

	// By keyboard: the search box, typed into, and Enter.
	await page.getByLabel('Search by name or email').focus();
	await page.keyboard.type(`bulk.${tag}`);
	await page.keyboard.press('Enter');
	await expect(page.getByText(`261 accounts matching “bulk.${tag}”; page 1 of 6.`)).toBeVisible();
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(51);
	const seen = new Set<string>();
	const emails = async () =>
		(await page.locator('td[data-label="Email"]').allTextContents()).map((e) => e.trim());
	for (const email of await emails()) seen.add(email);
	for (let p = 2; p <= 6; p++) {
		await page.getByRole('link', { name: 'Next page' }).click();
		await expect(page.getByText(new RegExp(`page ${p} of 6\\.$`))).toBeVisible();
		for (const email of await emails()) seen.add(email);
	}
	await expect(rows).toHaveCount(12);
	await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);
	// Every account once, however many share a name.
	expect(seen.size).toBe(261);

	await page.getByLabel('Search by name or email').fill(`Sam Duplicate ${tag}`);
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.getByText(`30 accounts matching “Sam Duplicate ${tag}”.`)).toBeVisible();
	await expect(page.getByRole('rowheader', { name: `Sam Duplicate ${tag}` })).toHaveCount(30);

	await page.getByLabel('Search by name or email').fill('Montenegro Fitzgerald');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.getByRole('rowheader', { name: `${LONG_NAME} ${tag}` })).toBeVisible();

	// A phone shows each account as a card, the role with it, and nothing runs off the side.
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/admin/users?q=bulk.${tag}.101@`);
	const card = page.getByRole('row', { name: new RegExp(`Bulk ${tag} 101`) });
	await expect(card.getByRole('combobox', { name: `Role of Bulk ${tag} 101` })).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
	const box = (await card.boundingBox())!;
	expect(box.width).toBeLessThanOrEqual(360);

	expect(
		queryTestDb<{ n: number }>(
			'select count(*) as n from users where id like ?',
			`bulk-${tag}-%`
		)[0].n
	).toBe(261);
});

test('deactivating an account ends its live session at once; reactivating lets it back in', async ({
	page,
	browser,
	baseURL
}) => {
	const admin = await createAccount({ role: 'admin' });
	const nurse = await createAccount({ name: `Deactivated Nurse ${Date.now().toString(36)}` });
	const learner = await newPage(browser, baseURL!);
	await logIn(learner.page, nurse.email);
	await learner.page.goto('/progress');

	await logIn(page, admin.email);
	await findUser(page, nurse.email);
	await page.getByRole('button', { name: `Deactivate ${nurse.name}` }).click();
	await expect(page.getByText(`${nurse.name}: Account deactivated`)).toBeVisible();
	await expect(page.getByRole('row', { name: new RegExp(nurse.name) })).toContainText(
		'Deactivated'
	);

	await learner.page.reload();
	await expect(learner.page).toHaveURL(/\/login\?redirectTo=%2Fprogress/);
	await learner.page.getByLabel('Email').fill(nurse.email);
	await learner.page.getByLabel('Password').fill(PASSWORD);
	await learner.page.getByRole('button', { name: 'Log in' }).click();
	await expect(learner.page.getByRole('alert')).toHaveText(
		'This account has been deactivated. Ask an administrator if you need it again.'
	);

	// The administrator cannot lock themselves out.
	await findUser(page, admin.email);
	await expect(page.getByRole('row', { name: /This is you/ })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Deactivate/ })).toHaveCount(0);

	await findUser(page, nurse.email);
	await page.getByRole('button', { name: `Reactivate ${nurse.name}` }).click();
	await expect(page.getByText(`${nurse.name}: Account reactivated.`)).toBeVisible();
	await logIn(learner.page, nurse.email);
	await learner.context.close();
});

test('a reset link, issued without JavaScript, sets a password once and ends the other sessions', async ({
	browser,
	baseURL,
	expectErrorResponse
}) => {
	expectErrorResponse('/reset-password', 400);
	expectErrorResponse('/reset-password', 404);
	const admin = await createAccount({ role: 'admin' });
	const nurse = await createAccount({ name: `Forgetful Nurse ${Date.now().toString(36)}` });
	const old = await newPage(browser, baseURL!);
	await logIn(old.page, nurse.email);

	const { context, page } = await newPage(browser, baseURL!, false);
	await logIn(page, admin.email);
	await findUser(page, nurse.email);
	await page.getByRole('button', { name: `Reset link for ${nurse.name}` }).click();
	await expect(page.getByText(`Password reset link for ${nurse.name}`)).toBeVisible();
	const link = await page.getByLabel('Reset link').inputValue();
	expect(link).toMatch(/\/reset-password\?token=[a-z0-9]+\.[a-z0-9]+$/);
	const [stored] = queryTestDb<{ secret_hash: Buffer }>(
		'select t.secret_hash from password_reset_tokens t join users u on u.id = t.user_id where u.email = ?',
		nurse.email
	);
	expect(link).not.toContain(stored.secret_hash.toString('hex'));
	// Shown once: the list does not show it again.
	await page.goto('/admin/users');
	await expect(page.getByLabel('Reset link')).toHaveCount(0);

	const visitor = await newPage(browser, baseURL!, false);
	await visitor.page.goto(link);
	await expect(visitor.page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
	await visitor.page.getByLabel('New password').fill(nurse.email);
	await visitor.page.getByRole('button', { name: 'Set password' }).click();
	await expect(
		visitor.page.getByText('Your password must not be your email address.')
	).toBeVisible();
	await visitor.page.getByLabel('New password').fill('a completely new passphrase');
	await visitor.page.getByRole('button', { name: 'Set password' }).click();
	await expect(visitor.page).toHaveURL(/\/login\?reset=done$/);
	await expect(visitor.page.getByText('Your new password is set. Log in with it.')).toBeVisible();
	await logIn(visitor.page, nurse.email, 'a completely new passphrase');

	await old.page.goto('/progress');
	await expect(old.page).toHaveURL(/\/login\?redirectTo=/);

	const again = await visitor.page.goto(link);
	expect(again?.status()).toBe(404);
	await expect(visitor.page.getByText(/This password reset link is not valid/)).toBeVisible();
	await Promise.all([old.context.close(), visitor.context.close(), context.close()]);
});

test('settings, saved without JavaScript, restrict registration to a domain, then to join links', async ({
	browser,
	baseURL,
	expectErrorResponse
}) => {
	expectErrorResponse('/admin/settings', 400);
	expectErrorResponse('/register', 400);
	expectErrorResponse('/register', 403);
	test.setTimeout(120_000);
	const admin = await createAccount({ role: 'admin' });
	const educator = await createAccount({ role: 'educator' });
	const { context, page } = await newPage(browser, baseURL!, false);
	await logIn(page, admin.email);
	const before = queryTestDb<Record<string, unknown>>('select * from site_settings')[0];
	const domain = `trust${Date.now().toString(36)}.example`;

	const register = async (p: Page, email: string, path = '/register') => {
		await p.goto(path);
		await p.getByLabel('Your name').fill('New Starter');
		await p.getByLabel('Email').fill(email);
		await p.getByLabel('Password').fill(PASSWORD);
		await p.getByLabel('Profession').selectOption('nurse');
		await p.getByRole('button', { name: 'Create account' }).click();
	};
	const saveSettings = async (fields: { open: boolean; domains: string }) => {
		await page.goto('/admin/settings');
		const open = page.getByRole('checkbox', { name: 'Anyone may create an account' });
		if (fields.open) await open.check();
		else await open.uncheck();
		await page.getByLabel('Allowed email domains').fill(fields.domains);
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
	};

	try {
		// A bad entry is refused beside the field, and what was typed stays.
		await page.goto('/admin/settings');
		await page.getByLabel('Allowed email domains').fill(`${domain}\nnot a domain`);
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByText('“not” is not a domain.', { exact: false })).toBeVisible();
		await expect(page.getByLabel('Allowed email domains')).toHaveValue(`${domain}\nnot a domain`);

		await saveSettings({ open: true, domains: domain.toUpperCase() });
		await expect(page.getByLabel('Allowed email domains')).toHaveValue(domain);

		const guest = await newPage(browser, baseURL!, false);
		await register(guest.page, uniqueEmail('outsider'));
		await expect(
			guest.page.getByText(`Registration is for addresses at ${domain}. Use your work email.`)
		).toBeVisible();
		await register(guest.page, `staff.${Date.now().toString(36)}@ward.${domain}`);
		await expect(guest.page.getByRole('button', { name: 'Log out' })).toBeVisible();
		await guest.context.close();

		await saveSettings({ open: false, domains: domain });
		const teacher = await newPage(browser, baseURL!);
		await logIn(teacher.page, educator.email);
		await teacher.page.goto('/educator');
		await teacher.page.getByLabel('Name').fill('Closed-door cohort');
		await teacher.page.getByRole('button', { name: 'Create cohort' }).click();
		const code = (await teacher.page.locator('.code').textContent())!.trim();
		await teacher.context.close();

		const closed = await newPage(browser, baseURL!, false);
		await register(closed.page, `nurse.${Date.now().toString(36)}@${domain}`);
		await expect(closed.page.getByRole('alert')).toHaveText(
			'Registration is closed. Ask your educator for their cohort’s join link, or an administrator for an account.'
		);
		// The join link leads through login to registration, and the new account joins the cohort.
		await closed.page.goto(`/join/${code}`);
		await closed.page.getByRole('link', { name: 'Create an account', exact: true }).click();
		await expect(closed.page.getByText('You are joining Closed-door cohort')).toBeVisible();
		const joiner = `joiner.${Date.now().toString(36)}@${domain}`;
		await register(
			closed.page,
			joiner,
			new URL(closed.page.url()).pathname + new URL(closed.page.url()).search
		);
		await expect(closed.page).toHaveURL(/\/modules\?joined=/);
		expect(
			queryTestDb(
				'select 1 from cohort_members m join users u on u.id = m.user_id join cohorts c on c.id = m.cohort_id where u.email = ? and c.join_code = ?',
				joiner,
				code
			)
		).toHaveLength(1);
		await closed.context.close();
	} finally {
		runOnTestDb(
			'update site_settings set organisation_name = ?, time_zone = ?, open_registration = ?, allowed_email_domains = ? where id = 1',
			before.organisation_name,
			before.time_zone,
			Boolean(before.open_registration),
			before.allowed_email_domains
		);
		await context.close();
	}
});
