import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '$lib/time';
import { seedSynthetic, type SeedIds } from '../../../../bench/seed/seed';
import { openDatabase, type DB } from '$lib/server/db';
import { PEER_MINIMUM } from '$lib/server/quiz/peers';
import { CALENDAR_DAYS } from './charts';
import {
	countsByDay,
	currentStreak,
	daysBefore,
	localDayKey,
	median,
	percentileFromCounts,
	utcOffsetMinutes
} from './compute';
import { loadProgress } from './queries';

/*
 * The progress page counts in SQL what could be counted answer by answer. Here every figure it
 * counts that way is counted again, answer by answer, from a seeded history, in time zones whose
 * midnights fall on the hour, the half hour and the quarter hour.
 */

const MAX_COUNTED_ANSWER_MS = 10 * 60_000;
const ZONES = [
	'Europe/London',
	'America/St_Johns',
	'Asia/Kathmandu',
	'Pacific/Chatham',
	'Australia/Lord_Howe'
];
const file = `/tmp/liver-quiz-progress-recount-${process.pid}-${Date.now()}.db`;

interface AnswerRow {
	correct: number;
	timeTakenMs: number | null;
	answeredAt: number;
}
interface StatsRow {
	userId: string;
	bankId: string;
	answered: number;
	correct: number;
}

let ids: SeedIds;
let db: DB;

beforeAll(async () => {
	({ ids } = await seedSynthetic({
		database: file,
		learners: 30,
		answers: 6000,
		heavyAnswers: 1500,
		benchCohortSize: 10,
		months: 3,
		seed: 11,
		password: 'a long enough passphrase'
	}));
	db = openDatabase(file);
}, 60_000);

afterAll(() => {
	db?.$client.close();
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});

function settledAnswers(userId: string): AnswerRow[] {
	return db.$client
		.prepare(
			`select correct, time_taken_ms as timeTakenMs, answered_at as answeredAt
			from answers where user_id = ? and settled = 1`
		)
		.all(userId) as AnswerRow[];
}

function allStats(): StatsRow[] {
	return db.$client
		.prepare('select user_id as userId, bank_id as bankId, answered, correct from user_bank_stats')
		.all() as StatsRow[];
}

/** The Monday on or before the day an instant falls on, at a fixed offset from UTC. */
function mondayOf(at: number, offsetMinutes: number): string {
	const local = new Date(at + offsetMinutes * 60_000);
	const sinceMonday = (local.getUTCDay() + 6) % 7;
	return new Date(local.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** What the page shows, counted one answer and one learner's totals at a time. */
function recount(userId: string, timeZone: string, now: Date) {
	const rows = settledAnswers(userId);
	const offset = utcOffsetMinutes(now, timeZone);
	const weeks = new Map<string, { answered: number; correct: number }>();
	for (const r of rows) {
		const week = weeks.get(mondayOf(r.answeredAt, offset)) ?? { answered: 0, correct: 0 };
		week.answered += 1;
		week.correct += r.correct;
		weeks.set(mondayOf(r.answeredAt, offset), week);
	}
	const today = localDayKey(now, timeZone);
	const perDay = new Map<string, number>();
	for (const r of rows) {
		const day = localDayKey(new Date(r.answeredAt), timeZone);
		perDay.set(day, (perDay.get(day) ?? 0) + 1);
	}
	const first = daysBefore(today, CALENDAR_DAYS - 1);

	const stats = allStats();
	const share = (s: StatsRow) => s.correct / s.answered;
	const standing = new Map(
		stats
			.filter((s) => s.userId === userId)
			.map((mine) => {
				const others = stats.filter((s) => s.bankId === mine.bankId && s.userId !== userId);
				const below = others.filter((s) => share(s) < share(mine)).length;
				const equal = others.filter((s) => share(s) === share(mine)).length;
				const percentile =
					others.length >= PEER_MINIMUM ? percentileFromCounts(below, equal, others.length) : null;
				return [mine.bankId, { percentile, peers: others.length }];
			})
	);
	const peerMedians = new Map<string, { peerMedian: number | null; peers: number }>();
	for (const s of stats) {
		if (s.userId === userId || peerMedians.has(s.bankId)) continue;
		const shares = stats.filter((o) => o.bankId === s.bankId && o.userId !== userId).map(share);
		peerMedians.set(s.bankId, {
			peerMedian: shares.length >= PEER_MINIMUM ? median(shares) : null,
			peers: shares.length
		});
	}

	return {
		answered: rows.length,
		correct: rows.reduce((n, r) => n + r.correct, 0),
		timeSpentMs: rows.reduce((n, r) => n + Math.min(r.timeTakenMs ?? 0, MAX_COUNTED_ANSWER_MS), 0),
		streakDays: currentStreak(perDay.keys(), today),
		weeks: [...weeks]
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([weekStart, w]) => ({ weekStart, ...w })),
		calendar: countsByDay(
			[...perDay].filter(([day]) => day >= first),
			first,
			today
		),
		standing,
		peerMedians
	};
}

function learnersToCheck(): string[] {
	const ordinary = db.$client
		.prepare(
			`select distinct user_id as id from answers where user_id <> ? order by user_id limit 3`
		)
		.all(ids.heavyLearner.id) as { id: string }[];
	const idle = db.$client
		.prepare(
			`select id from users where not exists (select 1 from answers where user_id = users.id) limit 1`
		)
		.get() as { id: string };
	return [ids.heavyLearner.id, ...ordinary.map((o) => o.id), idle.id];
}

describe('the progress page counted in SQL', () => {
	it('equals the same figures counted answer by answer, in every kind of time zone', async () => {
		const learners = learnersToCheck();
		expect(learners).toHaveLength(5);
		const instants = [0, 5, 13, 19].map((hours) => new Date(Date.now() + hours * 3600_000));
		for (const userId of learners)
			for (const timeZone of ZONES)
				for (const now of instants) {
					const shown = await loadProgress(db, { id: userId, timeZone }, now);
					const expected = recount(userId, timeZone, now);
					const where = `${userId} in ${timeZone} at ${now.toISOString()}`;
					expect(
						{
							answered: shown.answered,
							correct: shown.correct,
							timeSpentMs: shown.timeSpentMs,
							streakDays: shown.streakDays,
							weeks: shown.weeks,
							calendar: shown.calendar
						},
						where
					).toEqual({
						answered: expected.answered,
						correct: expected.correct,
						timeSpentMs: expected.timeSpentMs,
						streakDays: expected.streakDays,
						weeks: expected.weeks,
						calendar: expected.calendar
					});
					for (const bank of shown.banks)
						expect(bank, where).toMatchObject(
							expected.standing.get(bank.bankId) ?? { percentile: null, peers: 0 }
						);
					for (const bank of shown.comparison)
						expect(bank, where).toMatchObject(
							expected.peerMedians.get(bank.bankId) ?? { peerMedian: null, peers: 0 }
						);
				}
	});

	it('has a history rich enough to tell the counts apart', async () => {
		const heavy = recount(ids.heavyLearner.id, 'Europe/London', new Date());
		expect(heavy.answered).toBeGreaterThan(1000);
		expect(heavy.weeks.length).toBeGreaterThan(8);
		expect(heavy.streakDays).toBeGreaterThan(0);
		expect([...heavy.standing.values()].some((s) => s.percentile !== null)).toBe(true);
	});
});
