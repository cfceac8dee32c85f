import { banks, loadSourceDocument } from '$lib/content';
import type { DB } from '$lib/server/db';
import { loadBanks } from '$lib/server/bank/sync';
import {
	cohortMembers,
	cohorts,
	trainingModules,
	type TrainingModule
} from '$lib/server/db/tables';
import { newId } from '$lib/server/ids';
import { testDatabase } from './db';
import { storeLearner } from './fixtures';

/** Settings for a session of `requestedCount` questions drawn from the clinical-trials bank. */
export function clinicalTrialsSettings(requestedCount = 3) {
	return {
		bankIds: ['clinical-trials'],
		selection: 'all' as const,
		difficulty: 'any' as const,
		audience: 'any' as const,
		requestedCount
	};
}

/**
 * A migrated database holding the real banks, or only those named, on the backend the run
 * selects (`testDatabase`).
 */
export async function contentDatabase(onlyBanks?: string[]): Promise<DB> {
	const db = await testDatabase();
	const chosen = onlyBanks ? banks.filter((b) => onlyBanks.includes(b.id)) : banks;
	await loadBanks(db, loadSourceDocument(), chosen);
	return db;
}

/**
 * A module of the given banks assigned to a learner through a cohort of its own, written directly
 * on either backend: the cohort's owner is a new educator.
 */
export async function assignedModule(
	db: DB,
	learnerId: string,
	module: Partial<TrainingModule> & Pick<TrainingModule, 'bankIds'>,
	now = new Date()
): Promise<TrainingModule> {
	const educator = await storeLearner(db);
	const cohortId = newId();
	await db.insert(cohorts).values({
		id: cohortId,
		name: 'Ward team',
		joinCode: newId(),
		ownerId: educator.id,
		createdAt: now
	});
	await db.insert(cohortMembers).values({ cohortId, userId: learnerId, joinedAt: now });
	const [created] = await db
		.insert(trainingModules)
		.values({
			id: newId(),
			cohortId,
			title: 'Trial design',
			itemCount: 3,
			secondsPerItem: 60,
			passMark: 50,
			dueDays: 30,
			attemptsAllowed: null,
			createdBy: educator.id,
			createdAt: now,
			...module
		})
		.returning();
	return created;
}
