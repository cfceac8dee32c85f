import { describe, expect, it } from 'vitest';
import { MEMBER_FILTERS, parseMemberFilter } from './cohorts';

describe('parseMemberFilter', () => {
	it('reads each filter the dashboard offers', () => {
		for (const filter of MEMBER_FILTERS) expect(parseMemberFilter(filter)).toBe(filter);
	});

	it('reads a missing or unknown filter as all members', () => {
		expect(parseMemberFilter(null)).toBe('all');
		expect(parseMemberFilter('')).toBe('all');
		expect(parseMemberFilter('Overdue')).toBe('all');
		expect(parseMemberFilter('passed')).toBe('all');
	});
});
