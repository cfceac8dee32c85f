import type { DB } from '../db';
import { joinCohort } from '../cohorts/cohorts';
import { registrationRefusal } from '../settings/registration';
import { addressKey, admit, REGISTRATION_RULE } from './rate-limit';
import { createUser, normaliseEmail, type CreateUserResult, type NewAccount } from './user';

export type RegisterResult =
	CreateUserResult | { ok: false; retryAfterMs: number } | { ok: false; refused: string };

/**
 * Creates a learner's account from the registration form, under the site's registration
 * settings (`registrationRefusal`); with a join code the account joins that cohort. Attempts are
 * throttled per address and counted before the password is hashed, so one address can neither
 * create accounts in bulk nor test many emails quickly for an existing account.
 */
export async function registerAccount(
	db: DB,
	account: Omit<NewAccount, 'role'>,
	clientAddress: string,
	now = Date.now(),
	joinCode: string | null = null
): Promise<RegisterResult> {
	const admission = admit(db, `register:${addressKey(clientAddress)}`, REGISTRATION_RULE, now);
	if (!admission.ok) return admission;
	const refusal = registrationRefusal(db, normaliseEmail(account.email), joinCode);
	if (refusal)
		return refusal.field === 'email'
			? { ok: false, errors: { email: refusal.message } }
			: { ok: false, refused: refusal.message };
	const created = await createUser(db, { ...account, role: 'learner' });
	if (created.ok && joinCode) joinCohort(db, created.user.id, joinCode);
	return created;
}
