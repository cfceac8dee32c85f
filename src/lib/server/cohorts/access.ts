import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import {
	cohortEducators,
	cohortMembers,
	cohorts,
	quizSessions,
	users,
	type Cohort,
	type QuizSession,
	type User
} from '$lib/server/db/tables';

/** Whether a user may run a cohort: its owner, a co-educator, or an administrator. */
export function* canManageCohortStep(
	tx: Queries,
	user: Pick<User, 'id' | 'role'>,
	cohort: Cohort
): Step<boolean> {
	if (user.role === 'admin' || cohort.ownerId === user.id) return true;
	if (user.role !== 'educator') return false;
	const found = yield* run(
		tx
			.select({ userId: cohortEducators.userId })
			.from(cohortEducators)
			.where(and(eq(cohortEducators.cohortId, cohort.id), eq(cohortEducators.userId, user.id)))
			.limit(1)
	);
	return found.length > 0;
}

/** Whether a user may run a cohort (see `canManageCohortStep`). */
export function canManageCohort(
	db: DB,
	user: Pick<User, 'id' | 'role'>,
	cohort: Cohort
): Promise<boolean> {
	return perform(db, canManageCohortStep(db, user, cohort));
}

/** The cohort when the user may run it; 404 otherwise, so other cohorts do not show they exist. */
export function* requireCohortAccessStep(
	tx: Queries,
	user: Pick<User, 'id' | 'role'>,
	cohortId: string
): Step<Cohort> {
	const [cohort] = yield* run(tx.select().from(cohorts).where(eq(cohorts.id, cohortId)).limit(1));
	if (!cohort || !(yield* canManageCohortStep(tx, user, cohort)))
		error(404, 'There is no cohort at this address.');
	return cohort;
}

/** The cohort when the user may run it (see `requireCohortAccessStep`). */
export function requireCohortAccess(
	db: DB,
	user: Pick<User, 'id' | 'role'>,
	cohortId: string
): Promise<Cohort> {
	return perform(db, requireCohortAccessStep(db, user, cohortId));
}

/** Whether a user may change who runs a cohort (invite and remove co-educators): its owner or an administrator. */
export function canShareCohort(user: Pick<User, 'id' | 'role'>, cohort: Cohort): boolean {
	return user.role === 'admin' || cohort.ownerId === user.id;
}

export interface CohortLearner {
	id: string;
	displayName: string;
	email: string;
	profession: string;
	joinedAt: Date;
}

/**
 * A member of a cohort the user may run, with when they joined; 404 for anyone else, so the page
 * says nothing about accounts outside the cohort.
 */
export async function requireCohortLearner(
	db: DB,
	user: Pick<User, 'id' | 'role'>,
	cohortId: string,
	learnerId: string
): Promise<{ cohort: Cohort; learner: CohortLearner }> {
	const cohort = await requireCohortAccess(db, user, cohortId);
	const [learner] = await db
		.select({
			id: users.id,
			displayName: users.displayName,
			email: users.email,
			profession: users.profession,
			joinedAt: cohortMembers.joinedAt
		})
		.from(cohortMembers)
		.innerJoin(users, eq(users.id, cohortMembers.userId))
		.where(and(eq(cohortMembers.cohortId, cohort.id), eq(cohortMembers.userId, learnerId)))
		.limit(1);
	if (!learner) error(404, 'This learner is not in the cohort.');
	return { cohort, learner };
}

/**
 * A finished session of a cohort's learner, for those who run the cohort. An unfinished one is
 * refused like a missing one: an open timed test or module attempt shows nothing of itself.
 */
export async function requireCohortLearnerSession(
	db: DB,
	user: Pick<User, 'id' | 'role'>,
	cohortId: string,
	learnerId: string,
	sessionId: string
): Promise<{ cohort: Cohort; learner: CohortLearner; session: QuizSession }> {
	const { cohort, learner } = await requireCohortLearner(db, user, cohortId, learnerId);
	const [session] = await db
		.select()
		.from(quizSessions)
		.where(and(eq(quizSessions.id, sessionId), eq(quizSessions.userId, learner.id)))
		.limit(1);
	if (!session || session.status !== 'finished')
		error(404, 'There is no finished session at this address.');
	return { cohort, learner, session };
}
