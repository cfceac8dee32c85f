import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { DB } from '../db';
import { cohortEducators, cohorts, type Cohort, type User } from '../db/schema';

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
