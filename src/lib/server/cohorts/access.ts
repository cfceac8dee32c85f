import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { DB } from '../db';
import {
	cohortEducators,
	cohortMembers,
	cohorts,
	users,
	type Cohort,
	type QuizSession,
	type User
} from '../db/schema';
import { getOwnedSession } from '../quiz/session';

/** Whether a user may run a cohort: its owner, a co-educator, or an administrator. */
export function canManageCohort(db: DB, user: Pick<User, 'id' | 'role'>, cohort: Cohort): boolean {
	if (user.role === 'admin' || cohort.ownerId === user.id) return true;
	if (user.role !== 'educator') return false;
	return (
		db
			.select({ userId: cohortEducators.userId })
			.from(cohortEducators)
			.where(and(eq(cohortEducators.cohortId, cohort.id), eq(cohortEducators.userId, user.id)))
			.get() !== undefined
	);
}

/** The cohort when the user may run it; 404 otherwise, so other cohorts do not show they exist. */
export function requireCohortAccess(
	db: DB,
	user: Pick<User, 'id' | 'role'>,
	cohortId: string
): Cohort {
	const cohort = db.select().from(cohorts).where(eq(cohorts.id, cohortId)).get();
	if (!cohort || !canManageCohort(db, user, cohort))
		error(404, 'There is no cohort at this address.');
	return cohort;
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
export function requireCohortLearner(
	db: DB,
	user: Pick<User, 'id' | 'role'>,
	cohortId: string,
	learnerId: string
): { cohort: Cohort; learner: CohortLearner } {
	const cohort = requireCohortAccess(db, user, cohortId);
	const learner = db
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
		.get();
	if (!learner) error(404, 'This learner is not in the cohort.');
	return { cohort, learner };
}

/**
 * A finished session of a cohort's learner, for those who run the cohort. An unfinished one is
 * refused like a missing one: an open timed test or module attempt shows nothing of itself.
 */
export function requireCohortLearnerSession(
	db: DB,
	user: Pick<User, 'id' | 'role'>,
	cohortId: string,
	learnerId: string,
	sessionId: string
): { cohort: Cohort; learner: CohortLearner; session: QuizSession } {
	const { cohort, learner } = requireCohortLearner(db, user, cohortId, learnerId);
	const session = getOwnedSession(db, learner.id, sessionId);
	if (!session || session.status !== 'finished')
		error(404, 'There is no finished session at this address.');
	return { cohort, learner, session };
}
