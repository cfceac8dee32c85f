import type { DB } from '$lib/server/db';
import { addMemberStep, findJoinableCohortStep } from '$lib/server/cohorts/cohorts';
import { perform, transaction, type Step } from '$lib/server/db/steps';
import type { Cohort, User } from '$lib/server/db/tables';
import { registrationRefusalStep } from '$lib/server/settings/registration';
import { addressKey, admit, REGISTRATION_RULE } from './rate-limit';
import {
	insertAccountStep,
	normaliseEmail,
	prepareAccount,
	type AccountErrors,
	type CreateUserResult,
	type NewAccount
} from './user';

export type RegisterResult =
	| { ok: true; user: User; joined: Cohort | null }
	| { ok: false; errors: AccountErrors & { joinCode?: string } }
	| { ok: false; retryAfterMs: number }
	| { ok: false; refused: string };

/**
 * Creates a learner's account from the registration form, under the site's registration
 * settings (`registrationRefusal`); with a join code the account joins that cohort, and a code no
 * cohort takes is refused before anything else, so the form loses nothing but that field. Attempts
 * are throttled per address and counted before the password is hashed, so one address can neither
 * create accounts in bulk nor test many emails quickly for an existing account.
 */
export async function registerAccount(
	db: DB,
	account: Omit<NewAccount, 'role'>,
	clientAddress: string,
	now = Date.now(),
	joinCode: string | null = null
): Promise<RegisterResult> {
	const joining = joinCode ? await perform(db, findJoinableCohortStep(db, joinCode)) : null;
	if (joining && !joining.ok) return { ok: false, errors: { joinCode: joining.message } };
	const admission = await admit(
		db,
		`register:${addressKey(clientAddress)}`,
		REGISTRATION_RULE,
		now
	);
	if (!admission.ok) return admission;
	const refusal = await perform(
		db,
		registrationRefusalStep(db, normaliseEmail(account.email), joinCode)
	);
	if (refusal)
		return refusal.field === 'email'
			? { ok: false, errors: { email: refusal.message } }
			: { ok: false, refused: refusal.message };
	const prepared = await prepareAccount({ ...account, role: 'learner' });
	if (!prepared.ok) return prepared;
	// The account and its membership are made together: none is left outside the cohort it joined.
	const created = await transaction(db, function* (tx): Step<CreateUserResult> {
		const inserted = yield* insertAccountStep(tx, prepared.account);
		if (inserted.ok && joining)
			yield* addMemberStep(tx, joining.cohort, inserted.user.id, new Date(now));
		return inserted;
	});
	if (!created.ok) return created;
	return { ...created, joined: joining?.cohort ?? null };
}
