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

/** A learner stored without hashing a password, for tests that never sign in: much quicker. */
export function addLearner(db: DB, profession: 'doctor' | 'nurse' = 'doctor') {
	counter += 1;
	const result = runSync(
		insertAccountStep(db, {
			email: `learner${counter}@example.org`,
			passwordHash: 'none: this account never signs in',
			displayName: `Learner ${counter}`,
			profession,
			role: 'learner'
		})
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.user;
}

/** `addLearner` on either backend: a learner stored without hashing a password. */
export async function storeLearner(db: DB, profession: 'doctor' | 'nurse' = 'doctor') {
	counter += 1;
	const result = await perform(
		db,
		insertAccountStep(db, {
			email: `learner${counter}@example.org`,
			passwordHash: 'none: this account never signs in',
			displayName: `Learner ${counter}`,
			profession,
			role: 'learner'
		})
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.user;
}
