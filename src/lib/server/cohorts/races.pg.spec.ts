import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import { cohortEducators, cohortInvitations, cohortMembers, users } from '$lib/server/db/tables';
import { runningOnPostgres } from '$lib/server/testing/db';
import { storeLearner } from '$lib/server/testing/fixtures';
import { twentyAtOnce, twoServers } from '$lib/server/testing/two-servers';
import { createCohort, joinCohort } from './cohorts';
import { acceptInvitation, inviteCoEducator, PENDING_INVITATIONS_MAX } from './invitations';

async function educator(db: DB) {
	const user = await storeLearner(db);
	await db.update(users).set({ role: 'educator' }).where(eq(users.id, user.id));
	return { ...user, role: 'educator' as const };
}

describe.skipIf(!runningOnPostgres)('cohorts on PostgreSQL, with two servers racing', () => {
	it('makes one membership of twenty joins by one learner at once, and tells the rest they had joined', async () => {
		const servers = await twoServers();
		const owner = await educator(servers[0]);
		const learner = await storeLearner(servers[0]);
		const cohort = await createCohort(servers[0], owner.id, {
			name: 'Ward 7',
			description: ''
		});
		const results = await twentyAtOnce(servers, (db) =>
			joinCohort(db, learner.id, cohort.joinCode.toLowerCase())
		);
		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.filter((r) => r.ok && !r.already)).toHaveLength(1);
		const members = await servers[0]
			.select()
			.from(cohortMembers)
			.where(eq(cohortMembers.cohortId, cohort.id));
		expect(members.map((m) => m.userId)).toEqual([learner.id]);
	});

	it('lets one of twenty acceptances of one invitation at once through, and spends the invitation', async () => {
		const servers = await twoServers();
		const owner = await educator(servers[0]);
		const invited = await educator(servers[0]);
		const cohort = await createCohort(servers[0], owner.id, {
			name: 'Ward 7',
			description: ''
		});
		await inviteCoEducator(servers[0], cohort, owner.id, invited.email);
		const results = await twentyAtOnce(servers, (db) => acceptInvitation(db, invited, cohort.id));
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toHaveLength(19);
		const educators = await servers[0]
			.select()
			.from(cohortEducators)
			.where(eq(cohortEducators.cohortId, cohort.id));
		expect(educators.map((e) => e.userId)).toEqual([invited.id]);
		const waiting = await servers[0]
			.select()
			.from(cohortInvitations)
			.where(
				and(eq(cohortInvitations.cohortId, cohort.id), eq(cohortInvitations.email, invited.email))
			);
		expect(waiting).toEqual([]);
	});

	it('fills the last place for a waiting invitation once when twenty are sent at once', async () => {
		const servers = await twoServers();
		const owner = await educator(servers[0]);
		const cohort = await createCohort(servers[0], owner.id, {
			name: 'Ward 7',
			description: ''
		});
		for (let i = 0; i < PENDING_INVITATIONS_MAX - 1; i++)
			await inviteCoEducator(servers[0], cohort, owner.id, `waiting${i}@example.org`);
		const results = await twentyAtOnce(servers, (db, i) =>
			inviteCoEducator(db, cohort, owner.id, `racing${i}@example.org`)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const waiting = await servers[0]
			.select()
			.from(cohortInvitations)
			.where(eq(cohortInvitations.cohortId, cohort.id));
		expect(waiting).toHaveLength(PENDING_INVITATIONS_MAX);
	});
});
