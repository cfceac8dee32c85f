import { describe, expect, it } from 'vitest';
import { testDb } from '../testing/db';
import { authenticate } from './login';
import { ACCOUNT_RULE, ADDRESS_RULE, Throttle } from './rate-limit';
import { createUser } from './user';

async function setup() {
	const db = testDb();
	await createUser(db, {
		email: 'doctor@example.org',
		password: 'a long enough passphrase',
		displayName: 'Dr Example',
		profession: 'doctor'
	});
	const throttles = { account: new Throttle(ACCOUNT_RULE), address: new Throttle(ADDRESS_RULE) };
	return { db, throttles };
}

describe('logging in', () => {
	it('accepts the right password, case-insensitively on the email', async () => {
		const { db, throttles } = await setup();
		const result = await authenticate(
			db,
			' Doctor@Example.org ',
			'a long enough passphrase',
			'1.1.1.1',
			throttles
		);
		expect(result.ok).toBe(true);
	});

	it('answers an unknown account exactly as a wrong password', async () => {
		const { db, throttles } = await setup();
		const wrong = await authenticate(
			db,
			'doctor@example.org',
			'not the password',
			'1.1.1.1',
			throttles
		);
		const unknown = await authenticate(
			db,
			'nobody@example.org',
			'not the password',
			'1.1.1.1',
			throttles
		);
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
	});

	it('spends comparable time on an unknown account and a wrong password', async () => {
		const { db, throttles } = await setup();
		const time = async (email: string) => {
			const start = performance.now();
			await authenticate(db, email, 'not the password', '2.2.2.2', throttles);
			return performance.now() - start;
		};
		await time('warm@example.org');
		const unknown = await time('nobody@example.org');
		const known = await time('doctor@example.org');
		// Both run one argon2id verification; without the dummy hash the unknown case would take ~0 ms.
		expect(unknown).toBeGreaterThan(known / 4);
	});

	it('throttles an account after repeated failures, even with the right password', async () => {
		const { db, throttles } = await setup();
		for (let i = 0; i < ACCOUNT_RULE.freeFailures; i++) {
			await authenticate(db, 'doctor@example.org', 'wrong guess', `10.0.0.${i}`, throttles);
		}
		const result = await authenticate(
			db,
			'doctor@example.org',
			'a long enough passphrase',
			'3.3.3.3',
			throttles
		);
		expect(result.ok).toBe(false);
		expect(result.ok === false && result.reason).toBe('throttled');
	});

	it('throttles an address that tries many accounts', async () => {
		const { db, throttles } = await setup();
		for (let i = 0; i < ADDRESS_RULE.freeFailures; i++) {
			await authenticate(db, `person${i}@example.org`, 'wrong guess', '4.4.4.4', throttles);
		}
		const result = await authenticate(
			db,
			'doctor@example.org',
			'a long enough passphrase',
			'4.4.4.4',
			throttles
		);
		expect(result.ok === false && result.reason).toBe('throttled');
		const elsewhere = await authenticate(
			db,
			'doctor@example.org',
			'a long enough passphrase',
			'5.5.5.5',
			throttles
		);
		expect(elsewhere.ok).toBe(true);
	});

	it('throttles unknown accounts the same way, so throttling reveals nothing', async () => {
		const { db, throttles } = await setup();
		for (let i = 0; i < ACCOUNT_RULE.freeFailures; i++) {
			await authenticate(db, 'nobody@example.org', 'wrong guess', `10.0.1.${i}`, throttles);
		}
		const result = await authenticate(
			db,
			'nobody@example.org',
			'wrong guess',
			'6.6.6.6',
			throttles
		);
		expect(result.ok === false && result.reason).toBe('throttled');
	});
});
