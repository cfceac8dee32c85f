import { describe, expect, it } from 'vitest';
import {
	computeMastery,
	countsByDay,
	currentStreak,
	daysBefore,
	localDayKey,
	median,
	msUntilLocalMidnight,
	percentileFromCounts,
	previousDayKey,
	utcOffsetMinutes
} from './compute';

describe('streaks', () => {
	it('are zero with no practice', () => {
		expect(currentStreak([], '2026-05-10')).toBe(0);
	});

	it('are one after a single day of practice, today or yesterday', () => {
		expect(currentStreak(['2026-05-10'], '2026-05-10')).toBe(1);
		expect(currentStreak(['2026-05-09'], '2026-05-10')).toBe(1);
		expect(currentStreak(['2026-05-08'], '2026-05-10')).toBe(0);
	});

	it('count consecutive days and stop at a gap', () => {
		expect(
			currentStreak(['2026-05-10', '2026-05-09', '2026-05-08', '2026-05-06'], '2026-05-10')
		).toBe(3);
	});

	it('cross month and year ends', () => {
		expect(previousDayKey('2026-03-01')).toBe('2026-02-28');
		expect(currentStreak(['2026-01-01', '2025-12-31', '2025-12-30'], '2026-01-01')).toBe(3);
	});

	it("use the learner's time zone for where a day begins", () => {
		// 23:30 UTC on 9 May is already 10 May in Sydney and still 9 May in London (BST, 00:30 10 May!).
		const lateEvening = new Date('2026-05-09T23:30:00Z');
		expect(localDayKey(lateEvening, 'Europe/London')).toBe('2026-05-10');
		expect(localDayKey(lateEvening, 'America/New_York')).toBe('2026-05-09');
		expect(localDayKey(lateEvening, 'Australia/Sydney')).toBe('2026-05-10');
		const days = [lateEvening, new Date('2026-05-09T12:00:00Z')];
		const inNewYork = days.map((d) => localDayKey(d, 'America/New_York'));
		const inLondon = days.map((d) => localDayKey(d, 'Europe/London'));
		// Two answers: on consecutive local days in London, on the same local day in New York.
		expect(currentStreak(inLondon, '2026-05-10')).toBe(2);
		expect(currentStreak(inNewYork, '2026-05-10')).toBe(1);
	});

	it('know how long is left of the local day and the local offset', () => {
		const noonUtc = new Date('2026-01-15T12:00:00Z');
		expect(msUntilLocalMidnight(noonUtc, 'UTC')).toBe(12 * 3600_000);
		expect(msUntilLocalMidnight(noonUtc, 'Asia/Kolkata')).toBe(6.5 * 3600_000);
		expect(utcOffsetMinutes(noonUtc, 'Asia/Kolkata')).toBe(330);
		expect(utcOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'Europe/London')).toBe(60);
	});
});

describe('mastery', () => {
	const items = ['a', 'b', 'c', 'd'];

	it('is unknown, not zero, when nothing has been answered', () => {
		expect(computeMastery(items, new Map())).toEqual({
			total: 4,
			seen: 0,
			correct: 0,
			share: null
		});
	});

	it('rests on the most recent answer to each item, with the evidence behind it', () => {
		const latest = new Map([
			['a', { itemId: 'a', correct: true }],
			['b', { itemId: 'b', correct: false }]
		]);
		expect(computeMastery(items, latest)).toEqual({ total: 4, seen: 2, correct: 1, share: 0.5 });
	});

	it('ignores answers to items outside the scope', () => {
		const latest = new Map([['z', { itemId: 'z', correct: true }]]);
		expect(computeMastery(items, latest).seen).toBe(0);
	});
});

describe('percentile rank', () => {
	it('places a score among peers, ties counting half', () => {
		// Peers 0.5, 0.6, 0.7, 0.9, 1 around a score of 0.8: three below, none level.
		expect(percentileFromCounts(3, 0, 5)).toBe(60);
		// Five peers all level with the score.
		expect(percentileFromCounts(0, 5, 5)).toBe(50);
		expect(percentileFromCounts(5, 0, 5)).toBe(100);
		expect(percentileFromCounts(0, 0, 0)).toBe(0);
	});
});

describe('medians', () => {
	it('take the middle value, or the mean of the two middle ones', () => {
		expect(median([])).toBeNull();
		expect(median([0.4])).toBe(0.4);
		expect(median([0.9, 0.1, 0.5])).toBe(0.5);
		expect(median([1, 0.2, 0.6, 0])).toBe(0.4);
	});
});

describe('counts by day', () => {
	it('list every day of the range, empty ones as 0, across a month end', () => {
		expect(countsByDay([['2026-03-01', 2]], '2026-02-27', '2026-03-02')).toEqual([
			{ day: '2026-02-27', count: 0 },
			{ day: '2026-02-28', count: 0 },
			{ day: '2026-03-01', count: 2 },
			{ day: '2026-03-02', count: 0 }
		]);
	});

	it('add days before the range to its first day and leave out days after it', () => {
		const days = countsByDay(
			[
				['2026-05-01', 3],
				['2026-05-10', 1],
				['2026-05-12', 4]
			],
			'2026-05-10',
			'2026-05-11'
		);
		expect(days).toEqual([
			{ day: '2026-05-10', count: 4 },
			{ day: '2026-05-11', count: 0 }
		]);
	});

	it('count days back and forward from a day', () => {
		expect(daysBefore('2026-01-02', 3)).toBe('2025-12-30');
		expect(daysBefore('2026-02-27', -2)).toBe('2026-03-01');
	});
});
