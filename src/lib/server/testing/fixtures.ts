import { banks, loadSourceDocument } from '$lib/content';
import type { DB } from '../db';
import { createUser } from '../auth/user';
import { syncBanks } from '../bank/sync';
import { testDb } from './db';

/** A migrated in-memory database holding the real banks. */
export function contentDb(): DB {
	const db = testDb();
	syncBanks(db, loadSourceDocument(), banks);
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
