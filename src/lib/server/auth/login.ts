import { inArray, sql } from 'drizzle-orm';
import type { DB } from '$lib/server/db';
import type { Step } from '$lib/server/db/steps';
import { throttles, type User } from '$lib/server/db/tables';
import { verifyAgainstDummy, verifyPassword } from './password';
import {
	addressKey,
	delayAfter,
	LOGIN_ACCOUNT_RULE,
	LOGIN_PAIR_RULE,
	readCountersStep,
	throttleTransaction,
	writeCountersStep,
	type Admission
} from './rate-limit';
import { getUserByEmail, normaliseEmail } from './user';

export const INVALID_LOGIN_MESSAGE = 'That email and password do not match an account.';
export const DEACTIVATED_MESSAGE =
	'This account has been deactivated. Ask an administrator if you need it again.';

export type LoginResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'deactivated' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

function loginKeys(email: string, clientAddress: string) {
	return { pair: `login:${email}|${addressKey(clientAddress)}`, account: `login:${email}` };
}

/**
 * Whether this address may try a password on this account now; if so the try is counted as a
 * failure at once, for the address on the account and for the account, before any hashing.
 *
 * The address waits after its own failures, growing to 15 minutes: that stops a guesser
 * without touching anyone else. Failures on the account from everywhere make every address
 * space out its tries, up to a ceiling of 30 seconds, counted from that address's own last
 * try: other addresses' attempts never take its turn, so the owner on a new device waits at most
 * the ceiling. An address first seen while the account is under attack starts its wait then.
 */
export function admitLogin(
	db: DB,
	email: string,
	clientAddress: string,
	now: number
): Promise<Admission> {
	const keys = loginKeys(email, clientAddress);
	const both = [keys.pair, keys.account];
	return throttleTransaction(db, now, both, function* (tx): Step<Admission> {
		const counters = yield* readCountersStep(tx, both, now);
		const pair = counters.get(keys.pair);
		const accountFailures = counters.get(keys.account)?.attempts ?? 0;
		const wait = Math.max(
			delayAfter(pair?.attempts ?? 0, LOGIN_PAIR_RULE),
			delayAfter(accountFailures, LOGIN_ACCOUNT_RULE)
		);
		const since = pair?.lastAttemptAt ?? now;
		if (since + wait > now) {
			if (!pair)
				yield* writeCountersStep(tx, [
					{ key: keys.pair, attempts: 0, lastAttemptAt: now, windowMs: LOGIN_PAIR_RULE.windowMs }
				]);
			return { ok: false, retryAfterMs: since + wait - now };
		}
		yield* writeCountersStep(tx, [
			{
				key: keys.pair,
				attempts: (pair?.attempts ?? 0) + 1,
				lastAttemptAt: now,
				windowMs: LOGIN_PAIR_RULE.windowMs
			},
			{
				key: keys.account,
				attempts: accountFailures + 1,
				lastAttemptAt: now,
				windowMs: LOGIN_ACCOUNT_RULE.windowMs
			}
		]);
		return { ok: true };
	});
}

/**
 * Takes back the failure counted for a try that succeeded. The address keeps the time of its
 * try, so an account under attack does not let it straight in again within the ceiling.
 */
async function loginSucceeded(db: DB, email: string, clientAddress: string): Promise<void> {
	const keys = loginKeys(email, clientAddress);
	await db
		.update(throttles)
		.set({
			attempts: sql`case when ${throttles.key} = ${keys.pair} or ${throttles.attempts} < 1 then 0 else ${throttles.attempts} - 1 end`
		})
		.where(inArray(throttles.key, [keys.pair, keys.account]));
}

/**
 * Checks an email and password. An unknown account and a wrong password give the same answer
 * after the same work, and are throttled alike, so neither tells whether an account exists.
 */
export async function authenticate(
	db: DB,
	email: string,
	password: string,
	clientAddress: string,
	now = Date.now()
): Promise<LoginResult> {
	const account = normaliseEmail(email);
	const admission = await admitLogin(db, account, clientAddress, now);
	if (!admission.ok)
		return { ok: false, reason: 'throttled', retryAfterMs: admission.retryAfterMs };

	const user = await getUserByEmail(db, account);
	const valid = user
		? await verifyPassword(user.passwordHash, password)
		: await verifyAgainstDummy(password);
	if (!user || !valid) return { ok: false, reason: 'invalid' };
	await loginSucceeded(db, account, clientAddress);
	// Said only to someone who knows the password: to anyone else the account looks like any other.
	if (user.deactivatedAt) return { ok: false, reason: 'deactivated' };
	return { ok: true, user };
}
