import { test, expect } from '../helpers/test';
import { createAccount, PASSWORD, uniqueEmail } from '../helpers/accounts';
import { freshAddress, requestFrom, sessionCookie } from '../helpers/from-address';
import { admissibleWithin, burst, expectRefusedAfterBurst } from '../helpers/throttle';
import {
	LOGIN_ACCOUNT_RULE,
	LOGIN_PAIR_RULE,
	PASSWORD_CHECK_RULE,
	REGISTRATION_RULE,
	SETUP_RULE
} from '../../src/lib/server/auth/rate-limit';

test('fifty parallel wrong guesses are not all checked, and the right password after them is refused', async ({
	baseURL
}) => {
	const { email } = await createAccount({});
	const attacker = freshAddress();
	const { counts, startedAt, elapsedMs } = await burst(50, (i) =>
		requestFrom(baseURL!, attacker, '/login', { form: { email, password: `wrong guess ${i}` } })
	);
	// 400: the password was checked and was wrong; 429: refused before any check.
	expect((counts[400] ?? 0) + (counts[429] ?? 0)).toBe(50);
	expect(counts[400]).toBeLessThanOrEqual(admissibleWithin(LOGIN_PAIR_RULE, elapsedMs));

	const right = await requestFrom(baseURL!, attacker, '/login', {
		form: { email, password: PASSWORD }
	});
	expectRefusedAfterBurst(right, LOGIN_PAIR_RULE, counts[400], startedAt);
});

test('the owner on a fresh address gets in after a bounded wait while the account is attacked from many addresses', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const { email } = await createAccount({});
	const attackers = Array.from({ length: 4 }, () => freshAddress());
	await Promise.all(
		attackers.flatMap((address) =>
			Array.from({ length: 20 }, (_, i) =>
				requestFrom(baseURL!, address, '/login', { form: { email, password: `guess ${i}` } })
			)
		)
	);

	// The owner's first try is refused; each answer says how long to wait, the attack goes on
	// meanwhile, and the waits together stay within the ceiling (give or take rounding up to
	// whole seconds).
	const owner = freshAddress();
	const waits: number[] = [];
	let response = await requestFrom(baseURL!, owner, '/login', {
		form: { email, password: PASSWORD }
	});
	expect(response.status).toBe(429);
	while (response.status === 429 && waits.length < 10) {
		const wait = Number(response.headers['retry-after']);
		expect(wait).toBeGreaterThan(0);
		waits.push(wait);
		const stillGuessing = attackers.map((address) =>
			requestFrom(baseURL!, address, '/login', { form: { email, password: 'another guess' } })
		);
		await new Promise((resolve) => setTimeout(resolve, wait * 1000));
		await Promise.all(stillGuessing);
		response = await requestFrom(baseURL!, owner, '/login', {
			form: { email, password: PASSWORD }
		});
	}
	expect(response.status).toBe(303);
	expect(response.headers['location']).toBe('/');
	const waited = waits.reduce((a, b) => a + b, 0);
	expect(waited).toBeLessThanOrEqual(LOGIN_ACCOUNT_RULE.maxDelayMs / 1000 + waits.length);
});

test('wrong guesses from one address do not slow another account behind the same address', async ({
	baseURL
}) => {
	const victim = await createAccount({});
	const colleague = await createAccount({});
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

test('a flood of registrations from one address is slowed, probes of existing emails included', async ({
	baseURL
}) => {
	const flooder = freshAddress();
	const register = (address: string, email: string) =>
		requestFrom(baseURL!, address, '/register', {
			form: { displayName: 'Flood Nurse', email, password: PASSWORD, profession: 'nurse' }
		});
	const { counts, startedAt, elapsedMs } = await burst(30, () =>
		register(flooder, uniqueEmail('flood'))
	);
	expect((counts[303] ?? 0) + (counts[429] ?? 0)).toBe(30);
	expect(counts[303]).toBeLessThanOrEqual(admissibleWithin(REGISTRATION_RULE, elapsedMs));

	const existing = await createAccount({});
	const probe = await register(flooder, existing.email);
	expectRefusedAfterBurst(probe, REGISTRATION_RULE, counts[303], startedAt);
	if (probe.status === 429) expect(probe.body).not.toContain('already exists');

	const neighbour = await register(freshAddress(), uniqueEmail('neighbour'));
	expect(neighbour.status).toBe(303);
});

test('setup attempts are throttled per address', async ({ baseURL }) => {
	const address = freshAddress();
	const { counts, elapsedMs } = await burst(30, (i) =>
		requestFrom(baseURL!, address, '/setup', {
			form: {
				token: `guessed-token-${i}`,
				displayName: 'Intruder',
				email: uniqueEmail('intruder'),
				password: PASSWORD,
				profession: 'other',
				organisationName: 'Intruder Trust',
				timeZone: 'Europe/London'
			}
		})
	);
	expect((counts[404] ?? 0) + (counts[429] ?? 0)).toBe(30);
	expect(counts[404]).toBeLessThanOrEqual(admissibleWithin(SETUP_RULE, elapsedMs));
});

test('the current-password check on the account page is throttled', async ({ baseURL }) => {
	const { email } = await createAccount({});
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
	const { counts, startedAt, elapsedMs } = await burst(30, (i) => change(`guess ${i}`));
	expect((counts[400] ?? 0) + (counts[429] ?? 0)).toBe(30);
	expect(counts[400]).toBeLessThanOrEqual(admissibleWithin(PASSWORD_CHECK_RULE, elapsedMs));
	expectRefusedAfterBurst(await change(PASSWORD), PASSWORD_CHECK_RULE, counts[400], startedAt);
});
