import { and, count, eq, gte, sql } from 'drizzle-orm';
import { DAY_MS } from '$lib/time';
import type { DB } from '$lib/server/db';
import { answers } from '$lib/server/db/tables';
import { localDayKey } from './compute';

/*
 * A learner's settled answers over time. SQLite counts them per quarter hour, a few thousand rows
 * for years of daily practice; days and weeks are counted from those here. Every time zone's
 * midnight falls between two quarter hours, so a quarter hour lies within one local day.
 */

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * The quarter hour an answer was given in, counted from 1970, as a whole number. The divisor is
 * written into the statement because better-sqlite3 binds every JavaScript number as a real:
 * divided by a real, each answer would land in a bucket of its own.
 */
const answerQuarterHour = sql<number>`cast(${answers.answeredAt} / ${sql.raw(String(QUARTER_HOUR_MS))} as integer)`;

export interface QuarterHour {
	quarter: number;
	answered: number;
	correct: number;
}

export interface WeekPoint {
	weekStart: string;
	answered: number;
	correct: number;
}

/** The learner's settled answers (since an instant, if given) per quarter hour, in no set order. */
export async function answersByQuarterHour(
	db: DB,
	userId: string,
	since?: Date
): Promise<QuarterHour[]> {
	return db
		.select({
			quarter: answerQuarterHour,
			answered: count(),
			correct: count(sql`case when ${answers.correct} then 1 end`)
		})
		.from(answers)
		.where(
			and(
				eq(answers.userId, userId),
				eq(answers.settled, true),
				since ? gte(answers.answeredAt, since) : undefined
			)
		)
		.groupBy(answerQuarterHour);
}

/** Answers per local calendar day, `YYYY-MM-DD`. */
export function answersByDay(quarters: QuarterHour[], timeZone: string): Map<string, number> {
	const perDay = new Map<string, number>();
	for (const q of quarters) {
		const day = localDayKey(new Date(q.quarter * QUARTER_HOUR_MS), timeZone);
		perDay.set(day, (perDay.get(day) ?? 0) + q.answered);
	}
	return perDay;
}

/** Answers and right answers per week, Monday to Sunday, at one offset from UTC, oldest first. */
export function answersByWeek(quarters: QuarterHour[], offsetMinutes: number): WeekPoint[] {
	const perWeek = new Map<number, { answered: number; correct: number }>();
	for (const q of quarters) {
		const localDay = Math.floor((q.quarter * QUARTER_HOUR_MS + offsetMinutes * 60_000) / DAY_MS);
		// Day 0, 1 January 1970, was a Thursday: adding 3 makes each week start on a Monday.
		const week = Math.floor((localDay + 3) / 7);
		const counts = perWeek.get(week) ?? { answered: 0, correct: 0 };
		counts.answered += q.answered;
		counts.correct += q.correct;
		perWeek.set(week, counts);
	}
	return [...perWeek]
		.sort(([a], [b]) => a - b)
		.map(([week, counts]) => ({
			weekStart: new Date((week * 7 - 3) * DAY_MS).toISOString().slice(0, 10),
			...counts
		}));
}
