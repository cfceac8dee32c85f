import type { DB } from '../db';
import type { User } from '../db/schema';
import { verifyAgainstDummy, verifyPassword } from './password';
import { ACCOUNT_RULE, ADDRESS_RULE, Throttle } from './rate-limit';
import { getUserByEmail, normaliseEmail } from './user';

export const accountThrottle = new Throttle(ACCOUNT_RULE);
export const addressThrottle = new Throttle(ADDRESS_RULE);

export const INVALID_LOGIN_MESSAGE = 'That email and password do not match an account.';

export type LoginResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

interface Throttles {
	account: Throttle;
	address: Throttle;
}

/**
 * Checks an email and password. An unknown account and a wrong password give the same answer
 * after the same work, and failures slow down further tries for the account and the address.
 */
export async function authenticate(
	db: DB,
	email: string,
	password: string,
	clientAddress: string,
	throttles: Throttles = { account: accountThrottle, address: addressThrottle }
): Promise<LoginResult> {
	const accountKey = normaliseEmail(email);
	const retryAfterMs = Math.max(
		throttles.account.retryAfter(accountKey),
		throttles.address.retryAfter(clientAddress)
	);
	if (retryAfterMs > 0) return { ok: false, reason: 'throttled', retryAfterMs };

	const user = getUserByEmail(db, accountKey);
	const valid = user
		? await verifyPassword(user.passwordHash, password)
		: await verifyAgainstDummy(password);
	if (!user || !valid) {
		throttles.account.recordFailure(accountKey);
		throttles.address.recordFailure(clientAddress);
		return { ok: false, reason: 'invalid' };
	}
	throttles.account.reset(accountKey);
	return { ok: true, user };
}
