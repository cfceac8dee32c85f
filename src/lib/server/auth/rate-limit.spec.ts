import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db';
import { throttles } from '../db/schema';
import { testDb } from '../testing/db';
import { addressKey, admit, delayAfter, forgetAttempts, type ThrottleRule } from './rate-limit';

const rule: ThrottleRule = {
	freeAttempts: 3,
	baseDelayMs: 1000,
	maxDelayMs: 8000,
	windowMs: 60_000
};

describe('throttle', () => {
	it('lets the free attempts through, then doubles the wait up to the maximum', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 7, 40].map((n) => delayAfter(n, rule))).toEqual([
			0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000
		]);
	});

	it('counts an attempt as it is let through, before its outcome is known', () => {
		const db = testDb();
		const at = 1_000_000;
		const admitted = Array.from({ length: 10 }, () => admit(db, 'k', rule, at));
		expect(admitted.filter((a) => a.ok)).toHaveLength(rule.freeAttempts);
		expect(admitted[rule.freeAttempts]).toEqual({ ok: false, retryAfterMs: 1000 });
	});

	it('counts down the wait as time passes, and counts only the attempts it lets through', () => {
		const db = testDb();
		let now = 1_000_000;
		for (let i = 0; i < 3; i++) expect(admit(db, 'k', rule, now).ok).toBe(true);
		now += 1000;
		expect(admit(db, 'k', rule, now).ok).toBe(true);
		expect(admit(db, 'k', rule, now)).toEqual({ ok: false, retryAfterMs: 2000 });
		now += 1500;
		expect(admit(db, 'k', rule, now)).toEqual({ ok: false, retryAfterMs: 500 });
		now += 500;
		expect(admit(db, 'k', rule, now).ok).toBe(true);
		expect(admit(db, 'k', rule, now)).toEqual({ ok: false, retryAfterMs: 4000 });
	});

	it('keeps keys apart, and forgets a key on success or after its window', () => {
		const db = testDb();
		const now = 1_000_000;
		for (let i = 0; i < 5; i++) admit(db, 'a', rule, now);
		expect(admit(db, 'a', rule, now).ok).toBe(false);
		expect(admit(db, 'b', rule, now).ok).toBe(true);
		forgetAttempts(db, 'a');
		expect(admit(db, 'a', rule, now).ok).toBe(true);
		for (let i = 0; i < 5; i++) admit(db, 'a', rule, now);
		expect(admit(db, 'a', rule, now + rule.windowMs).ok).toBe(true);
	});

	it('keeps its counts in the database, so a restart does not reset them', () => {
		const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'throttle-')), 'app.db');
		const now = 1_000_000;
		const before = openDatabase(file);
		for (let i = 0; i < 5; i++) admit(before, 'k', rule, now);
		before.$client.close();
		const after = openDatabase(file);
		expect(admit(after, 'k', rule, now + 100).ok).toBe(false);
		after.$client.close();
	});

	it('deletes counters left untouched past their window', () => {
		const db = testDb();
		const now = 1_000_000;
		admit(db, 'old', rule, now);
		admit(db, 'new', rule, now + 60 * 60_000);
		expect(
			db
				.select({ key: throttles.key })
				.from(throttles)
				.all()
				.map((r) => r.key)
		).toEqual(['new']);
	});
});

describe('the address a throttle keys on', () => {
	it('is the IPv4 address, also when seen through an IPv6 socket', () => {
		expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
		expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
	});

	it('is the /64 for IPv6, however the address is written', () => {
		expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
		expect(addressKey('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
		expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
	});
});
