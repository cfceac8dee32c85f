import type { DB, Queries } from '$lib/server/db';
import { run, type Step } from '$lib/server/db/steps';
import {
	asAnswerRow,
	counted,
	emptyCounted,
	writeTotalsStep,
	type AnswerRow,
	type CountedTotals
} from './kept-counting';
import {
	allLearnersScope,
	answersOfSession,
	cohortScopesOf,
	firstAnswerBefore,
	firstAttemptBefore,
	questionsOfSession,
	sessionById
} from './kept-statements';
import { attemptOf, type ModuleAttemptRow } from './modules';
import { addAnswer, addAttempt } from './totals';

/*
 * A finished session counted into the kept totals: what it changes in its learner's part, in all
 * attempts and in first attempts, written in the transaction that finishes it to every scope that
 * counts its learner.
 */

export interface SessionRow {
	id: string;
	userId: string;
	moduleId: string | null;
	startedAt: number;
	finishOrder: number;
	marks: number | null;
	maxMarks: number;
}

export function* sessionRow(db: DB, tx: Queries, id: string): Step<SessionRow | null> {
	const [row] = yield* run(sessionById(db, tx, { id }));
	if (!row || row.finishOrder === null) return null;
	return { ...row, startedAt: row.startedAt.getTime(), finishOrder: row.finishOrder };
}

/** A finished module attempt's rows, as `moduleAttemptRows` reads them: none for practice. */
function* attemptRows(db: DB, tx: Queries, session: SessionRow): Step<ModuleAttemptRow[]> {
	const { moduleId } = session;
	if (moduleId === null) return [];
	const questions = yield* run(questionsOfSession(db, tx, { sessionId: session.id }));
	return questions.map((q) => ({
		sessionId: session.id,
		userId: session.userId,
		moduleId,
		startedAt: session.startedAt,
		finishOrder: session.finishOrder,
		marks: session.marks,
		maxMarks: session.maxMarks,
		itemId: q.itemId,
		correct: q.correct ? 1 : 0
	}));
}

/**
 * What a finished session changes in its learner's part of the totals: every answer counts in
 * all attempts; an answer earlier than the learner's first answer to the item among the sessions
 * finished before it takes that one's place in first attempts, and so does a module attempt
 * started before the learner's first one.
 */
export function* sessionChangeStep(db: DB, tx: Queries, session: SessionRow): Step<CountedTotals> {
	const change = emptyCounted();
	const given = yield* run(
		answersOfSession(db, tx, { sessionId: session.id, maxMarks: session.maxMarks })
	);
	const seen = new Set<string>();
	for (const selected of given) {
		const row: AnswerRow = {
			...asAnswerRow(selected),
			sessionMarks: session.marks ?? 0,
			sessionMaxMarks: session.maxMarks
		};
		const answer = counted(row);
		addAnswer(change.all, answer);
		if (seen.has(row.itemId)) continue;
		seen.add(row.itemId);
		const [found] = yield* run(
			firstAnswerBefore(db, tx, {
				userId: row.userId,
				itemId: row.itemId,
				finishOrder: session.finishOrder
			})
		);
		const earlier = found && asAnswerRow(found);
		if (
			earlier &&
			(earlier.answeredAt < row.answeredAt ||
				(earlier.answeredAt === row.answeredAt && earlier.id < row.id))
		)
			continue;
		if (earlier) addAnswer(change.first, counted(earlier), -1);
		addAnswer(change.first, answer);
	}
	if (session.moduleId === null) return change;
	const rows = yield* attemptRows(db, tx, session);
	if (!rows.length) return change;
	const attempt = attemptOf(rows);
	addAttempt(change.all, attempt);
	const [first] = yield* run(
		firstAttemptBefore(db, tx, {
			userId: session.userId,
			moduleId: session.moduleId,
			finishOrder: session.finishOrder
		})
	);
	if (first && first.startedAt.getTime() <= session.startedAt) return change;
	if (first) {
		const firstSession = yield* sessionRow(db, tx, first.id);
		if (firstSession)
			addAttempt(change.first, attemptOf(yield* attemptRows(db, tx, firstSession)), -1);
	}
	addAttempt(change.first, attempt);
	return change;
}

/** The scopes whose totals hold a learner's part: all learners, and the cohorts counted with them. */
function* scopesCounting(db: DB, tx: Queries, userId: string): Step<number[]> {
	const all = yield* run(allLearnersScope(db, tx));
	const cohorts = yield* run(cohortScopesOf(db, tx, { userId }));
	return [...all, ...cohorts].map((r) => r.id);
}

/**
 * Takes a finished session into the kept totals of every scope that counts its learner. Run in
 * the transaction that finishes it, so that each session is counted exactly once; the totals are
 * changed by adding to rows (upserts), so sessions finishing at once all count.
 */
export function* countFinishedSessionStep(db: DB, tx: Queries, sessionId: string): Step<void> {
	const session = yield* sessionRow(db, tx, sessionId);
	if (!session) return;
	const scopes = yield* scopesCounting(db, tx, session.userId);
	if (!scopes.length) return;
	const change = yield* sessionChangeStep(db, tx, session);
	for (const scopeId of scopes) yield* writeTotalsStep(db, tx, scopeId, change);
}
