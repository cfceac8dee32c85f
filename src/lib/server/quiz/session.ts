import { and, eq, lte, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
import { fromExcluded, placeholders, preparedFor } from '../db/prepared';
import {
	answers,
	quizSessionItems,
	quizSessions,
	type Answer,
	type Confidence,
	type QuizSession,
	type Response
} from '../db/schema';
import { recordModuleResult } from '../cohorts/modules';
import { countAnswerInStats } from '../progress/stats';
import { updateReviewCard } from '../review/cards';
import { tallyAnswer } from './peers';
import { scoreResponse } from './scoring';
import { versionSpec } from '../bank/versions';
import { isHeldBack } from './open-attempts';
import { countFinishedSession } from '../analytics/kept-totals';

/** A session's slot, or the answer given in it, at the `sessionId` and `position` placeholders. */
export function atSlot(table: typeof quizSessionItems | typeof answers) {
	return and(
		eq(table.sessionId, sql.placeholder('sessionId')),
		eq(table.position, sql.placeholder('position'))
	);
}

/** Joins a session's slot to the answer given in it. */
export const answerInSlot = and(
	eq(answers.sessionId, quizSessionItems.sessionId),
	eq(answers.position, quizSessionItems.position)
);

const ownedSession = preparedFor((db) =>
	db
		.select()
		.from(quizSessions)
		.where(
			and(
				eq(quizSessions.id, sql.placeholder('id')),
				eq(quizSessions.userId, sql.placeholder('userId'))
			)
		)
		.prepare()
);

/** The session when it belongs to the user; null otherwise, so others' ids look absent. */
export function getOwnedSession(db: DB, userId: string, sessionId: string): QuizSession | null {
	return ownedSession(db).get({ id: sessionId, userId }) ?? null;
}

export function isPastDeadline(session: QuizSession, now: Date): boolean {
	return session.deadlineAt !== null && now.getTime() >= session.deadlineAt.getTime();
}

/**
 * Finishes a session exactly once: only the call that moves it from active to finished scores it,
 * takes it into the kept item-analysis totals and, for a timed test, schedules reviews of its
 * answers. Returns whether this call did.
 */
export function finaliseSession(db: DB, sessionId: string, now = new Date()): boolean {
	return db.transaction((tx) => {
		const session = tx.select().from(quizSessions).where(eq(quizSessions.id, sessionId)).get();
		if (!session || session.status !== 'active') return false;
		const finishedAt =
			session.deadlineAt && session.deadlineAt.getTime() < now.getTime() ? session.deadlineAt : now;
		const total =
			tx
				.select({ marks: sql<number>`coalesce(sum(${answers.marks}), 0)` })
				.from(answers)
				.where(eq(answers.sessionId, sessionId))
				.get()?.marks ?? 0;
		const changed = tx
			.update(quizSessions)
			.set({
				status: 'finished',
				finishedAt,
				marks: total,
				finishOrder: sql`(select coalesce(max(${quizSessions.finishOrder}), 0) + 1 from ${quizSessions})`
			})
			.where(and(eq(quizSessions.id, sessionId), eq(quizSessions.status, 'active')))
			.run().changes;
		if (changed !== 1) return false;
		recordModuleResult(tx, session, total, finishedAt);
		countFinishedSession(db, sessionId);
		if (session.mode === 'timed') {
			const given = tx
				.update(answers)
				.set({ settled: true })
				.where(eq(answers.sessionId, sessionId))
				.returning()
				.all();
			for (const answer of given) settleAnswer(db, answer);
		}
		return true;
	});
}

/**
 * What follows from an answer once it is final (a tutor answer at once, a timed one when its test
 * is finalised): the item's next review, the learner's running totals and the item's tallies.
 */
function settleAnswer(db: DB, answer: Answer): void {
	updateReviewCard(db, answer.userId, answer.itemId, answer, answer.answeredAt);
	countAnswerInStats(db, answer);
	tallyAnswer(db, answer);
}

/** The session as it stands now: a timed test past its deadline is finalised first. */
export function currentSession(db: DB, session: QuizSession, now = new Date()): QuizSession {
	if (session.status === 'active' && isPastDeadline(session, now)) {
		finaliseSession(db, session.id, now);
		return db.select().from(quizSessions).where(eq(quizSessions.id, session.id)).get()!;
	}
	return session;
}

/** Finalises every timed test whose deadline has passed, whether or not its learner returns. */
export function finaliseExpiredSessions(db: DB, now = new Date()): number {
	const expired = db
		.select({ id: quizSessions.id })
		.from(quizSessions)
		.where(and(eq(quizSessions.status, 'active'), lte(quizSessions.deadlineAt, now)))
		.all();
	return expired.filter((s) => finaliseSession(db, s.id, now)).length;
}

const markFirstShown = preparedFor((db) =>
	db
		.update(quizSessionItems)
		.set({ shownAt: sql`${sql.placeholder('now')}` })
		.where(and(atSlot(quizSessionItems), sql`${quizSessionItems.shownAt} is null`))
		.prepare()
);

/** Notes when an item was first shown, for the time taken to answer it; later views write nothing. */
export function markShown(db: DB, sessionId: string, position: number, now = new Date()): void {
	markFirstShown(db).run({ sessionId, position, now: now.getTime() });
}

const sessionStatus = preparedFor((db) =>
	db
		.select({ status: quizSessions.status })
		.from(quizSessions)
		.where(eq(quizSessions.id, sql.placeholder('id')))
		.prepare()
);

const answerAt = preparedFor((db) => db.select().from(answers).where(atSlot(answers)).prepare());

const ANSWER_COLUMNS = [
	'sessionId',
	'position',
	'userId',
	'itemId',
	'itemVersionId',
	'response',
	'correct',
	'marks',
	'maxMarks',
	'confidence',
	'timeTakenMs',
	'answeredAt',
	'settled'
] as const;

type AnswerRow = Pick<Answer, (typeof ANSWER_COLUMNS)[number]>;

const answerPlaceholders = placeholders(answers, ANSWER_COLUMNS);

const insertAnswer = preparedFor((db) =>
	db.insert(answers).values(answerPlaceholders).returning().prepare()
);

/** A timed test keeps one answer per item: a later choice replaces the earlier one. */
const saveAnswer = preparedFor((db) =>
	db
		.insert(answers)
		.values(answerPlaceholders)
		.onConflictDoUpdate({
			target: [answers.sessionId, answers.position],
			set: fromExcluded(answers, [
				'response',
				'correct',
				'marks',
				'confidence',
				'answeredAt',
				'timeTakenMs'
			])
		})
		.returning()
		.prepare()
);

export type RecordAnswerResult =
	| { ok: true; answer: Answer; repeated: boolean }
	| { ok: false; reason: 'finished' | 'expired' | 'no-such-item' | 'held-back' };

/**
 * Records an answer. In tutor mode the first answer to an item is the one that counts: a replay
 * or a second click returns the stored answer unchanged. In a timed test the answer may change
 * until the deadline, and each item keeps one row.
 */
export function recordAnswer(
	db: DB,
	session: QuizSession,
	position: number,
	response: Response,
	confidence: Confidence | null,
	now = new Date(),
	/** The item at this position, when the caller has read it already. */
	knownSlot?: Slot
): RecordAnswerResult {
	if (session.status !== 'active') return { ok: false, reason: 'finished' };
	if (isPastDeadline(session, now)) {
		finaliseSession(db, session.id, now);
		return { ok: false, reason: 'expired' };
	}
	// Statements prepared on `db` run inside this transaction too: it is one connection.
	return db.transaction(() => {
		const current = sessionStatus(db).get({ id: session.id });
		if (current?.status !== 'active') return { ok: false as const, reason: 'finished' as const };
		const slot = knownSlot ?? getSlot(db, session.id, position);
		if (!slot) return { ok: false as const, reason: 'no-such-item' as const };
		if (session.mode === 'tutor' && isHeldBack(db, session.userId, slot.itemId))
			return { ok: false as const, reason: 'held-back' as const };
		const { correct, marks } = scoreResponse(slot.spec, response);
		const row: AnswerRow = {
			sessionId: session.id,
			position,
			userId: session.userId,
			itemId: slot.itemId,
			itemVersionId: slot.itemVersionId,
			response,
			correct,
			marks,
			maxMarks: slot.maxMarks,
			confidence,
			timeTakenMs: slot.shownAt ? Math.max(0, now.getTime() - slot.shownAt.getTime()) : null,
			answeredAt: now,
			settled: session.mode === 'tutor'
		};
		const existing = answerAt(db).get({ sessionId: session.id, position });
		if (session.mode === 'tutor') {
			if (existing) return { ok: true as const, answer: existing, repeated: true };
			const answer = insertAnswer(db).get(row);
			settleAnswer(db, answer);
			return { ok: true as const, answer, repeated: false };
		}
		if (
			existing &&
			JSON.stringify(existing.response) === JSON.stringify(response) &&
			existing.confidence === confidence
		)
			return { ok: true as const, answer: existing, repeated: true };
		const answer = saveAnswer(db).get(row)!;
		return { ok: true as const, answer, repeated: false };
	});
}

export interface Slot {
	position: number;
	itemId: string;
	itemVersionId: number;
	maxMarks: number;
	shownAt: Date | null;
	spec: ItemSpec;
}

const slotAt = preparedFor((db) =>
	db
		.select({
			itemId: quizSessionItems.itemId,
			itemVersionId: quizSessionItems.itemVersionId,
			maxMarks: quizSessionItems.maxMarks,
			shownAt: quizSessionItems.shownAt
		})
		.from(quizSessionItems)
		.where(atSlot(quizSessionItems))
		.prepare()
);

/** The item at a position of a session, at the version the session serves. */
export function getSlot(db: DB, sessionId: string, position: number): Slot | null {
	const slot = slotAt(db).get({ sessionId, position });
	const spec = slot && versionSpec(db, slot.itemVersionId);
	return slot && spec ? { ...slot, position, spec } : null;
}

/** Where a resumed session opens: its first unanswered question, or its last. */
export function resumePosition(db: DB, session: Pick<QuizSession, 'id' | 'itemCount'>): number {
	const row = db
		.select({ position: sql<number | null>`min(${quizSessionItems.position})` })
		.from(quizSessionItems)
		.leftJoin(answers, answerInSlot)
		.where(and(eq(quizSessionItems.sessionId, session.id), sql`${answers.id} is null`))
		.get();
	return row?.position ?? session.itemCount;
}

/** Unfinished sessions of a learner, newest first, for resuming. */
export function listUnfinishedSessions(db: DB, userId: string, now = new Date()): QuizSession[] {
	const active = db
		.select()
		.from(quizSessions)
		.where(and(eq(quizSessions.userId, userId), eq(quizSessions.status, 'active')))
		.orderBy(sql`${quizSessions.startedAt} desc`)
		.all();
	return active.map((s) => currentSession(db, s, now)).filter((s) => s.status === 'active');
}
