/** Pure computations behind the progress page, kept apart so they can be tested on made-up histories. */

import { DAY_MS } from '$lib/time';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day, `YYYY-MM-DD`, on which an instant falls in a time zone. */
export function localDayKey(date: Date, timeZone: string): string {
	let format = dayFormatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		dayFormatters.set(timeZone, format);
	}
	return format.format(date);
}

export function previousDayKey(key: string): string {
	const date = new Date(`${key}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/**
 * Consecutive days with practice, counting back from today; a streak still stands on a day
 * not yet practised if yesterday was.
 */
export function currentStreak(practisedDays: Iterable<string>, today: string): number {
	const days = new Set(practisedDays);
	let day = days.has(today) ? today : previousDayKey(today);
	let streak = 0;
	while (days.has(day)) {
		streak += 1;
		day = previousDayKey(day);
	}
	return streak;
}

/** Milliseconds from an instant to the next local midnight in a time zone. */
export function msUntilLocalMidnight(now: Date, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone,
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
		hourCycle: 'h23'
	}).formatToParts(now);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const elapsed =
		((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + now.getMilliseconds();
	return DAY_MS - elapsed;
}

/** Minutes a time zone is ahead of UTC at an instant. */
export function utcOffsetMinutes(now: Date, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		hourCycle: 'h23'
	}).formatToParts(now);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((asUtc - Math.floor(now.getTime() / 60_000) * 60_000) / 60_000);
}

export interface LatestAnswer {
	itemId: string;
	correct: boolean;
}

export interface Mastery {
	/** Items in scope. */
	total: number;
	/** Items answered at least once. */
	seen: number;
	/** Items whose most recent answer was right. */
	correct: number;
	/** correct / seen, or null when nothing was seen: unseen is not wrong. */
	share: number | null;
}

/** Mastery from each item's most recent answer; unseen items count as unseen, not as wrong. */
export function computeMastery(itemIds: string[], latest: Map<string, LatestAnswer>): Mastery {
	let seen = 0;
	let correct = 0;
	for (const id of itemIds) {
		const answer = latest.get(id);
		if (!answer) continue;
		seen += 1;
		if (answer.correct) correct += 1;
	}
	return { total: itemIds.length, seen, correct, share: seen ? correct / seen : null };
}

/** Where a score stands among peers: the share of peers below it, counting ties as half. */
export function percentileFromCounts(below: number, equal: number, peers: number): number {
	return peers ? Math.round(((below + equal / 2) / peers) * 100) : 0;
}

/** The middle value (the mean of the two middle ones for an even count), or null for none. */
export function median(values: number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The day after a `YYYY-MM-DD` key. */
export function nextDayKey(key: string): string {
	const date = new Date(`${key}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

export interface DayCount {
	/** The local calendar day, `YYYY-MM-DD`. */
	day: string;
	count: number;
}

/**
 * Counts per day for every day from `first` to `last` inclusive, days without any counted as 0.
 * Counts keyed before `first` go to `first` (overdue reviews are due today); those after `last`
 * are left out.
 */
export function countsByDay(
	counts: Iterable<[day: string, count: number]>,
	first: string,
	last: string
): DayCount[] {
	const days: DayCount[] = [];
	for (let day = first; day <= last; day = nextDayKey(day)) days.push({ day, count: 0 });
	const index = new Map(days.map((d, i) => [d.day, i]));
	for (const [day, count] of counts) {
		if (day > last) continue;
		days[day < first ? 0 : index.get(day)!].count += count;
	}
	return days;
}

/** The day `n` days before a `YYYY-MM-DD` key (after it, for negative `n`). */
export function daysBefore(key: string, n: number): string {
	const date = new Date(`${key}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() - n);
	return date.toISOString().slice(0, 10);
}
