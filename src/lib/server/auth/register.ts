import type { DB } from '../db';
import { addMember, findJoinableCohort } from '../cohorts/cohorts';
import type { Cohort } from '../db/schema';
import { registrationRefusal } from '../settings/registration';
import { addressKey, admit, REGISTRATION_RULE } from './rate-limit';
import { createUser, normaliseEmail, type AccountErrors, type NewAccount } from './user';
import type { User } from '../db/schema';

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
	const joining = joinCode ? findJoinableCohort(db, joinCode) : null;
	if (joining && !joining.ok) return { ok: false, errors: { joinCode: joining.message } };
	const admission = admit(db, `register:${addressKey(clientAddress)}`, REGISTRATION_RULE, now);
	if (!admission.ok) return admission;
	const refusal = registrationRefusal(db, normaliseEmail(account.email), joinCode);
	if (refusal)
		return refusal.field === 'email'
			? { ok: false, errors: { email: refusal.message } }
			: { ok: false, refused: refusal.message };
	const created = await createUser(db, { ...account, role: 'learner' });
	if (!created.ok) return created;
	if (joining) addMember(db, joining.cohort, created.user.id, new Date(now));
	return { ...created, joined: joining?.cohort ?? null };
}
