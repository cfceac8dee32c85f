import { describe, expect, it } from 'vitest';
import { formatDay, percent } from './format';

describe('percent', () => {
	it('writes a share as a whole percentage, and a missing share as a dash', () => {
		expect(percent(0.426)).toBe('43%');
		expect(percent(0)).toBe('0%');
		expect(percent(1)).toBe('100%');
		expect(percent(null)).toBe('–');
	});
});

describe('formatDay', () => {
	it('writes a calendar day with its weekday, whatever the zone', () => {
		expect(formatDay('2026-06-10')).toBe('Wed, 10 Jun 2026');
	});
});
