import { describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import { authenticate } from './login';
import { LOGIN_ACCOUNT_RULE, LOGIN_PAIR_RULE } from './rate-limit';
import { createUser } from './user';

const EMAIL = 'doctor@example.org';
const PASSWORD = 'a long enough passphrase';
const START = Date.parse('2026-06-01T09:00:00Z');

async function setup() {
	const db = await testDatabase();
	await createUser(db, {
		email: EMAIL,
		password: PASSWORD,
		displayName: 'Dr Example',
		profession: 'doctor'
	});
	return db;
}

const outcome = (result: Awaited<ReturnType<typeof authenticate>>) =>
	result.ok ? 'ok' : result.reason;

describe('logging in', () => {
	it('accepts the right password, case-insensitively on the email', async () => {
		const db = await setup();
		const result = await authenticate(db, ' Doctor@Example.org ', PASSWORD, '1.1.1.1');
		expect(result.ok).toBe(true);
	});

	it('answers an unknown account exactly as a wrong password', async () => {
		const db = await setup();
		const wrong = await authenticate(db, EMAIL, 'not the password', '1.1.1.1');
		const unknown = await authenticate(db, 'nobody@example.org', 'not the password', '1.1.1.1');
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
	});

	it('spends comparable time on an unknown account and a wrong password', async () => {
		const db = await setup();
		const time = async (email: string) => {
			const start = performance.now();
			await authenticate(db, email, 'not the password', '2.2.2.2');
			return performance.now() - start;
		};
		await time('warm@example.org');
		const unknown = await time('nobody@example.org');
		const known = await time(EMAIL);
		// Both run one argon2id verification; without the dummy hash the unknown case would take ~0 ms.
		expect(unknown).toBeGreaterThan(known / 4);
	});
});

describe('login throttling', () => {
	it('checks no more than the free guesses of fifty sent at once, and refuses the right password after them', async () => {
		const db = await setup();
		const guesses = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				authenticate(db, EMAIL, `wrong guess ${i}`, '6.6.6.6', START)
			)
		);
		const checked = guesses.filter((g) => outcome(g) === 'invalid');
		expect(checked).toHaveLength(LOGIN_PAIR_RULE.freeAttempts);
		expect(guesses.filter((g) => outcome(g) === 'throttled')).toHaveLength(
			50 - LOGIN_PAIR_RULE.freeAttempts
		);
		expect(outcome(await authenticate(db, EMAIL, PASSWORD, '6.6.6.6', START + 10))).toBe(
			'throttled'
		);
	});

	it('makes a guessing address wait longer after each further failure, up to 15 minutes', async () => {
		const db = await setup();
		let now = START;
		const waits: number[] = [];
		for (let i = 0; i < 16; i++) {
			let result = await authenticate(db, EMAIL, 'wrong guess', '7.7.7.7', now);
			const wait = result.ok || result.reason !== 'throttled' ? 0 : result.retryAfterMs;
			waits.push(wait);
			now += wait;
			if (wait) result = await authenticate(db, EMAIL, 'wrong guess', '7.7.7.7', now);
			expect(outcome(result)).toBe('invalid');
		}
		expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
		expect(waits.slice(5, 12)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 64_000]);
		expect(waits.at(-1)).toBe(LOGIN_PAIR_RULE.maxDelayMs);
	});

	it('does not slow anyone else behind the same address', async () => {
		const db = await setup();
		await createUser(db, {
			email: 'colleague@example.org',
			password: PASSWORD,
			displayName: 'Colleague',
			profession: 'nurse'
		});
		for (let i = 0; i < 30; i++)
			await authenticate(db, EMAIL, `wrong guess ${i}`, '8.8.8.8', START + i * 60_000);
		const colleague = await authenticate(
			db,
			'colleague@example.org',
			PASSWORD,
			'8.8.8.8',
			START + 30 * 60_000
		);
		expect(colleague.ok).toBe(true);
	});

	it('lets the owner in from a new address within the ceiling while the account is attacked from many', async () => {
		const db = await setup();
		let now = START;
		const attackers = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'];
		for (let round = 0; round < LOGIN_PAIR_RULE.freeAttempts; round++) {
			now += LOGIN_ACCOUNT_RULE.maxDelayMs + 1000;
			for (const address of attackers)
				expect(outcome(await authenticate(db, EMAIL, 'wrong guess', address, now))).toBe('invalid');
		}

		const first = await authenticate(db, EMAIL, PASSWORD, '192.0.2.50', now);
		expect(first.ok === false && first.reason).toBe('throttled');
		const wait = first.ok === false && first.reason === 'throttled' ? first.retryAfterMs : 0;
		expect(wait).toBe(LOGIN_ACCOUNT_RULE.maxDelayMs);

		// The attack goes on, from its old addresses and new ones; the owner's turn still comes.
		for (let step = 1; step <= 3; step++) {
			now += wait / 3;
			for (const address of [...attackers, `10.0.${step}.1`, `10.0.${step}.2`])
				await authenticate(db, EMAIL, 'wrong guess', address, now);
			if (step < 3) {
				const early = await authenticate(db, EMAIL, PASSWORD, '192.0.2.50', now);
				expect(outcome(early)).toBe('throttled');
			}
		}
		expect(outcome(await authenticate(db, EMAIL, PASSWORD, '192.0.2.50', now))).toBe('ok');
	});

	it('lets an address that logged in before straight back in while the account is attacked', async () => {
		const db = await setup();
		const now = START;
		expect(outcome(await authenticate(db, EMAIL, PASSWORD, '192.0.2.60', now))).toBe('ok');
		for (let a = 0; a < 3; a++)
			for (let i = 0; i < LOGIN_PAIR_RULE.freeAttempts; i++)
				await authenticate(db, EMAIL, 'wrong guess', `10.1.0.${a}`, now + 60_000);
		const later = now + 5 * 60_000;
		expect(outcome(await authenticate(db, EMAIL, PASSWORD, '203.0.113.1', later))).toBe(
			'throttled'
		);
		expect(outcome(await authenticate(db, EMAIL, PASSWORD, '192.0.2.60', later))).toBe('ok');
	});

	it('does not count a successful login as a failure on the account', async () => {
		const db = await setup();
		const failures = LOGIN_ACCOUNT_RULE.freeAttempts - 1;
		for (let i = 0; i < failures; i++)
			await authenticate(db, EMAIL, 'wrong guess', `10.2.0.${i}`, START);
		expect(outcome(await authenticate(db, EMAIL, PASSWORD, '192.0.2.70', START))).toBe('ok');
		expect(outcome(await authenticate(db, EMAIL, PASSWORD, '192.0.2.71', START))).toBe('ok');
	});

	it('throttles unknown accounts the same way, so throttling reveals nothing', async () => {
		const db = await setup();
		const sequence = async (email: string) => {
			const outcomes: string[] = [];
			for (let i = 0; i < 8; i++)
				outcomes.push(outcome(await authenticate(db, email, 'wrong guess', '9.9.9.9', START)));
			return outcomes;
		};
		expect(await sequence('nobody@example.org')).toEqual(await sequence(EMAIL));
	});
});
