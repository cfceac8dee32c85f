import { describe, expect, it } from 'vitest';
import { testDb } from '../testing/db';
import { REGISTRATION_RULE } from './rate-limit';
import { registerAccount } from './register';

const account = (n: number | string) => ({
	email: `nurse${n}@example.org`,
	password: 'a long enough passphrase',
	displayName: `Nurse ${n}`,
	profession: 'nurse'
});

const NOW = Date.parse('2026-06-01T09:00:00Z');

describe('registration', () => {
	it('creates a learner, whatever role the caller passes along', async () => {
		const db = testDb();
		const result = await registerAccount(
			db,
			{ ...account(1), role: 'admin' } as ReturnType<typeof account>,
			'1.1.1.1',
			NOW
		);
		expect(result.ok && result.user.role).toBe('learner');
	});

	it('slows a flood from one address: thirty at once create no more than the free ten', async () => {
		const db = testDb();
		const results = await Promise.all(
			Array.from({ length: 30 }, (_, i) => registerAccount(db, account(i), '2.2.2.2', NOW))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(REGISTRATION_RULE.freeAttempts);
		expect(results.filter((r) => !r.ok && 'retryAfterMs' in r)).toHaveLength(
			30 - REGISTRATION_RULE.freeAttempts
		);
		const other = await registerAccount(db, account('elsewhere'), '3.3.3.3', NOW);
		expect(other.ok).toBe(true);
	});

	it('counts attempts on existing emails too, so they cannot be tested quickly', async () => {
		const db = testDb();
		await registerAccount(db, account('taken'), '4.4.4.4', NOW);
		const probes = [];
		for (let i = 0; i < 12; i++)
			probes.push(await registerAccount(db, account('taken'), '5.5.5.5', NOW));
		expect(probes.filter((p) => !p.ok && 'errors' in p)).toHaveLength(
			REGISTRATION_RULE.freeAttempts
		);
		expect(probes.at(-1)).toEqual({ ok: false, retryAfterMs: expect.any(Number) });
	});

	it('lets the address register again once its wait has passed', async () => {
		const db = testDb();
		for (let i = 0; i < REGISTRATION_RULE.freeAttempts; i++)
			await registerAccount(db, account(i), '6.6.6.6', NOW);
		const refused = await registerAccount(db, account('next'), '6.6.6.6', NOW);
		expect(refused).toEqual({ ok: false, retryAfterMs: REGISTRATION_RULE.baseDelayMs });
		const later = await registerAccount(
			db,
			account('next'),
			'6.6.6.6',
			NOW + REGISTRATION_RULE.baseDelayMs
		);
		expect(later.ok).toBe(true);
	});
});
