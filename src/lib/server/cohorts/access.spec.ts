import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import { quizSessions, users } from '$lib/server/db/tables';
import { testDatabase } from '$lib/server/testing/db';
import { storeLearner } from '$lib/server/testing/fixtures';
import {
	canManageCohort,
	requireCohortAccess,
	requireCohortLearner,
	requireCohortLearnerSession
} from './access';
import { addCoEducator, createCohort, joinCohort } from './cohorts';

async function person(db: DB, role: 'learner' | 'educator' | 'admin') {
	const user = await storeLearner(db);
	await db.update(users).set({ role }).where(eq(users.id, user.id));
	return { ...user, role };
}

async function session(db: DB, userId: string, status: 'active' | 'finished') {
	const id = `${status}-${userId}`;
	const at = new Date('2026-06-01T09:00:00Z');
	await db.insert(quizSessions).values({
		id,
		userId,
		mode: 'timed',
		status,
		settings: {
			bankIds: [],
			selection: 'all',
			difficulty: 'any',
			audience: 'any',
			requestedCount: 1
		},
		itemCount: 1,
		startedAt: at,
		finishedAt: status === 'finished' ? at : null,
		marks: status === 'finished' ? 1 : null,
		maxMarks: 1
	});
	return id;
}

const NOT_FOUND = { status: 404 };

describe('who may run a cohort', () => {
	it('is its owner, a co-educator or an administrator; anyone else meets a missing page', async () => {
		const db = await testDatabase();
		const [owner, co, other, admin, learner] = [
			await person(db, 'educator'),
			await person(db, 'educator'),
			await person(db, 'educator'),
			await person(db, 'admin'),
			await person(db, 'learner')
		];
		const cohort = await createCohort(db, owner.id, { name: 'Ward 7', description: '' });
		await addCoEducator(db, cohort, co.email);
		for (const user of [owner, co, admin]) {
			expect(await canManageCohort(db, user, cohort)).toBe(true);
			expect(await requireCohortAccess(db, user, cohort.id)).toEqual(cohort);
		}
		for (const user of [other, learner]) {
			expect(await canManageCohort(db, user, cohort)).toBe(false);
			await expect(requireCohortAccess(db, user, cohort.id)).rejects.toMatchObject(NOT_FOUND);
		}
		await expect(requireCohortAccess(db, admin, 'no-such-cohort')).rejects.toMatchObject(NOT_FOUND);
	});

	it('sees a member and their finished sessions, and nothing of others or of an open session', async () => {
		const db = await testDatabase();
		const owner = await person(db, 'educator');
		const [member, outsider] = [await person(db, 'learner'), await person(db, 'learner')];
		const cohort = await createCohort(db, owner.id, { name: 'Ward 7', description: '' });
		await joinCohort(db, member.id, cohort.joinCode);
		const { learner } = await requireCohortLearner(db, owner, cohort.id, member.id);
		expect(learner).toMatchObject({ id: member.id, email: member.email });
		await expect(requireCohortLearner(db, owner, cohort.id, outsider.id)).rejects.toMatchObject(
			NOT_FOUND
		);
		const finished = await session(db, member.id, 'finished');
		const open = await session(db, member.id, 'active');
		const theirs = await session(db, outsider.id, 'finished');
		const found = await requireCohortLearnerSession(db, owner, cohort.id, member.id, finished);
		expect(found.session.id).toBe(finished);
		for (const id of [open, theirs])
			await expect(
				requireCohortLearnerSession(db, owner, cohort.id, member.id, id)
			).rejects.toMatchObject(NOT_FOUND);
	});
});
