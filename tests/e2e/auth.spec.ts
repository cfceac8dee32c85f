import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect, expectAccessible } from '../helpers/test';
import { createAccount, logIn, PASSWORD, uniqueEmail } from '../helpers/accounts';
import { apiClient, postForm } from '../helpers/api';
import { requestFrom } from '../helpers/from-address';
import { freshDatabase } from '../helpers/db';

test('a visitor registers, logs out and logs back in', async ({ page }) => {
	const email = uniqueEmail('register');
	await page.goto('/register');
	await page.getByLabel('Your name').fill('Dr Reg Istrar');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByLabel('Profession').selectOption('doctor');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome, Dr Reg Istrar' })).toBeVisible();

	await page.getByRole('button', { name: 'Log out' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await expect(page.getByRole('button', { name: 'Log out' })).toHaveCount(0);

	await logIn(page, email);
	await expect(page.getByRole('heading', { name: 'Welcome, Dr Reg Istrar' })).toBeVisible();
});

test('registration explains each problem next to its field and keeps what was typed', async ({
	page
}) => {
	await page.goto('/register');
	await page.getByLabel('Your name').fill('Nurse Example');
	await page.getByLabel('Email').fill(uniqueEmail('weak'));
	await page.getByLabel('Password').fill('password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('one of the most commonly used')).toBeVisible();
	await expect(page.getByLabel('Your name')).toHaveValue('Nurse Example');
	await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
});

test('a wrong password and an unknown account get the same answer', async ({ page }) => {
	const { email } = await createAccount({});
	const messages: string[] = [];
	const statuses: number[] = [];
	for (const [who, password] of [
		[email, 'not the right password'],
		[uniqueEmail('nobody'), 'not the right password']
	]) {
		await page.goto('/login');
		await page.getByLabel('Email').fill(who);
		await page.getByLabel('Password').fill(password);
		const responsePromise = page.waitForResponse(
			(r) => r.url().includes('/login') && r.request().method() === 'POST'
		);
		await page.getByRole('button', { name: 'Log in' }).click();
		statuses.push((await responsePromise).status());
		messages.push((await page.getByRole('alert').textContent()) ?? '');
	}
	expect(messages[0]).toBe(messages[1]);
	expect(statuses[0]).toBe(statuses[1]);
	await expectAccessible(page);
});

test('a protected page sends a visitor to log in and back again', async ({ page }) => {
	const { email } = await createAccount({ name: 'Returning Nurse', profession: 'nurse' });
	await page.goto('/account');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount$/);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
});

test('a learner opening an administrator page is refused with 403', async ({
	page,
	expectErrorResponse
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	expectErrorResponse('/admin/users', 403);
	const response = await page.goto('/admin/users');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('the session cookie is HttpOnly, SameSite=Lax and Secure on the production build', async ({
	page,
	context
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const cookie = (await context.cookies()).find((c) => c.name === 'session');
	expect(cookie).toBeDefined();
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	expect(cookie?.secure).toBe(true);
	expect(await page.evaluate(() => document.cookie)).not.toContain('session=');
});

test('a cross-origin form POST is rejected', async ({ request }) => {
	const response = await request.post('/login', {
		headers: {
			origin: 'https://evil.example',
			'content-type': 'application/x-www-form-urlencoded'
		},
		data: 'email=a%40b.org&password=whatever'
	});
	expect(response.status()).toBe(403);
});

test('security headers are sent with every page', async ({ request }) => {
	const response = await request.get('/login');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

const OFF_SITE_RETURNS = [
	'/\t/evil.example/phish',
	'/\n/evil.example/phish',
	'/\r/evil.example/phish',
	'//evil.example/phish',
	'/\\evil.example/phish',
	'https://evil.example/phish',
	'/.//evil.example/phish',
	'\t//evil.example/phish',
	'javascript:alert(1)'
];

test('after logging in only a same-origin path is followed; anything else goes home', async ({
	baseURL
}) => {
	const { email } = await createAccount({});
	const client = await apiClient(baseURL!);
	const returnTo = async (redirectTo: string) => {
		const response = await postForm(client, '/login', { email, password: PASSWORD, redirectTo });
		return `${response.status()} ${response.headers()['location']}`;
	};
	for (const redirectTo of OFF_SITE_RETURNS) expect(await returnTo(redirectTo)).toBe('303 /');
	expect(await returnTo('/progress?tab=weekly')).toBe('303 /progress?tab=weekly');
	expect(await returnTo('/account#study')).toBe('303 /account#study');

	// A signed-in visitor opening the login page is sent on at once, by the same rule.
	for (const redirectTo of OFF_SITE_RETURNS) {
		const response = await client.get(`/login?redirectTo=${encodeURIComponent(redirectTo)}`, {
			maxRedirects: 0
		});
		expect(`${response.status()} ${response.headers()['location']}`).toBe('303 /');
	}
	await client.dispose();
});

function startServer(env: Record<string, string>): Promise<ChildProcess> {
	const database = freshDatabase('liver-quiz-https-origin');
	const server = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, ...database.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.once('exit', () => database.drop());
	let errors = '';
	server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	return new Promise((resolve, reject) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Listening on')) resolve(server);
		});
		server.on('exit', (code) => reject(new Error(`server exited early with ${code}: ${errors}`)));
	});
}

test('Strict-Transport-Security is sent only when ORIGIN is https, and HOST picks the address to listen on', async ({
	request
}) => {
	expect((await request.get('/login')).headers()['strict-transport-security']).toBeUndefined();

	const port = Number(process.env.E2E_PORT ?? 4173) + 1000;
	const server = await startServer({
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: `https://localhost:${port}`
	});
	try {
		const response = await requestFrom(`http://127.0.0.1:${port}`, '127.0.0.1', '/login');
		expect(response.status).toBe(200);
		expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
		// Bound to 127.0.0.1 alone: another loopback address finds nothing listening.
		await expect(requestFrom(`http://127.0.0.2:${port}`, '127.0.0.2', '/login')).rejects.toThrow(
			/ECONNREFUSED/
		);
	} finally {
		server.kill();
	}
});

test('changing the password logs out the other browsers but not this one', async ({
	page,
	browser
}) => {
	const { email } = await createAccount({});
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await logIn(otherPage, email);
	await logIn(page, email);

	await page.goto('/account');
	await page.getByLabel('Current password').fill(PASSWORD);
	await page.getByLabel('New password').fill('a brand new passphrase');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('status')).toContainText('logged out everywhere else');

	await otherPage.goto('/account');
	await expect(otherPage).toHaveURL(/\/login/);
	await page.goto('/account');
	await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
	await other.close();
});

test('logging out ends the session on the server, not only in the browser', async ({
	page,
	context,
	browser
}) => {
	const { email } = await createAccount({});
	await logIn(page, email);
	const cookie = (await context.cookies()).find((c) => c.name === 'session')!;
	await page.getByRole('button', { name: 'Log out' }).click();
	await expect(page).toHaveURL(/\/login$/);

	const replay = await browser.newContext();
	await replay.addCookies([cookie]);
	const replayPage = await replay.newPage();
	await replayPage.goto('/account');
	await expect(replayPage).toHaveURL(/\/login/);
	await replay.close();
});

test('the profile can be edited', async ({ page }) => {
	const { email } = await createAccount({ name: 'Old Name' });
	await logIn(page, email);
	await page.goto('/account');
	await page.getByLabel('Display name').fill('New Name');
	await page.getByLabel('Profession').selectOption('nurse');
	await page.getByRole('button', { name: 'Save profile' }).click();
	await expect(page.getByRole('status')).toHaveText('Your profile is saved.');
	await page.reload();
	await expect(page.getByLabel('Display name')).toHaveValue('New Name');
	await expect(page.getByLabel('Profession')).toHaveValue('nurse');
});

test('the account page refuses a name with text-direction characters next to the field, keeping what was typed', async ({
	page
}) => {
	const { email } = await createAccount({ name: 'Plain Name' });
	await logIn(page, email);
	await page.goto('/account');
	await page.getByLabel('Display name').fill('Nurse \u202eelpmaxE');
	await page.getByRole('button', { name: 'Save profile' }).click();
	await expect(page.getByText('Remove the control or text-direction characters.')).toBeVisible();
	await expect(page.getByLabel('Display name')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Display name')).toHaveValue('Nurse \u202eelpmaxE');

	await page.getByLabel('Current password').fill('not my password');
	await page.getByLabel('New password').fill('a brand new passphrase');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('Your current password is not correct.')).toBeVisible();
	await expectAccessible(page);

	await page.reload();
	await expect(page.getByLabel('Display name')).toHaveValue('Plain Name');
});
