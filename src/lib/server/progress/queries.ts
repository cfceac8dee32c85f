import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { countDueReviews } from '../review/cards';
import { PEER_MINIMUM } from '../quiz/peers';
import { heldBackItemIds } from '../quiz/open-attempts';
import { bankComparison, calendarOf, dueForecast, type BankComparison } from './charts';
import type { DB } from '../db';
import { answersByDay, answersByQuarterHour, answersByWeek, type WeekPoint } from './history';
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

export type { WeekPoint } from './history';

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

/** Time spent answering, each answer counted up to `MAX_COUNTED_ANSWER_MS`. */
function timeSpentMs(db: DB, userId: string): number {
	return (
		db
			.select({
				ms: sql<number>`coalesce(sum(min(coalesce(${answers.timeTakenMs}, 0), ${MAX_COUNTED_ANSWER_MS})), 0)`
			})
			.from(answers)
			.where(settledBy(userId))
			.get()?.ms ?? 0
	);
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

	const endOfToday = new Date(now.getTime() + msUntilLocalMidnight(now, user.timeZone));
	const quarters = answersByQuarterHour(db, user.id);
	const perDay = answersByDay(quarters, user.timeZone);
	const today = localDayKey(now, user.timeZone);

	return {
		answered: quarters.reduce((n, q) => n + q.answered, 0),
		correct: quarters.reduce((n, q) => n + q.correct, 0),
		timeSpentMs: timeSpentMs(db, user.id),
		streakDays: currentStreak(perDay.keys(), today),
		dueToday: countDueReviews(db, user.id, endOfToday),
		dueNow: countDueReviews(db, user.id, now),
		banks: bankProgress,
		objectives,
		weeks: answersByWeek(quarters, utcOffsetMinutes(now, user.timeZone)),
		forecast: dueForecast(db, user, now),
		calendar: calendarOf(perDay, today),
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
