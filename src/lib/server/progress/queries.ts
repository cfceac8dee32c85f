import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { countDueReviewsStep } from '$lib/server/review/cards';
import { PEER_MINIMUM } from '$lib/server/quiz/peers';
import { heldBackItemIdsStep } from '$lib/server/quiz/open-attempts';
import type { BankComparison } from '$lib/progress';
import { bankComparison, calendarOf, dueForecast } from './charts';
import type { DB } from '$lib/server/db';
import { answersByDay, answersByQuarterHour, answersByWeek, type WeekPoint } from './history';
import { peerStandings, type PeerStanding } from './peers';
import type { User } from '$lib/server/db/schema';
import { onPostgres, perform } from '$lib/server/db/steps';
import { answers, banks, items, itemVersions, quizSessions } from '$lib/server/db/tables';
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

/**
 * Each item's most recent answer by the learner. SQLite takes the other columns of a group from
 * its row holding the `max()`; PostgreSQL keeps the first row of each item in `distinct on` order.
 */
async function latestAnswers(db: DB, userId: string): Promise<Map<string, LatestRow>> {
	if (onPostgres(db)) {
		const pg = db as unknown as NodePgDatabase;
		const { rows } = await pg.execute<{
			itemId: string;
			correct: boolean;
			confidence: string | null;
			answeredAt: number;
		}>(sql`
			select distinct on (${answers.itemId}) ${answers.itemId} as "itemId",
				${answers.correct} as "correct", ${answers.confidence} as "confidence",
				${answers.answeredAt} as "answeredAt"
			from ${answers}
			where ${settledBy(userId)}
			order by ${answers.itemId}, ${answers.answeredAt} desc, ${answers.id} desc`);
		return new Map(rows.map((r) => [r.itemId, { ...r, answeredAt: new Date(r.answeredAt) }]));
	}
	const rows = await db
		.select({
			itemId: answers.itemId,
			correct: answers.correct,
			confidence: answers.confidence,
			answeredAt: sql<number>`max(${answers.answeredAt})`
		})
		.from(answers)
		.where(settledBy(userId))
		.groupBy(answers.itemId);
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
async function timeSpentMs(db: DB, userId: string): Promise<number> {
	const taken = sql`coalesce(${answers.timeTakenMs}, 0)`;
	const counted = sql`case when ${taken} < ${sql.raw(String(MAX_COUNTED_ANSWER_MS))} then ${taken} else ${sql.raw(String(MAX_COUNTED_ANSWER_MS))} end`;
	const [spent] = await db
		.select({ ms: sql<number>`cast(coalesce(sum(${counted}), 0) as bigint)` })
		.from(answers)
		.where(settledBy(userId));
	return Number(spent?.ms ?? 0);
}

/** A text field of an item version's JSON spec. */
function specField(db: DB, field: 'objective' | 'stem') {
	return onPostgres(db)
		? sql<string>`${itemVersions.spec}->>${field}`
		: sql<string>`json_extract(${itemVersions.spec}, ${'$.' + field})`;
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
export async function loadProgress(
	db: DB,
	user: Pick<User, 'id' | 'timeZone'>,
	now = new Date()
): Promise<Progress> {
	const latest = await latestAnswers(db, user.id);
	const published = await db
		.select({
			id: items.id,
			bankId: items.bankId,
			bankTitle: banks.title,
			bankPosition: banks.position,
			objective: specField(db, 'objective'),
			stem: specField(db, 'stem')
		})
		.from(items)
		.innerJoin(banks, eq(banks.id, items.bankId))
		.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.where(fixed(eq(items.status, 'published')))
		.orderBy(banks.position, items.position);

	const standings = await peerStandings(db, user.id);
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
	const held = await perform(db, heldBackItemIdsStep(db, db, user.id));
	const confidentlyWrong = [...latest]
		.map(([, answer]) => answer)
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
	const quarters = await answersByQuarterHour(db, user.id);
	const perDay = answersByDay(quarters, user.timeZone);
	const today = localDayKey(now, user.timeZone);

	return {
		answered: quarters.reduce((n, q) => n + q.answered, 0),
		correct: quarters.reduce((n, q) => n + q.correct, 0),
		timeSpentMs: await timeSpentMs(db, user.id),
		streakDays: currentStreak(perDay.keys(), today),
		dueToday: await perform(db, countDueReviewsStep(db, user.id, endOfToday)),
		dueNow: await perform(db, countDueReviewsStep(db, user.id, now)),
		banks: bankProgress,
		objectives,
		weeks: answersByWeek(quarters, utcOffsetMinutes(now, user.timeZone)),
		forecast: await dueForecast(db, user, now),
		calendar: calendarOf(perDay, today),
		comparison: await bankComparison(db, user.id, standings, PEER_MINIMUM),
		weakest: bankProgress
			.filter((b) => b.seen >= 3 && (b.share ?? 1) < 0.8)
			.sort((a, b) => (a.share ?? 0) - (b.share ?? 0))
			.slice(0, 3),
		confidentlyWrong,
		history: await db
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
	};
}
