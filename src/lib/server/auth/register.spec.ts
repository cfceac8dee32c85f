import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { newJoinCode } from '$lib/server/cohorts/cohorts';
import type { DB } from '$lib/server/db';
import { cohortMembers, cohorts } from '$lib/server/db/tables';
import { newId } from '$lib/server/ids';
import { testDatabase } from '$lib/server/testing/db';
import { REGISTRATION_RULE } from './rate-limit';
import { registerAccount } from './register';
import { insertAccount } from './user';

/** A cohort taking members, or not, owned by an educator. */
async function cohortOf(db: DB, joiningOpen = true) {
	const owner = await insertAccount(db, {
		email: 'educator@example.org',
		passwordHash: 'none: this account never signs in',
		displayName: 'Educator',
		profession: 'doctor',
		role: 'educator'
	});
	if (!owner.ok) throw new Error('owner not created');
	const [cohort] = await db
		.insert(cohorts)
		.values({
			id: newId(),
			name: 'Ward 7',
			description: '',
			joinCode: newJoinCode(),
			joiningOpen,
			ownerId: owner.user.id,
			createdAt: new Date()
		})
		.returning();
	return cohort;
}

async function isMember(db: DB, cohortId: string, userId: string) {
	const found = await db
		.select()
		.from(cohortMembers)
		.where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)));
	return found.length === 1;
}

const account = (n: number | string) => ({
	email: `nurse${n}@example.org`,
	password: 'a long enough passphrase',
	displayName: `Nurse ${n}`,
	profession: 'nurse'
});

const NOW = Date.parse('2026-06-01T09:00:00Z');

describe('registration', () => {
	it('creates a learner, whatever role the caller passes along', async () => {
		const db = await testDatabase();
		const result = await registerAccount(
			db,
			{ ...account(1), role: 'admin' } as ReturnType<typeof account>,
			'1.1.1.1',
			NOW
		);
		expect(result.ok && result.user.role).toBe('learner');
	});

	it('slows a flood from one address: thirty at once create no more than the free ten', async () => {
		const db = await testDatabase();
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
		const db = await testDatabase();
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
		const db = await testDatabase();
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

	it('joins the cohort of its join code and names it, whatever the code’s case', async () => {
		const db = await testDatabase();
		const cohort = await cohortOf(db);
		const result = await registerAccount(
			db,
			account('joining'),
			'7.7.7.7',
			NOW,
			cohort.joinCode.toLowerCase()
		);
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.joined?.id).toBe(cohort.id);
		expect(await isMember(db, cohort.id, result.user.id)).toBe(true);
		const plain = await registerAccount(db, account('plain'), '7.7.7.7', NOW);
		expect(plain.ok && plain.joined).toBeNull();
	});

	it('refuses a code no cohort takes on its own field, before the account exists or counts', async () => {
		const db = await testDatabase();
		const cohort = await cohortOf(db, false);
		for (const code of ['NOSUCH23', cohort.joinCode])
			for (let i = 0; i < REGISTRATION_RULE.freeAttempts + 2; i++)
				expect(await registerAccount(db, account('late'), '8.8.8.8', NOW, code)).toEqual({
					ok: false,
					errors: { joinCode: expect.any(String) }
				});
		const withoutCode = await registerAccount(db, account('late'), '8.8.8.8', NOW);
		expect(withoutCode.ok).toBe(true);
	});
});
