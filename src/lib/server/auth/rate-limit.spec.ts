import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db';
import { throttles } from '$lib/server/db/tables';
import { perform, type Step } from '$lib/server/db/steps';
import { runningOnPostgres, testDatabase } from '$lib/server/testing/db';
import {
	LOGIN_ACCOUNT_RULE,
	LOGIN_PAIR_RULE,
	PASSWORD_CHECK_RULE,
	REGISTRATION_RULE,
	SETUP_RULE,
	addressKey,
	admit,
	announceWait,
	delayAfter,
	forgetAttempts,
	readCountersStep,
	throttleTransaction,
	type ThrottleRule
} from './rate-limit';

const rule: ThrottleRule = {
	freeAttempts: 3,
	baseDelayMs: 1000,
	maxDelayMs: 8000,
	windowMs: 60_000
};

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A database file in a folder of its own, removed after the tests. */
function databaseFile(): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'throttle-'));
	folders.push(folder);
	return path.join(folder, 'app.db');
}

describe('throttle', () => {
	it('lets the free attempts through, then doubles the wait up to the maximum', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 7, 40].map((n) => delayAfter(n, rule))).toEqual([
			0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000
		]);
	});

	it('counts an attempt as it is let through, before its outcome is known', async () => {
		const db = await testDatabase();
		const at = 1_000_000;
		const admitted = await Promise.all(Array.from({ length: 10 }, () => admit(db, 'k', rule, at)));
		expect(admitted.filter((a) => a.ok)).toHaveLength(rule.freeAttempts);
		// Which attempts are let through depends on which reaches the database first.
		expect(admitted.filter((a) => !a.ok)).toEqual(
			Array.from({ length: 10 - rule.freeAttempts }, () => ({ ok: false, retryAfterMs: 1000 }))
		);
	});

	it('counts down the wait as time passes, and counts only the attempts it lets through', async () => {
		const db = await testDatabase();
		let now = 1_000_000;
		for (let i = 0; i < 3; i++) expect((await admit(db, 'k', rule, now)).ok).toBe(true);
		now += 1000;
		expect((await admit(db, 'k', rule, now)).ok).toBe(true);
		expect(await admit(db, 'k', rule, now)).toEqual({ ok: false, retryAfterMs: 2000 });
		now += 1500;
		expect(await admit(db, 'k', rule, now)).toEqual({ ok: false, retryAfterMs: 500 });
		now += 500;
		expect((await admit(db, 'k', rule, now)).ok).toBe(true);
		expect(await admit(db, 'k', rule, now)).toEqual({ ok: false, retryAfterMs: 4000 });
	});

	it('keeps keys apart, and forgets a key on success or after its window', async () => {
		const db = await testDatabase();
		const now = 1_000_000;
		for (let i = 0; i < 5; i++) await admit(db, 'a', rule, now);
		expect((await admit(db, 'a', rule, now)).ok).toBe(false);
		expect((await admit(db, 'b', rule, now)).ok).toBe(true);
		await forgetAttempts(db, 'a');
		expect((await admit(db, 'a', rule, now)).ok).toBe(true);
		for (let i = 0; i < 5; i++) await admit(db, 'a', rule, now);
		expect((await admit(db, 'a', rule, now + rule.windowMs)).ok).toBe(true);
	});

	it('starts a key afresh once its window has passed since the last attempt', async () => {
		const db = await testDatabase();
		const now = 1_000_000;
		for (let i = 0; i < 5; i++) await admit(db, 'k', rule, now);
		const fresh = [];
		for (let i = 0; i < 4; i++) fresh.push(await admit(db, 'k', rule, now + rule.windowMs));
		expect(fresh.map((a) => a.ok)).toEqual([true, true, true, false]);
	});

	it('keeps counting an attempt made just inside the window', async () => {
		const db = await testDatabase();
		const now = 1_000_000;
		for (let i = 0; i < 3; i++) await admit(db, 'k', rule, now);
		const later = now + rule.windowMs - 1;
		expect((await admit(db, 'k', rule, later)).ok).toBe(true);
		expect(await admit(db, 'k', rule, later)).toEqual({ ok: false, retryAfterMs: 2000 });
	});

	it('reads only the live counters among the keys asked for', async () => {
		const db = await testDatabase();
		const now = 1_000_000;
		await admit(db, 'a', rule, now);
		await admit(db, 'a', rule, now + 10);
		await admit(db, 'b', rule, now + 20);
		await admit(db, 'c', rule, now);
		const counters = await throttleTransaction(db, now + 30, ['a', 'b', 'absent'], (tx) =>
			readCountersStep(tx, ['a', 'b', 'absent'], now + 30)
		);
		expect(counters).toEqual(
			new Map([
				['a', { attempts: 2, lastAttemptAt: now + 10 }],
				['b', { attempts: 1, lastAttemptAt: now + 20 }]
			])
		);
		expect(await perform(db, readCountersStep(db, ['a', 'b'], now + 10 + rule.windowMs))).toEqual(
			new Map([['b', { attempts: 1, lastAttemptAt: now + 20 }]])
		);
	});

	it.skipIf(runningOnPostgres)(
		'keeps its counts in the database, so a restart does not reset them',
		async () => {
			const file = databaseFile();
			const now = 1_000_000;
			const before = openDatabase(file);
			for (let i = 0; i < 5; i++) await admit(before, 'k', rule, now);
			before.$client.close();
			const after = openDatabase(file);
			expect((await admit(after, 'k', rule, now + 100)).ok).toBe(false);
			after.$client.close();
		}
	);

	it('deletes counters left untouched past their window', async () => {
		const db = await testDatabase();
		const now = 1_000_000;
		await admit(db, 'old', rule, now);
		await admit(db, 'new', rule, now + 60 * 60_000);
		expect((await db.select({ key: throttles.key }).from(throttles)).map((r) => r.key)).toEqual([
			'new'
		]);
	});
	it('clears out expired counters at most once in ten minutes', async () => {
		const db = await testDatabase();
		const keys = async () =>
			(await db.select({ key: throttles.key }).from(throttles)).map((r) => r.key).sort();
		const start = 1_000_000;
		await admit(db, 'old', rule, start);
		// The window has passed, but the last clear-out was under ten minutes ago.
		await admit(db, 'mid', rule, start + rule.windowMs + 1000);
		expect(await keys()).toEqual(['mid', 'old']);
		await admit(db, 'late', rule, start + 10 * 60_000);
		expect(await keys()).toEqual(['late']);
	});

	it.skipIf(runningOnPostgres)(
		'decides inside a write transaction, never on counts another writer is changing',
		async () => {
			const file = databaseFile();
			const writer = openDatabase(file);
			const other = openDatabase(file);
			other.$client.pragma('busy_timeout = 0');
			// A first attempt clears out old counters, so the one below has no clearing-out to do.
			await admit(other, 'k', rule, 1_000_000);
			writer.$client.exec('BEGIN IMMEDIATE');
			let decided = false;
			await expect(
				throttleTransaction(other, 1_000_000, ['k'], function* (tx): Step<unknown> {
					decided = true;
					return yield* readCountersStep(tx, ['k'], 1_000_000);
				})
			).rejects.toThrow(/busy|locked/i);
			expect(decided).toBe(false);
			writer.$client.exec('ROLLBACK');
			expect((await admit(other, 'k', rule, 1_000_000)).ok).toBe(true);
			expect(
				(await perform(other, readCountersStep(other, ['k'], 1_000_000))).get('k')?.attempts
			).toBe(2);
			writer.$client.close();
			other.$client.close();
		}
	);
});

/** A rule's behaviour seen through `admit`: free attempts, each wait after them, and its window. */
async function behaviourOf(testedRule: ThrottleRule) {
	const db = await testDatabase();
	const start = 1_000_000;
	let free = 0;
	while (free < 100 && (await admit(db, 'k', testedRule, start)).ok) free++;
	const waits: number[] = [];
	let now = start;
	for (let i = 0; i < 20; i++) {
		const refused = await admit(db, 'k', testedRule, now);
		if (!refused.ok) {
			waits.push(refused.retryAfterMs);
			now += refused.retryAfterMs;
		}
		await admit(db, 'k', testedRule, now);
	}
	const forgottenAfterAnHour = await admit(db, 'k', testedRule, now + 60 * 60_000);
	const justBefore = await testDatabase();
	for (let i = 0; i < free; i++) await admit(justBefore, 'k', testedRule, start);
	const anHourLess = start + 60 * 60_000 - 1;
	const stillCountedAtAnHour =
		(await admit(justBefore, 'k', testedRule, anHourLess)).ok &&
		!(await admit(justBefore, 'k', testedRule, anHourLess)).ok;
	return {
		free,
		firstWait: waits[0],
		longestWait: Math.max(...waits),
		forgottenAfterAnHour: forgottenAfterAnHour.ok,
		stillCountedAtAnHour
	};
}

describe('the throttles in use', () => {
	const minutes = (n: number) => n * 60_000;

	it('lets five logins from one address to one account through, then waits from a second up to 15 minutes, for an hour', async () => {
		expect(await behaviourOf(LOGIN_PAIR_RULE)).toEqual({
			free: 5,
			firstWait: 1000,
			longestWait: minutes(15),
			forgottenAfterAnHour: true,
			stillCountedAtAnHour: true
		});
	});

	it('lets ten logins to one account through, then never waits over 30 seconds', async () => {
		expect(await behaviourOf(LOGIN_ACCOUNT_RULE)).toEqual({
			free: 10,
			firstWait: 1000,
			longestWait: 30_000,
			forgottenAfterAnHour: true,
			stillCountedAtAnHour: true
		});
	});

	it('lets ten registrations from one address through, then waits up to a minute', async () => {
		expect(await behaviourOf(REGISTRATION_RULE)).toEqual({
			free: 10,
			firstWait: 1000,
			longestWait: minutes(1),
			forgottenAfterAnHour: true,
			stillCountedAtAnHour: true
		});
	});

	it('lets five setup posts and five password checks through, then waits up to 15 minutes', async () => {
		for (const tested of [SETUP_RULE, PASSWORD_CHECK_RULE])
			expect(await behaviourOf(tested)).toEqual({
				free: 5,
				firstWait: 1000,
				longestWait: minutes(15),
				forgottenAfterAnHour: true,
				stillCountedAtAnHour: true
			});
	});
});

describe('announcing a wait', () => {
	function announce(retryAfterMs: number) {
		const headers: Record<string, string>[] = [];
		const words = announceWait((h) => headers.push(h), retryAfterMs);
		return { words, headers };
	}

	it('sends Retry-After in whole seconds, rounded up, and never under one', () => {
		expect(announce(1500)).toEqual({ words: '2 seconds', headers: [{ 'retry-after': '2' }] });
		expect(announce(1000)).toEqual({ words: '1 second', headers: [{ 'retry-after': '1' }] });
		expect(announce(1)).toEqual({ words: '1 second', headers: [{ 'retry-after': '1' }] });
		expect(announce(0)).toEqual({ words: '1 second', headers: [{ 'retry-after': '1' }] });
	});

	it('speaks in seconds under 90 seconds and in minutes, rounded up, from there', () => {
		expect(announce(89_000).words).toBe('89 seconds');
		expect(announce(90_000)).toEqual({ words: '2 minutes', headers: [{ 'retry-after': '90' }] });
		expect(announce(121_000).words).toBe('3 minutes');
		expect(announce(15 * 60_000).words).toBe('15 minutes');
	});
});

describe('the address a throttle keys on', () => {
	it('is the IPv4 address, also when seen through an IPv6 socket', () => {
		expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
		expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
		expect(addressKey('::FFFF:198.51.100.23')).toBe('198.51.100.23');
	});

	it('is the string itself when it is not an address', () => {
		expect(addressKey('unknown')).toBe('unknown');
		expect(addressKey('::ffff:203.0.113.7:8080')).toBe('::ffff:203.0.113.7:8080');
		expect(addressKey('::ffff:203.0.113')).toBe('::ffff:203.0.113');
		expect(addressKey('::ffff:1x2.0.113.7')).toBe('::ffff:1x2.0.113.7');
	});

	it('is the /64 of an IPv6 address that only ends in an IPv4 one', () => {
		expect(addressKey('64:ff9b::198.51.100.23')).toBe('64:ff9b:0:0::/64');
		expect(addressKey('2001:db8::ffff:203.0.113.7')).toBe('2001:db8:0:0::/64');
	});

	it('is the /64 for IPv6, however the address is written', () => {
		expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
		expect(addressKey('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
		expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
		expect(addressKey('2001::3:4:5:6:7')).toBe('2001:0:0:3::/64');
		expect(addressKey('2001:db8:1:2::')).toBe('2001:db8:1:2::/64');
		expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
		expect(addressKey('fe80:0:0:0:1:2:3:4%eth0')).toBe('fe80:0:0:0::/64');
	});
});
