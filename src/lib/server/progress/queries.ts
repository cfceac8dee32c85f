import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import { countDueReviews } from '../review/cards';
import { PEER_MINIMUM } from '../quiz/peers';
import { heldBackItemIds } from '../quiz/open-attempts';
import {
	answerQuarterHour,
	bankComparison,
	dueForecast,
	quarterHourDay,
	studyCalendar,
	type BankComparison
} from './charts';
import type { DB } from '../db';
import { peerStandings, type PeerStanding } from './peers';
import { answers, banks, items, itemVersions, quizSessions, type User } from '../db/schema';
import {
	computeMastery,
	currentStreak,
	localDayKey,
	msUntilLocalMidnight,
	percentileFromCounts,
	utcOffsetMinutes,
	type DayCount,
	type LatestAnswer,
	type Mastery
} from './compute';

/** An answer's time counts up to this, so a tab left open does not count as study. */
const MAX_COUNTED_ANSWER_MS = 10 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

interface LatestRow extends LatestAnswer {
	confidence: string | null;
	answeredAt: Date;
}

/** A learner's answers that count: an open timed test's answers wait until it is marked. */
function settledBy(userId: string) {
	return and(eq(answers.userId, userId), eq(answers.settled, true));
}

/** Each item's most recent answer by the learner (SQLite takes the other columns from the max row). */
function latestAnswers(db: DB, userId: string): Map<string, LatestRow> {
	const rows = db
		.select({
			itemId: answers.itemId,
			correct: answers.correct,
			confidence: answers.confidence,
			answeredAt: sql<number>`max(${answers.answeredAt})`
		})
		.from(answers)
		.where(settledBy(userId))
		.groupBy(answers.itemId)
		.all();
	return new Map(rows.map((r) => [r.itemId, { ...r, answeredAt: new Date(r.answeredAt) }]));
}

export interface BankProgress extends Mastery {
	bankId: string;
	title: string;
	/** Percentile among peers on this bank; null under 5 peers or when not practised. */
	percentile: number | null;
	peers: number;
}

export interface ObjectiveProgress extends Mastery {
	objective: string;
	bankTitle: string;
}

export interface WeekPoint {
	weekStart: string;
	answered: number;
	correct: number;
}

export interface Progress {
	answered: number;
	correct: number;
	streakDays: number;
	timeSpentMs: number;
	dueToday: number;
	dueNow: number;
	banks: BankProgress[];
	objectives: ObjectiveProgress[];
	weeks: WeekPoint[];
	/** Reviews falling due on each of the next 30 days, today first. */
	forecast: DayCount[];
	/** Answers on each of the last 182 days, ending today. */
	calendar: DayCount[];
	/** Share right per bank beside the median of every other learner's. */
	comparison: BankComparison[];
	weakest: BankProgress[];
	confidentlyWrong: { itemId: string; bankTitle: string; stem: string }[];
	history: {
		id: string;
		mode: string;
		status: string;
		startedAt: Date;
		itemCount: number;
		marks: number | null;
		maxMarks: number;
	}[];
}

function headline(db: DB, userId: string) {
	return (
		db
			.select({
				answered: count(),
				correct: sql<number>`coalesce(sum(${answers.correct}), 0)`,
				timeSpentMs: sql<number>`coalesce(sum(min(coalesce(${answers.timeTakenMs}, 0), ${MAX_COUNTED_ANSWER_MS})), 0)`
			})
			.from(answers)
			.where(settledBy(userId))
			.get() ?? { answered: 0, correct: 0, timeSpentMs: 0 }
	);
}

function practisedDays(db: DB, userId: string, timeZone: string): string[] {
	const quarters = db
		.selectDistinct({ quarter: answerQuarterHour })
		.from(answers)
		.where(settledBy(userId))
		.all();
	return [...new Set(quarters.map((q) => quarterHourDay(q.quarter, timeZone)))];
}

/**
 * Answers and right answers per week, Monday to Sunday, at one UTC offset. SQLite counts weeks as
 * whole numbers; each becomes a date once, here, rather than once per answer.
 */
function weeklyAccuracy(db: DB, userId: string, offsetMinutes: number): WeekPoint[] {
	// Whole local days since 1970; bound numbers reach SQLite as reals, hence the cast.
	const localDay = sql`cast((${answers.answeredAt} + ${offsetMinutes * 60_000}) / ${sql.raw(String(DAY_MS))} as integer)`;
	// Day 0, 1 January 1970, was a Thursday: adding 3 makes each week start on a Monday.
	const week = sql<number>`(${localDay} + 3) / 7`;
	return db
		.select({ week, answered: count(), correct: sql<number>`sum(${answers.correct})` })
		.from(answers)
		.where(settledBy(userId))
		.groupBy(week)
		.orderBy(week)
		.all()
		.map(({ week, answered, correct }) => ({
			weekStart: new Date((week * 7 - 3) * DAY_MS).toISOString().slice(0, 10),
			answered,
			correct
		}));
}

/** The learner's standing on each bank they have practised, among everyone else who has. */
function peerPercentiles(
	standings: Map<string, PeerStanding>
): Map<string, { percentile: number | null; peers: number }> {
	const percentiles = new Map<string, { percentile: number | null; peers: number }>();
	for (const [bankId, { peers, below, equal }] of standings) {
		if (below === null || equal === null) continue;
		const percentile = peers >= PEER_MINIMUM ? percentileFromCounts(below, equal, peers) : null;
		percentiles.set(bankId, { percentile, peers });
	}
	return percentiles;
}

/** Everything the progress page shows, for one learner. */
export function loadProgress(
	db: DB,
	user: Pick<User, 'id' | 'timeZone'>,
	now = new Date()
): Progress {
	const latest = latestAnswers(db, user.id);
	const published = db
		.select({
			id: items.id,
			bankId: items.bankId,
			bankTitle: banks.title,
			bankPosition: banks.position,
			objective: sql<string>`json_extract(${itemVersions.spec}, '$.objective')`,
			stem: sql<string>`json_extract(${itemVersions.spec}, '$.stem')`
		})
		.from(items)
		.innerJoin(banks, eq(banks.id, items.bankId))
		.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.where(eq(items.status, 'published'))
		.orderBy(banks.position, items.position)
		.all();

	const standings = peerStandings(db, user.id);
	const percentiles = peerPercentiles(standings);
	const bankItems = new Map<string, { title: string; ids: string[] }>();
	const objectiveItems = new Map<string, { bankTitle: string; ids: string[] }>();
	for (const item of published) {
		const bank = bankItems.get(item.bankId) ?? { title: item.bankTitle, ids: [] };
		bank.ids.push(item.id);
		bankItems.set(item.bankId, bank);
		const objective = objectiveItems.get(item.objective) ?? { bankTitle: item.bankTitle, ids: [] };
		objective.ids.push(item.id);
		objectiveItems.set(item.objective, objective);
	}
	const bankProgress: BankProgress[] = [...bankItems].map(([bankId, { title, ids }]) => ({
		bankId,
		title,
		...computeMastery(ids, latest),
		percentile: percentiles.get(bankId)?.percentile ?? null,
		peers: percentiles.get(bankId)?.peers ?? 0
	}));
	const objectives = [...objectiveItems]
		.map(([objective, { bankTitle, ids }]) => ({
			objective,
			bankTitle,
			...computeMastery(ids, latest)
		}))
		.filter((o) => o.seen > 0)
		.sort((a, b) => (a.share ?? 0) - (b.share ?? 0) || b.seen - a.seen);

	const stems = new Map(published.map((p) => [p.id, p]));
	const held = heldBackItemIds(db, user.id);
	const confidentlyWrong = [...latest.values()]
		.filter(
			(a) => !a.correct && a.confidence === 'sure' && stems.has(a.itemId) && !held.has(a.itemId)
		)
		.sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime())
		.map((a) => ({
			itemId: a.itemId,
			bankTitle: stems.get(a.itemId)!.bankTitle,
			stem: stems.get(a.itemId)!.stem
		}));

	const totals = headline(db, user.id);
	const endOfToday = new Date(now.getTime() + msUntilLocalMidnight(now, user.timeZone));

	return {
		answered: totals.answered,
		correct: totals.correct,
		timeSpentMs: totals.timeSpentMs,
		streakDays: currentStreak(
			practisedDays(db, user.id, user.timeZone),
			localDayKey(now, user.timeZone)
		),
		dueToday: countDueReviews(db, user.id, endOfToday),
		dueNow: countDueReviews(db, user.id, now),
		banks: bankProgress,
		objectives,
		weeks: weeklyAccuracy(db, user.id, utcOffsetMinutes(now, user.timeZone)),
		forecast: dueForecast(db, user, now),
		calendar: studyCalendar(db, user, now),
		comparison: bankComparison(db, user.id, standings, PEER_MINIMUM),
		weakest: bankProgress
			.filter((b) => b.seen >= 3 && (b.share ?? 1) < 0.8)
			.sort((a, b) => (a.share ?? 0) - (b.share ?? 0))
			.slice(0, 3),
		confidentlyWrong,
		history: db
			.select({
				id: quizSessions.id,
				mode: quizSessions.mode,
				status: quizSessions.status,
				startedAt: quizSessions.startedAt,
				itemCount: quizSessions.itemCount,
				marks: quizSessions.marks,
				maxMarks: quizSessions.maxMarks
			})
			.from(quizSessions)
			.where(and(eq(quizSessions.userId, user.id), ne(quizSessions.itemCount, 0)))
			.orderBy(desc(quizSessions.startedAt))
			.limit(50)
			.all()
	};
}
