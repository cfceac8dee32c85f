import { eq, inArray, lte, sql } from 'drizzle-orm';
import { isIPv6 } from 'node:net';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, transaction, type Step } from '$lib/server/db/steps';
import { throttles } from '$lib/server/db/tables';

export interface ThrottleRule {
	/** Attempts allowed before any wait is imposed. */
	freeAttempts: number;
	/** The first wait; each further attempt doubles it, up to `maxDelayMs`. */
	baseDelayMs: number;
	maxDelayMs: number;
	/** A key with no attempt for this long starts afresh. */
	windowMs: number;
}

export type Admission = { ok: true } | { ok: false; retryAfterMs: number };

/** The wait after `attempts` attempts, counted from the last of them. */
export function delayAfter(attempts: number, rule: ThrottleRule): number {
	if (attempts < rule.freeAttempts) return 0;
	return Math.min(rule.baseDelayMs * 2 ** (attempts - rule.freeAttempts), rule.maxDelayMs);
}

/**
 * The address a throttle keys on. An IPv6 client usually holds a whole /64, so it is one address
 * here; an IPv4 address seen through an IPv6 socket is the IPv4 address.
 */
export function addressKey(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	if (mapped) return mapped[1];
	if (!isIPv6(address)) return address;
	const [head, tail] = address.split('%')[0].split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	// Without a `::` the address already has its eight groups (or seven and an IPv4 tail), and
	// the zeros it would add fall after the four kept.
	const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
	return `${groups
		.slice(0, 4)
		.map((g) => parseInt(g, 16).toString(16))
		.join(':')}::/64`;
}

export interface Counter {
	attempts: number;
	lastAttemptAt: number;
}

/** The live counters among `keys`, in one indexed read. */
export function* readCountersStep(
	tx: Queries,
	keys: string[],
	now: number
): Step<Map<string, Counter>> {
	const rows = (yield* run(tx.select().from(throttles).where(inArray(throttles.key, keys)))).filter(
		(row) => row.expiresAt.getTime() > now
	);
	return new Map(
		rows.map((row) => [
			row.key,
			{ attempts: row.attempts, lastAttemptAt: row.lastAttemptAt.getTime() }
		])
	);
}

export interface CounterWrite extends Counter {
	key: string;
	windowMs: number;
}

/** Sets the counters, in one statement. */
export function* writeCountersStep(tx: Queries, counters: CounterWrite[]): Step<void> {
	yield* run(
		tx
			.insert(throttles)
			.values(
				counters.map((c) => ({
					key: c.key,
					attempts: c.attempts,
					lastAttemptAt: new Date(c.lastAttemptAt),
					expiresAt: new Date(c.lastAttemptAt + c.windowMs)
				}))
			)
			.onConflictDoUpdate({
				target: throttles.key,
				set: {
					attempts: sql`excluded.attempts`,
					lastAttemptAt: sql`excluded.last_attempt_at`,
					expiresAt: sql`excluded.expires_at`
				}
			})
	);
}

const PRUNE_EVERY_MS = 10 * 60_000;
const lastPruned = new WeakMap<DB, number>();

function* pruneStep(tx: Queries, now: number): Step<void> {
	yield* run(tx.delete(throttles).where(lte(throttles.expiresAt, new Date(now))));
}

/** Now and then, deletes the counters nobody has touched within their window. */
function pruneNowAndThen(db: DB, now: number): Promise<void> {
	if (now - (lastPruned.get(db) ?? 0) < PRUNE_EVERY_MS) return Promise.resolve();
	lastPruned.set(db, now);
	return perform(db, pruneStep(db, now));
}

/**
 * Runs `decide` in a write transaction over the counters under `keys`: reading them, deciding and
 * counting cannot interleave with another request on the same keys, in this process or another.
 * On SQLite the transaction takes the write lock as it begins; on PostgreSQL it holds the keys'
 * locks, which also covers counters that do not exist yet.
 */
export async function throttleTransaction<T>(
	db: DB,
	now: number,
	keys: string[],
	decide: (tx: Queries) => Step<T>
): Promise<T> {
	// Both begin at once: on SQLite each has run before this returns, so parallel attempts are
	// decided in the order they were made.
	const [, decided] = await Promise.all([
		pruneNowAndThen(db, now),
		transaction(db, decide, {
			behavior: 'immediate',
			locks: keys.map((key) => `throttle:${key}`)
		})
	]);
	return decided;
}

/**
 * One attempt under `key`: refused while the key's wait lasts, otherwise counted at once, before
 * the caller does the costly check it guards, so parallel attempts see each other.
 */
export function admit(
	db: DB,
	key: string,
	rule: ThrottleRule,
	now = Date.now()
): Promise<Admission> {
	return throttleTransaction(db, now, [key], function* (tx): Step<Admission> {
		const counter = (yield* readCountersStep(tx, [key], now)).get(key);
		const wait = counter ? counter.lastAttemptAt + delayAfter(counter.attempts, rule) - now : 0;
		if (wait > 0) return { ok: false, retryAfterMs: wait };
		yield* writeCountersStep(tx, [
			{ key, attempts: (counter?.attempts ?? 0) + 1, lastAttemptAt: now, windowMs: rule.windowMs }
		]);
		return { ok: true };
	});
}

/** Forgets the attempts under `key`, as after a success. */
export async function forgetAttempts(db: DB, key: string): Promise<void> {
	await db.delete(throttles).where(eq(throttles.key, key));
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Logging in from one address to one account: the guesser's own wait, growing to 15 minutes. */
export const LOGIN_PAIR_RULE: ThrottleRule = {
	freeAttempts: 5,
	baseDelayMs: SECOND,
	maxDelayMs: 15 * MINUTE,
	windowMs: HOUR
};

/**
 * Logging in to one account from anywhere: once failures pile up, every address waits between
 * its tries, but never longer than the ceiling, so the owner on a new device still gets in.
 */
export const LOGIN_ACCOUNT_RULE: ThrottleRule = {
	freeAttempts: 10,
	baseDelayMs: SECOND,
	maxDelayMs: 30 * SECOND,
	windowMs: HOUR
};

/** Creating accounts from one address. */
export const REGISTRATION_RULE: ThrottleRule = {
	freeAttempts: 10,
	baseDelayMs: SECOND,
	maxDelayMs: MINUTE,
	windowMs: HOUR
};

/** Posting the first-run setup form from one address. */
export const SETUP_RULE: ThrottleRule = {
	freeAttempts: 5,
	baseDelayMs: SECOND,
	maxDelayMs: 15 * MINUTE,
	windowMs: HOUR
};

/** Checking a signed-in user's current password before changing it. */
export const PASSWORD_CHECK_RULE: ThrottleRule = {
	freeAttempts: 5,
	baseDelayMs: SECOND,
	maxDelayMs: 15 * MINUTE,
	windowMs: HOUR
};

/** Sends `Retry-After` with a refused attempt and gives the wait in words for the page. */
export function announceWait(
	setHeaders: (headers: Record<string, string>) => void,
	retryAfterMs: number
): string {
	const seconds = Math.max(1, Math.ceil(retryAfterMs / SECOND));
	setHeaders({ 'retry-after': String(seconds) });
	if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
	return `${Math.ceil(seconds / 60)} minutes`;
}
