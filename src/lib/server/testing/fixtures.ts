import type { DB } from '$lib/server/db';
import { createUser, insertAccountStep } from '$lib/server/auth/user';
import { perform } from '$lib/server/db/steps';

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

/** A learner's account, stored without hashing a password: for tests that never sign in. */
export function storeLearner(db: DB, profession: 'doctor' | 'nurse' = 'doctor') {
	return perform(db, learnerStep(db, profession));
}
