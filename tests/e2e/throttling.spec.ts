import { test, expect } from '@playwright/test';
import { createAccount, PASSWORD, uniqueEmail } from '../helpers/accounts';
import {
	freshAddress,
	requestFrom,
	sessionCookie,
	type RawResponse
} from '../helpers/from-address';

import {
	LOGIN_ACCOUNT_RULE,
	LOGIN_PAIR_RULE,
	PASSWORD_CHECK_RULE,
	REGISTRATION_RULE,
	SETUP_RULE
} from '../../src/lib/server/auth/rate-limit';

const statuses = (responses: RawResponse[]) => {
	const counts: Record<number, number> = {};
	for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
	return counts;
};

test('fifty parallel wrong guesses are not all checked, and the right password after them is refused', async ({
	baseURL
}) => {
	const { email } = createAccount({});
	const attacker = freshAddress();
	const guesses = await Promise.all(
		Array.from({ length: 50 }, (_, i) =>
			requestFrom(baseURL!, attacker, '/login', {
				form: { email, password: `wrong guess ${i}` }
			})
		)
	);
	const counts = statuses(guesses);
	// 400: the password was checked and was wrong; 429: refused before any check.
	expect((counts[400] ?? 0) + (counts[429] ?? 0)).toBe(50);
	expect(counts[400]).toBeLessThanOrEqual(LOGIN_PAIR_RULE.freeAttempts);

	const right = await requestFrom(baseURL!, attacker, '/login', {
		form: { email, password: PASSWORD }
	});
	expect(right.status).toBe(429);
	expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
});

test('the owner on a fresh address gets in after a bounded wait while the account is attacked from many addresses', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const { email } = createAccount({});
	const attackers = Array.from({ length: 4 }, () => freshAddress());
	await Promise.all(
		attackers.flatMap((address) =>
			Array.from({ length: 20 }, (_, i) =>
				requestFrom(baseURL!, address, '/login', { form: { email, password: `guess ${i}` } })
			)
		)
	);

	const owner = freshAddress();
	const first = await requestFrom(baseURL!, owner, '/login', {
		form: { email, password: PASSWORD }
	});
	expect(first.status).toBe(429);
	const wait = Number(first.headers['retry-after']);
	expect(wait).toBeGreaterThan(0);
	expect(wait).toBeLessThanOrEqual(LOGIN_ACCOUNT_RULE.maxDelayMs / 1000);

	// The attack goes on while the owner waits; it does not push the owner's turn back.
	const stillGuessing = Promise.all(
		attackers.map((address) =>
			requestFrom(baseURL!, address, '/login', { form: { email, password: 'another guess' } })
		)
	);
	await new Promise((resolve) => setTimeout(resolve, wait * 1000));
	await stillGuessing;
	const second = await requestFrom(baseURL!, owner, '/login', {
		form: { email, password: PASSWORD }
	});
	expect(second.status).toBe(303);
	expect(second.headers['location']).toBe('/');
});

test('wrong guesses from one address do not slow another account behind the same address', async ({
	baseURL
}) => {
	const victim = createAccount({});
	const colleague = createAccount({});
	const sharedAddress = freshAddress();
	await Promise.all(
		Array.from({ length: 30 }, (_, i) =>
			requestFrom(baseURL!, sharedAddress, '/login', {
				form: { email: victim.email, password: `wrong guess ${i}` }
			})
		)
	);
	const response = await requestFrom(baseURL!, sharedAddress, '/login', {
		form: { email: colleague.email, password: PASSWORD }
	});
	expect(response.status).toBe(303);
});

test('a flood of registrations from one address is slowed, and an existing email is no longer told apart', async ({
	baseURL
}) => {
	const flooder = freshAddress();
	const register = (address: string, email: string) =>
		requestFrom(baseURL!, address, '/register', {
			form: { displayName: 'Flood Nurse', email, password: PASSWORD, profession: 'nurse' }
		});
	const flood = await Promise.all(
		Array.from({ length: 30 }, () => register(flooder, uniqueEmail('flood')))
	);
	const counts = statuses(flood);
	expect((counts[303] ?? 0) + (counts[429] ?? 0)).toBe(30);
	expect(counts[303]).toBeLessThanOrEqual(REGISTRATION_RULE.freeAttempts);

	const existing = createAccount({});
	const probe = await register(flooder, existing.email);
	expect(probe.status).toBe(429);
	expect(probe.body).not.toContain('already exists');

	const neighbour = await register(freshAddress(), uniqueEmail('neighbour'));
	expect(neighbour.status).toBe(303);
});

test('setup attempts are throttled per address', async ({ baseURL }) => {
	const address = freshAddress();
	const attempts = await Promise.all(
		Array.from({ length: 30 }, (_, i) =>
			requestFrom(baseURL!, address, '/setup', {
				form: {
					token: `guessed-token-${i}`,
					displayName: 'Intruder',
					email: uniqueEmail('intruder'),
					password: PASSWORD,
					profession: 'other'
				}
			})
		)
	);
	const counts = statuses(attempts);
	expect((counts[404] ?? 0) + (counts[429] ?? 0)).toBe(30);
	expect(counts[404]).toBeLessThanOrEqual(SETUP_RULE.freeAttempts);
});

test('the current-password check on the account page is throttled', async ({ baseURL }) => {
	const { email } = createAccount({});
	const address = freshAddress();
	const login = await requestFrom(baseURL!, address, '/login', {
		form: { email, password: PASSWORD }
	});
	expect(login.status).toBe(303);
	const cookie = sessionCookie(login);
	const change = (currentPassword: string) =>
		requestFrom(baseURL!, address, '/account?/password', {
			cookie,
			form: { currentPassword, newPassword: 'a brand new passphrase' }
		});
	const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) => change(`guess ${i}`)));
	const counts = statuses(guesses);
	expect((counts[400] ?? 0) + (counts[429] ?? 0)).toBe(30);
	expect(counts[400]).toBeLessThanOrEqual(PASSWORD_CHECK_RULE.freeAttempts);
	expect((await change(PASSWORD)).status).toBe(429);
});
