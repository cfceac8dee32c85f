import { expect } from '@playwright/test';
import { delayAfter, type ThrottleRule } from '../../src/lib/server/auth/rate-limit';
import type { RawResponse } from './from-address';

/** Sends `count` requests at once; the answers counted by status, and how long they all took. */
export async function burst(count: number, send: (i: number) => Promise<RawResponse>) {
	const start = Date.now();
	const responses = await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
	const counts: Record<number, number> = {};
	for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
	return { counts, startedAt: start, elapsedMs: Date.now() - start };
}

/**
 * How many attempts a throttle can let through within `elapsedMs`: the free ones, then one more
 * each time a wait has passed. A burst that takes the server a while to read gets a few more.
 */
export function admissibleWithin(rule: ThrottleRule, elapsedMs: number): number {
	let attempts = rule.freeAttempts;
	while (earliestAttempt(rule, attempts + 1) <= elapsedMs) attempts += 1;
	return attempts;
}

/**
 * A request sent just after a burst is refused while the wait after the burst's last counted
 * attempt lasts; only a server so slow to answer the burst that the wait has passed may take it.
 */
export function expectRefusedAfterBurst(
	response: RawResponse,
	rule: ThrottleRule,
	counted: number,
	startedAt: number
) {
	if (response.status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
	else expect(Date.now() - startedAt).toBeGreaterThanOrEqual(earliestAttempt(rule, counted + 1));
}

/** How soon after the first attempt the `n`th can be let through, at the earliest. */
export function earliestAttempt(rule: ThrottleRule, n: number): number {
	let at = 0;
	for (let before = 1; before < n; before++) at += delayAfter(before, rule);
	return at;
}
