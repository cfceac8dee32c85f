import { banks, loadSourceDocument } from '$lib/content';
import type { DB } from '../db';
import { createUser, insertAccountStep } from '../auth/user';
import { perform, runSync } from '../db/steps';
import { syncBanks } from '../bank/sync';
import { testDb } from './db';

/** A migrated in-memory database holding the real banks, or only those named. */
export function contentDb(onlyBanks?: string[]): DB {
	const db = testDb();
	const chosen = onlyBanks ? banks.filter((b) => onlyBanks.includes(b.id)) : banks;
	syncBanks(db, loadSourceDocument(), chosen);
	return db;
}

let counter = 0;

export async function makeLearner(db: DB, profession: 'doctor' | 'nurse' = 'doctor') {
	counter += 1;
	const result = await createUser(db, {
		email: `learner${counter}@example.org`,
		password: 'a long enough passphrase',
		displayName: `Learner ${counter}`,
		profession
	});
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.user;
}

/** A learner's account, stored without hashing a password: for tests that never sign in. */
function* learnerStep(db: DB, profession: 'doctor' | 'nurse') {
	counter += 1;
	const result = yield* insertAccountStep(db, {
		email: `learner${counter}@example.org`,
		passwordHash: 'none: this account never signs in',
		displayName: `Learner ${counter}`,
		profession,
		role: 'learner'
	});
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.user;
}

/** `learnerStep`, synchronously on SQLite. */
export function addLearner(db: DB, profession: 'doctor' | 'nurse' = 'doctor') {
	return runSync(learnerStep(db, profession));
}

/** `addLearner` on either backend. */
export function storeLearner(db: DB, profession: 'doctor' | 'nurse' = 'doctor') {
	return perform(db, learnerStep(db, profession));
}
