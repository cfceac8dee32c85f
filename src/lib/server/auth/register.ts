import type { DB } from '../db';
import { addressKey, admit, REGISTRATION_RULE } from './rate-limit';
import { createUser, type CreateUserResult, type NewAccount } from './user';

export type RegisterResult = CreateUserResult | { ok: false; retryAfterMs: number };

/**
 * Creates a learner's account from the registration form. Attempts are throttled per address
 * and counted before the password is hashed, so one address can neither create accounts in
 * bulk nor test many emails quickly for an existing account.
 */
export async function registerAccount(
	db: DB,
	account: Omit<NewAccount, 'role'>,
	clientAddress: string,
	now = Date.now()
): Promise<RegisterResult> {
	const admission = admit(db, `register:${addressKey(clientAddress)}`, REGISTRATION_RULE, now);
	if (!admission.ok) return admission;
	return createUser(db, { ...account, role: 'learner' });
}
