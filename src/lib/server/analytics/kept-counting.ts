import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import {
	answers as answerTable,
	cohortMembers,
	COUNTINGS,
	quizSessions,
	users,
	type Counting,
	type Response
} from '$lib/server/db/tables';
import { answersWithSessionMarks, hasRestOfSession, remove, write } from './kept-statements';
import { countModuleAttempts, moduleAttemptRowsStep } from './modules';
import { addAnswer, emptyTotals, type CountedAnswer, type Totals } from './totals';

/*
 * Totals counted from the answers: every finished session of a set of learners, a few learners
 * at a time, in all attempts and in first attempts. And the writing of counted totals (or of
 * changes to them, which may take away) into a scope's kept rows.
 */

export type CountedTotals = Record<Counting, Totals>;

export const emptyCounted = (): CountedTotals => ({ first: emptyTotals(), all: emptyTotals() });

/** Learners read per step of a count, with other requests served between steps. */
export const LEARNERS_PER_STEP = 20;

export interface AnswerRow {
	id: number;
	itemVersionId: number;
	itemId: string;
	userId: string;
	answeredAt: number;
	marks: number;
	maxMarks: number;
	/** As SQLite holds it, or as a query of either dialect reads it. */
	response: string | Response;
	sessionMarks: number | null;
	sessionMaxMarks: number;
}

export const asAnswerRow = <T extends { answeredAt: Date }>(row: T) => ({
	...row,
	answeredAt: row.answeredAt.getTime()
});

/**
 * The learners' answers in sessions finished up to a finish order, in sessions of two items or
 * more (a lone item has no rest of the session to correlate with): each learner's to each item
 * in the order given, the earlier first.
 */
function* learnersAnswersStep(tx: Queries, learners: string[], upTo: number): Step<AnswerRow[]> {
	const rows = yield* run(
		answersWithSessionMarks(tx)
			.where(
				and(
					hasRestOfSession(quizSessions.maxMarks),
					inArray(quizSessions.userId, learners),
					lte(quizSessions.finishOrder, upTo)
				)
			)
			.orderBy(
				asc(answerTable.userId),
				asc(answerTable.itemId),
				asc(answerTable.answeredAt),
				asc(answerTable.id)
			)
	);
	return rows.map(asAnswerRow);
}

export function counted(row: AnswerRow): CountedAnswer {
	return {
		itemVersionId: row.itemVersionId,
		marks: row.marks,
		maxMarks: row.maxMarks,
		response:
			typeof row.response === 'string' ? (JSON.parse(row.response) as Response) : row.response,
		sessionMarks: row.sessionMarks ?? 0,
		sessionMaxMarks: row.sessionMaxMarks
	};
}

/** Counts rows that come in learner, item and time order: every one, and each learner's first per item. */
function countAnswers(into: CountedTotals, rows: Iterable<AnswerRow>): void {
	let previous = '';
	for (const row of rows) {
		const answer = counted(row);
		addAnswer(into.all, answer);
		const key = `${row.userId}/${row.itemId}`;
		if (key === previous) continue;
		previous = key;
		addAnswer(into.first, answer);
	}
}

/** The latest finish order: sessions up to it are finished. */
export function* lastFinishOrderStep(tx: Queries): Step<number> {
	const [row] = yield* run(
		tx
			.select({ last: sql<number | null>`max(${quizSessions.finishOrder})`.mapWith(Number) })
			.from(quizSessions)
	);
	return row?.last ?? 0;
}

/** The latest finish order, awaited. */
export function lastFinishOrder(db: DB): Promise<number> {
	return perform(db, lastFinishOrderStep(db));
}

/** Every user, or a cohort's members. */
export function* learnerIdsStep(tx: Queries, cohortId: string | null): Step<string[]> {
	const rows = cohortId
		? yield* run(
				tx
					.select({ id: cohortMembers.userId })
					.from(cohortMembers)
					.where(eq(cohortMembers.cohortId, cohortId))
			)
		: yield* run(tx.select({ id: users.id }).from(users));
	return rows.map((r) => r.id);
}

/** Counts the sessions of learners finished up to a finish order, a few learners per query. */
export function* countLearnersStep(
	tx: Queries,
	learners: string[],
	upTo: number,
	into: CountedTotals
): Step<void> {
	for (let i = 0; i < learners.length; i += LEARNERS_PER_STEP) {
		const step = learners.slice(i, i + LEARNERS_PER_STEP);
		countAnswers(into, yield* learnersAnswersStep(tx, step, upTo));
		const rows = yield* moduleAttemptRowsStep(tx, step, upTo);
		countModuleAttempts({ modules: into.all.modules, firstAttempts: null }, rows);
		countModuleAttempts({ modules: into.first.modules, firstAttempts: new Set() }, rows);
	}
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Counts the sessions of learners finished up to a finish order, a few learners at a time, with
 * other requests served between steps.
 */
export async function countLearners(
	db: DB,
	learners: string[],
	upTo: number,
	into: CountedTotals
): Promise<void> {
	for (let i = 0; i < learners.length; i += LEARNERS_PER_STEP) {
		if (i) await nextTurn();
		await perform(db, countLearnersStep(db, learners.slice(i, i + LEARNERS_PER_STEP), upTo, into));
	}
}

/** Counts every finished session of every learner, or of a cohort's members, from the answers. */
export async function recountTotals(db: DB, cohortId: string | null): Promise<CountedTotals> {
	const into = emptyCounted();
	const upTo = await lastFinishOrder(db);
	const learners = await perform(db, learnerIdsStep(db, cohortId));
	await countLearners(db, learners, upTo, into);
	return into;
}

/** Adds totals (or changes to them, which may take away) to a scope's kept totals. */
export function* writeTotalsStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	totals: CountedTotals
): Step<void> {
	for (const counting of COUNTINGS) {
		const key = { scopeId, counting };
		for (const [itemVersionId, version] of totals[counting].versions) {
			yield* run(write.changed(db, tx, { ...key, itemVersionId }));
			for (const [, s] of version.byRest) {
				if (!s.answers && !s.marks && !s.marksSquared && !s.rest && !s.restSquared && !s.marksRest)
					continue;
				const row = { ...key, itemVersionId, restMax: s.restMax };
				yield* run(
					write.sums(db, tx, {
						...row,
						answers: s.answers,
						marks: s.marks,
						marksSquared: s.marksSquared,
						rest: s.rest,
						restSquared: s.restSquared,
						marksRest: s.marksRest
					})
				);
				if (s.answers < 0) yield* run(remove.sums(db, tx, row));
			}
			for (const [, b] of version.byTotal) {
				const row = { ...key, itemVersionId, total: b.total };
				if (b.answers || b.marks)
					yield* run(write.buckets(db, tx, { ...row, answers: b.answers, marks: b.marks }));
				if (b.answers < 0) yield* run(remove.buckets(db, tx, row));
			}
			for (const [stemId, counts] of version.picks)
				for (const [option, picks] of counts.entries()) {
					const row = { ...key, itemVersionId, stemId, option };
					if (picks) yield* run(write.picks(db, tx, { ...row, picks }));
					if (picks < 0) yield* run(remove.picks(db, tx, row));
				}
		}
		for (const [moduleId, module] of totals[counting].modules) {
			yield* run(write.moduleChanged(db, tx, { ...key, moduleId }));
			for (const [, s] of module.byMaxMarks) {
				const row = { ...key, moduleId, maxMarks: s.maxMarks };
				if (s.attempts || s.marks || s.marksSquared || s.right || s.rightSquared || s.questions)
					yield* run(
						write.modules(db, tx, {
							...row,
							attempts: s.attempts,
							marks: s.marks,
							marksSquared: s.marksSquared,
							right: s.right,
							rightSquared: s.rightSquared,
							questions: s.questions
						})
					);
				if (s.attempts < 0) yield* run(remove.modules(db, tx, row));
			}
			for (const [itemId, item] of module.items) {
				const row = { ...key, moduleId, itemId };
				if (item.drawn || item.right)
					yield* run(write.moduleItems(db, tx, { ...row, drawn: item.drawn, right: item.right }));
				if (item.drawn < 0) yield* run(remove.moduleItems(db, tx, row));
			}
		}
	}
}

export function negated(totals: CountedTotals): CountedTotals {
	for (const counting of COUNTINGS) {
		for (const [, version] of totals[counting].versions) {
			for (const [, s] of version.byRest)
				for (const k of [
					'answers',
					'marks',
					'marksSquared',
					'rest',
					'restSquared',
					'marksRest'
				] as const)
					s[k] = -s[k];
			for (const [, b] of version.byTotal) {
				b.answers = -b.answers;
				b.marks = -b.marks;
			}
			for (const [, counts] of version.picks) counts.forEach((c, i) => (counts[i] = -c));
		}
		for (const [, module] of totals[counting].modules) {
			for (const [, s] of module.byMaxMarks)
				for (const k of [
					'attempts',
					'marks',
					'marksSquared',
					'right',
					'rightSquared',
					'questions'
				] as const)
					s[k] = -s[k];
			for (const [, item] of module.items) {
				item.drawn = -item.drawn;
				item.right = -item.right;
			}
		}
	}
	return totals;
}
