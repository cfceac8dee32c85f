import { describe, expect, it } from 'vitest';
import { Throttle } from './rate-limit';

function clock(start = 0) {
	let now = start;
	return { now: () => now, advance: (ms: number) => (now += ms) };
}

const rule = { freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 8000, windowMs: 60_000 };

describe('login throttle', () => {
	it('lets the free failures through without waiting', () => {
		const c = clock();
		const t = new Throttle(rule, c.now);
		for (let i = 0; i < 2; i++) t.recordFailure('a');
		expect(t.retryAfter('a')).toBe(0);
	});

	it('doubles the wait with each further failure, up to the maximum', () => {
		const c = clock();
		const t = new Throttle(rule, c.now);
		const waits: number[] = [];
		for (let i = 0; i < 7; i++) {
			t.recordFailure('a');
			waits.push(t.retryAfter('a'));
		}
		expect(waits).toEqual([0, 0, 1000, 2000, 4000, 8000, 8000]);
	});

	it('counts down the wait as time passes', () => {
		const c = clock();
		const t = new Throttle(rule, c.now);
		for (let i = 0; i < 4; i++) t.recordFailure('a');
		expect(t.retryAfter('a')).toBe(2000);
		c.advance(1500);
		expect(t.retryAfter('a')).toBe(500);
		c.advance(500);
		expect(t.retryAfter('a')).toBe(0);
	});

	it('keeps keys apart and forgets on reset or after the window', () => {
		const c = clock();
		const t = new Throttle(rule, c.now);
		for (let i = 0; i < 5; i++) t.recordFailure('a');
		expect(t.retryAfter('b')).toBe(0);
		t.reset('a');
		expect(t.retryAfter('a')).toBe(0);
		for (let i = 0; i < 5; i++) t.recordFailure('a');
		c.advance(60_001);
		expect(t.retryAfter('a')).toBe(0);
	});
});
