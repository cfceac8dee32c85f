import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cohortInvitations, users } from '$lib/server/db/tables';
import { makeLearner } from '$lib/server/testing/fixtures';
import { testDatabase } from '$lib/server/testing/db';
import type { DB } from '$lib/server/db';
import { canManageCohort } from './access';
import { createCohort, listCoEducators } from './cohorts';
import {
	acceptInvitation,
	declineInvitation,
	invitationsFor,
	inviteCoEducator,
	listCohortInvitations,
	PENDING_INVITATIONS_MAX,
	withdrawInvitation
} from './invitations';

async function makeEducator(db: DB) {
	const user = await makeLearner(db);
	await db.update(users).set({ role: 'educator' }).where(eq(users.id, user.id));
	return { ...user, role: 'educator' as const };
}

async function setting() {
	const db = await testDatabase();
	const owner = await makeEducator(db);
	const cohort = await createCohort(db, owner.id, { name: 'Ward 7', description: '' });
	return { db, owner, cohort };
}

describe('inviting a co-educator', () => {
	it('answers the owner the same whether the email is an educator, a learner or nobody', async () => {
		const { db, owner, cohort } = await setting();
		const educator = await makeEducator(db);
		const learner = await makeLearner(db);
		const answers = [];
		for (const email of [educator.email, learner.email, 'nobody@example.org'])
			answers.push(await inviteCoEducator(db, cohort, owner.id, email));
		expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
		expect((await listCohortInvitations(db, cohort.id)).map((i) => i.email)).toEqual(
			[educator.email, learner.email, 'nobody@example.org'].sort()
		);
		expect(await listCoEducators(db, cohort.id)).toEqual([]);
	});

	it('lets the invited educator accept, and only then run the cohort', async () => {
		const { db, owner, cohort } = await setting();
		const educator = await makeEducator(db);
		await inviteCoEducator(db, cohort, owner.id, educator.email.toUpperCase());
		expect(await canManageCohort(db, educator, cohort)).toBe(false);
		expect(await invitationsFor(db, educator)).toEqual([
			expect.objectContaining({ cohortId: cohort.id, cohortName: 'Ward 7' })
		]);
		expect(await acceptInvitation(db, educator, cohort.id)).toMatchObject({ ok: true });
		expect(await canManageCohort(db, educator, cohort)).toBe(true);
		expect(await invitationsFor(db, educator)).toEqual([]);
		expect(await listCohortInvitations(db, cohort.id)).toEqual([]);
	});

	it('shows a learner no invitation and lets them accept none', async () => {
		const { db, owner, cohort } = await setting();
		const learner = await makeLearner(db);
		await inviteCoEducator(db, cohort, owner.id, learner.email);
		expect(await invitationsFor(db, learner)).toEqual([]);
		expect((await acceptInvitation(db, learner, cohort.id)).ok).toBe(false);
		expect(await canManageCohort(db, learner, cohort)).toBe(false);
		expect(await listCohortInvitations(db, cohort.id)).toHaveLength(1);
	});

	it('does not let another educator take up an invitation addressed to someone else', async () => {
		const { db, owner, cohort } = await setting();
		const invited = await makeEducator(db);
		const other = await makeEducator(db);
		await inviteCoEducator(db, cohort, owner.id, invited.email);
		expect(await acceptInvitation(db, other, cohort.id)).toEqual({
			ok: false,
			message: 'There is no invitation to this cohort for you.'
		});
		expect((await declineInvitation(db, other, cohort.id)).ok).toBe(false);
		expect(await canManageCohort(db, other, cohort)).toBe(false);
		expect(await listCohortInvitations(db, cohort.id)).toHaveLength(1);
	});

	it('shows the owner a declined invitation exactly as one nobody has answered', async () => {
		const { db, owner, cohort } = await setting();
		const educator = await makeEducator(db);
		const at = new Date('2026-11-01T09:00:00Z');
		await inviteCoEducator(db, cohort, owner.id, educator.email, at);
		await inviteCoEducator(db, cohort, owner.id, 'nobody@example.org', at);
		expect(await declineInvitation(db, educator, cohort.id)).toEqual({ ok: true });
		expect(await listCohortInvitations(db, cohort.id)).toEqual([
			{ email: educator.email, invitedAt: at },
			{ email: 'nobody@example.org', invitedAt: at }
		]);
		expect(await invitationsFor(db, educator)).toEqual([]);
		expect((await acceptInvitation(db, educator, cohort.id)).ok).toBe(false);
		expect((await declineInvitation(db, educator, cohort.id)).ok).toBe(false);
	});

	it('shows a declined invitation again when the owner sends it again', async () => {
		const { db, owner, cohort } = await setting();
		const educator = await makeEducator(db);
		await inviteCoEducator(db, cohort, owner.id, educator.email);
		await declineInvitation(db, educator, cohort.id);
		await inviteCoEducator(db, cohort, owner.id, educator.email);
		expect(await invitationsFor(db, educator)).toHaveLength(1);
		expect((await acceptInvitation(db, educator, cohort.id)).ok).toBe(true);
	});

	it('lets no learner decline an invitation addressed to them', async () => {
		const { db, owner, cohort } = await setting();
		const learner = await makeLearner(db);
		await inviteCoEducator(db, cohort, owner.id, learner.email);
		expect((await declineInvitation(db, learner, cohort.id)).ok).toBe(false);
	});

	it('removes an invitation that is withdrawn', async () => {
		const { db, owner, cohort } = await setting();
		const educator = await makeEducator(db);
		await inviteCoEducator(db, cohort, owner.id, educator.email);
		await withdrawInvitation(db, cohort.id, educator.email);
		expect(await listCohortInvitations(db, cohort.id)).toEqual([]);
		expect((await acceptInvitation(db, educator, cohort.id)).ok).toBe(false);
	});

	it('refuses the owner’s own email and someone who shares the cohort already', async () => {
		const { db, owner, cohort } = await setting();
		const educator = await makeEducator(db);
		expect((await inviteCoEducator(db, cohort, owner.id, owner.email)).ok).toBe(false);
		await inviteCoEducator(db, cohort, owner.id, educator.email);
		await acceptInvitation(db, educator, cohort.id);
		expect(await inviteCoEducator(db, cohort, owner.id, educator.email)).toEqual({
			ok: false,
			message: 'This educator shares the cohort already.'
		});
	});

	it('keeps a bounded number waiting, while renewing one that waits already', async () => {
		const { db, owner, cohort } = await setting();
		for (let i = 0; i < PENDING_INVITATIONS_MAX; i++)
			expect((await inviteCoEducator(db, cohort, owner.id, `person${i}@example.org`)).ok).toBe(
				true
			);
		expect((await inviteCoEducator(db, cohort, owner.id, 'one-more@example.org')).ok).toBe(false);
		expect((await inviteCoEducator(db, cohort, owner.id, 'person0@example.org')).ok).toBe(true);
		expect(
			await db.select().from(cohortInvitations).where(eq(cohortInvitations.cohortId, cohort.id))
		).toHaveLength(PENDING_INVITATIONS_MAX);
	});
});
