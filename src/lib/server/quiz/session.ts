import { and, eq, lte, not, sql, type SQL } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB, Queries } from '$lib/server/db';
import { groupCommitStep } from '$lib/server/db/group-commit';
import { fromExcluded, preparedStep, selectedPlaceholders, fixed } from '$lib/server/db/prepared';
import {
	all,
	onPostgres,
	parallel,
	perform,
	run,
	transaction,
	type Query,
	type Step
} from '$lib/server/db/steps';
import {
	answers,
	quizSessionItems,
	quizSessions,
	type Answer,
	type Confidence,
	type QuizSession,
	type Response
} from '$lib/server/db/tables';
import { recordModuleResultStep } from '$lib/server/cohorts/module-results';
import { countAnswerInStatsStep } from '$lib/server/progress/stats';
import {
	readCardBefore,
	scheduleReviewStep,
	updateReviewCardStep,
	type CardBefore
} from '$lib/server/review/cards';
import { tallyAnswerStep } from './peers';
import { scoreResponse } from './scoring';
import { versionSpecStep } from '$lib/server/bank/versions';
import { heldBack, isHeldBackStep } from './open-attempts';
import { countFinishedSessionStep } from '$lib/server/analytics/kept-session';

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

const ownedSession = preparedStep((db) =>
	db
		.select()
		.from(quizSessions)
		.where(
			and(
				eq(quizSessions.id, sql.placeholder('id')),
				eq(quizSessions.userId, sql.placeholder('userId'))
			)
		)
);

/** The session when it belongs to the user; null otherwise, so others' ids look absent. */
export function* ownedSessionStep(
	db: DB,
	tx: Queries,
	userId: string,
	sessionId: string
): Step<QuizSession | null> {
	const [session] = yield* run(ownedSession(db, tx, { id: sessionId, userId }));
	return session ?? null;
}

/** `ownedSessionStep`, awaited. */
export function findOwnedSession(
	db: DB,
	userId: string,
	sessionId: string
): Promise<QuizSession | null> {
	return perform(db, ownedSessionStep(db, db, userId, sessionId));
}

/** What answering needs of a session: none of it changes once the session has started. */
export type AnsweredSession = Pick<
	QuizSession,
	'id' | 'userId' | 'mode' | 'itemCount' | 'deadlineAt'
>;

export function isPastDeadline(session: Pick<QuizSession, 'deadlineAt'>, now: Date): boolean {
	return session.deadlineAt !== null && now.getTime() >= session.deadlineAt.getTime();
}

/**
 * The lock every finalisation holds on PostgreSQL: finish orders are handed out one at a time, so
 * no two sessions take the same, and they are committed in the order they were handed out.
 */
// Stryker disable next-line StringLiteral: the name is only that of a PostgreSQL advisory lock, which SQLite never takes; races.pg.spec.ts covers the finish order there
export const FINISH_ORDER_LOCK = 'quiz-finish-order';

/**
 * Finishes a session exactly once: only the call that moves it from active to finished scores it,
 * takes it into the kept item-analysis totals and, for a timed test, schedules reviews of its
 * answers. Returns whether this call did. Run it under `FINISH_ORDER_LOCK`.
 */
export function* finaliseSessionStep(
	db: DB,
	tx: Queries,
	sessionId: string,
	now = new Date()
): Step<boolean> {
	// Claiming the session first keeps its row locked on PostgreSQL until this commits: an answer
	// being recorded holds the row `for share`, so it is in before the marks are added up, and
	// any answer after finds the session finished.
	const [session] = yield* run(
		tx
			.update(quizSessions)
			.set({ status: 'finished' })
			.where(and(eq(quizSessions.id, sessionId), fixed(eq(quizSessions.status, 'active'))))
			.returning()
	);
	if (!session) return false;
	const finishedAt =
		session.deadlineAt && session.deadlineAt.getTime() < now.getTime() ? session.deadlineAt : now;
	const [sum] = yield* run(
		tx
			.select({ marks: sql<number>`coalesce(sum(${answers.marks}), 0)`.mapWith(Number) })
			.from(answers)
			.where(eq(answers.sessionId, sessionId))
	);
	const total = sum?.marks ?? 0;
	yield* run(
		tx
			.update(quizSessions)
			.set({
				finishedAt,
				marks: total,
				finishOrder: sql`(select coalesce(max(${quizSessions.finishOrder}), 0) + 1 from ${quizSessions})`
			})
			.where(eq(quizSessions.id, sessionId))
	);
	yield* recordModuleResultStep(tx, session, total, finishedAt);
	yield* countFinishedSessionStep(db, tx, sessionId);
	if (session.mode === 'timed') {
		const given = yield* run(
			tx.update(answers).set({ settled: true }).where(eq(answers.sessionId, sessionId)).returning()
		);
		for (const answer of given) yield* settleAnswerStep(db, tx, answer);
	}
	return true;
}

/** Finalises a session in its own transaction; whether this call did. */
export function finishSession(db: DB, sessionId: string, now = new Date()): Promise<boolean> {
	return transaction(db, (tx) => finaliseSessionStep(db, tx, sessionId, now), {
		// Stryker disable next-line ArrayDeclaration: SQLite ignores advisory locks, running one transaction at a time; races.pg.spec.ts covers the finish order on PostgreSQL
		locks: [FINISH_ORDER_LOCK]
	});
}

/**
 * What follows from an answer once it is final (a tutor answer at once, a timed one when its test
 * is finalised): the item's next review, the learner's running totals and the item's tallies.
 */
function* settleAnswerStep(
	db: DB,
	tx: Queries,
	answer: Answer,
	/** The learner's review card of the item, when read already (see `readCardBefore`). */
	cardRead?: CardBefore[]
): Step<void> {
	const { userId, itemId, answeredAt } = answer;
	yield* parallel([
		cardRead
			? scheduleReviewStep(db, tx, cardRead[0], userId, itemId, answer, answeredAt)
			: updateReviewCardStep(db, tx, userId, itemId, answer, answeredAt),
		countAnswerInStatsStep(db, tx, answer),
		tallyAnswerStep(db, tx, answer)
	]);
}

const sessionById = preparedStep((db) =>
	db
		.select()
		.from(quizSessions)
		.where(eq(quizSessions.id, sql.placeholder('id')))
);

/** The session as it stands now: a timed test past its deadline is finalised first. */
export async function currentSession(
	db: DB,
	session: QuizSession,
	now = new Date()
): Promise<QuizSession> {
	if (session.status === 'active' && isPastDeadline(session, now)) {
		await finishSession(db, session.id, now);
		const [read] = await perform(db, run(sessionById(db, db, { id: session.id })));
		return read;
	}
	return session;
}

/** Expired tests finalised per transaction by the sweeper. */
const SWEEP_BATCH = 50;

/**
 * Up to a batch of timed tests past their deadline. On PostgreSQL their rows are locked, and rows
 * another server's sweeper holds are passed over: two sweepers never work on one session.
 */
function expiredBatch(tx: Queries, now: Date): Query<{ id: string }[]> {
	const query = tx
		.select({ id: quizSessions.id })
		.from(quizSessions)
		.where(and(fixed(eq(quizSessions.status, 'active')), lte(quizSessions.deadlineAt, now)))
		.orderBy(quizSessions.deadlineAt)
		.limit(SWEEP_BATCH);
	if (!onPostgres(tx)) return query;
	// Stryker disable StringLiteral, ObjectLiteral, BooleanLiteral: SQLite takes no row locks, so only PostgreSQL reads this; races.pg.spec.ts has two servers sweep there at once
	return (
		query as unknown as {
			for(strength: 'update', config: { skipLocked: true }): Query<{ id: string }[]>;
		}
	).for('update', { skipLocked: true });
}

// Stryker restore StringLiteral, ObjectLiteral, BooleanLiteral: only the row lock above is left unmutated
/**
 * Finalises every timed test whose deadline has passed, whether or not its learner returns: a
 * batch per transaction, each session once. Returns how many this call finalised.
 */
export async function finaliseExpiredSessions(db: DB, now = new Date()): Promise<number> {
	let finalised = 0;
	for (;;) {
		const batch = await transaction(
			db,
			function* (tx) {
				const expired = yield* run(expiredBatch(tx, now));
				let finished = 0;
				for (const { id } of expired)
					if (yield* finaliseSessionStep(db, tx, id, now)) finished += 1;
				return { claimed: expired.length, finished };
			},
			{ behavior: 'immediate', locks: [FINISH_ORDER_LOCK] }
		);
		finalised += batch.finished;
		if (batch.claimed < SWEEP_BATCH || batch.finished === 0) return finalised;
	}
}

const markFirstShown = preparedStep((db) =>
	db
		.update(quizSessionItems)
		.set({ shownAt: sql`${sql.placeholder('now')}` })
		.where(and(atSlot(quizSessionItems), sql`${quizSessionItems.shownAt} is null`))
);

/**
 * Notes when an item was first shown, for the time taken to answer it; later views write nothing.
 * On SQLite the write shares a commit with the other writes of this turn (`groupCommitStep`).
 */
export async function noteShown(
	db: DB,
	sessionId: string,
	position: number,
	now = new Date()
): Promise<void> {
	const mark = () => run(markFirstShown(db, db, { sessionId, position, now: now.getTime() }));
	// Stryker disable next-line ConditionalExpression: on SQLite the mark is written alike with or without the shared commit; session-finishing.spec.ts covers PostgreSQL under npm run test:pg
	if (onPostgres(db)) await perform(db, mark());
	else await groupCommitStep(db, mark);
}

const sessionStatus = preparedStep((db) =>
	db
		.select({ status: quizSessions.status })
		.from(quizSessions)
		.where(eq(quizSessions.id, sql.placeholder('id')))
);

/** Whether the session is still active: neither finished nor gone. */
export async function isActive(db: DB, sessionId: string): Promise<boolean> {
	const [current] = await perform(db, run(sessionStatus(db, db, { id: sessionId })));
	return current?.status === 'active';
}

const answerAt = preparedStep((db) => db.select().from(answers).where(atSlot(answers)));

/**
 * Every column of an answer but the identity the database assigns and the time taken, which the
 * insert works out from when the slot was first shown.
 */
type AnswerRow = Omit<Answer, 'id' | 'timeTakenMs'>;

const activeSession = and(
	eq(quizSessions.id, sql.placeholder('sessionId')),
	fixed(eq(quizSessions.status, 'active'))
);

/**
 * Milliseconds from the slot's first showing to the `answeredAt` placeholder; null when it was
 * never shown (an answer posted without opening the page).
 */
function timeTaken(db: Queries) {
	const param = sql.param(sql.placeholder('answeredAt'), answers.answeredAt);
	// Stryker disable next-line StringLiteral: the cast is read only on PostgreSQL, where session-finishing.spec.ts times answers under npm run test:pg
	const answeredAt = onPostgres(db) ? sql`cast(${param} as bigint)` : param;
	const shownAt = quizSessionItems.shownAt;
	return sql<number | null>`(select case when ${shownAt} is null then null
		when ${answeredAt} > ${shownAt} then ${answeredAt} - ${shownAt} else 0 end
		from ${quizSessionItems} where ${atSlot(quizSessionItems)})`.as('time_taken_ms');
}

/**
 * The answer row (from placeholders named after its columns) when the session is still active and
 * `guard` holds, as one statement decides it. On PostgreSQL the session row is held `for share`
 * until the answer commits, so a finalisation waits for answers in flight and none lands after it.
 */
function answerIfActive(db: Queries, guard?: SQL) {
	const query = db
		.select({ ...selectedPlaceholders(db, answers, 'id'), timeTakenMs: timeTaken(db) })
		.from(quizSessions)
		.where(and(activeSession, guard));
	if (!onPostgres(db)) return query;
	// Stryker disable StringLiteral, ObjectLiteral: SQLite takes no row locks, so only PostgreSQL reads this; races.pg.spec.ts and the session specs under npm run test:pg answer there
	return (
		query as unknown as { for(strength: 'share', config: { of: unknown }): typeof query }
	).for('share', { of: quizSessions });
}

// Stryker restore StringLiteral, ObjectLiteral: only the row lock above is left unmutated
/**
 * A tutor answer, unless the session has ended, the item is held back or the slot has an answer:
 * the unique (session, position) keeps the first.
 */
const insertAnswer = preparedStep((db) =>
	db
		.insert(answers)
		.select(
			answerIfActive(
				db,
				not(heldBack(db, sql`${sql.placeholder('itemId')}`, sql.placeholder('userId')))
			)
		)
		.onConflictDoNothing()
		.returning()
);

/**
 * A timed test keeps one answer per item: a later choice replaces the earlier one. The same
 * answer again writes nothing.
 */
const saveAnswer = preparedStep((db) =>
	db
		.insert(answers)
		.select(answerIfActive(db))
		.onConflictDoUpdate({
			target: [answers.sessionId, answers.position],
			set: fromExcluded(answers, [
				'response',
				'correct',
				'marks',
				'confidence',
				'answeredAt',
				'timeTakenMs'
			]),
			setWhere: sql`cast(${answers.response} as text) is distinct from cast(excluded.response as text)
				or ${answers.confidence} is distinct from excluded.confidence`
		})
		.returning()
);

export type RecordAnswerResult =
	| { ok: true; answer: Answer; repeated: boolean }
	| { ok: false; reason: 'finished' | 'expired' | 'no-such-item' | 'held-back' };

/**
 * Records an answer to an active session before its deadline, in the transaction this step runs
 * in. In tutor mode the first answer to an item is the one that counts: a replay or a second
 * click returns the stored answer unchanged. In a timed test the answer may change until the
 * deadline, and each item keeps one row.
 */
export function* recordAnswerStep(
	db: DB,
	tx: Queries,
	session: AnsweredSession,
	position: number,
	response: Response,
	confidence: Confidence | null,
	now = new Date(),
	/** The item at this position, when the caller has read it already. */
	knownSlot?: Slot
): Step<RecordAnswerResult> {
	const slot = knownSlot ?? (yield* slotStep(db, tx, session.id, position));
	if (!slot) {
		const [current] = yield* run(sessionStatus(db, tx, { id: session.id }));
		return { ok: false, reason: current?.status === 'active' ? 'no-such-item' : 'finished' };
	}
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
		answeredAt: now,
		settled: session.mode === 'tutor'
	};
	if (session.mode === 'timed') {
		const [answer] = yield* run(saveAnswer(db, tx, row));
		if (!answer) return yield* unwrittenAnswerStep(db, tx, session, position, slot.itemId);
		return { ok: true, answer, repeated: false };
	}
	// Settling a tutor answer starts from the learner's review card of the item, read with the
	// insert (one round trip on PostgreSQL); a replay, which inserts nothing, leaves it unused.
	const [[answer], cardRead] = yield* all([
		insertAnswer(db, tx, row),
		readCardBefore(db, tx, session.userId, slot.itemId)
	]);
	if (!answer) return yield* unwrittenAnswerStep(db, tx, session, position, slot.itemId);
	yield* settleAnswerStep(db, tx, answer, cardRead);
	return { ok: true, answer, repeated: false };
}

/**
 * Why an answer was not written: the session has ended, the item is held back, or (the usual
 * case: a replay or a second click) the slot holds it already, which is returned unchanged.
 */
function* unwrittenAnswerStep(
	db: DB,
	tx: Queries,
	session: AnsweredSession,
	position: number,
	itemId: string
): Step<RecordAnswerResult> {
	const [current] = yield* run(sessionStatus(db, tx, { id: session.id }));
	if (current?.status !== 'active') return { ok: false, reason: 'finished' };
	if (session.mode === 'tutor' && (yield* isHeldBackStep(db, tx, session.userId, itemId)))
		return { ok: false, reason: 'held-back' };
	const [kept] = yield* run(answerAt(db, tx, { sessionId: session.id, position }));
	// No answer: the item was held back when the insert ran, and has been released since.
	if (!kept) return { ok: false, reason: 'held-back' };
	return { ok: true, answer: kept, repeated: true };
}

/** An answer, or for a test past its deadline the finish instead, as one step (SQLite's path). */
function* answerOrFinishStep(
	db: DB,
	session: AnsweredSession,
	position: number,
	response: Response,
	confidence: Confidence | null,
	now: Date,
	knownSlot?: Slot
): Step<RecordAnswerResult> {
	if (isPastDeadline(session, now)) {
		const ended = yield* finaliseSessionStep(db, db, session.id, now);
		return { ok: false, reason: ended ? 'expired' : 'finished' };
	}
	return yield* recordAnswerStep(db, db, session, position, response, confidence, now, knownSlot);
}

/**
 * Records an answer (see `recordAnswerStep`) in a transaction of its own: on SQLite one whose
 * commit is shared with the other writes of this turn (`groupCommitStep`). An answer after the
 * deadline finalises the test instead ('expired'; 'finished' when it had been finalised already).
 * The session's status is not taken from `session`: the statements check it as they write.
 */
export async function submitAnswer(
	db: DB,
	session: AnsweredSession,
	position: number,
	response: Response,
	confidence: Confidence | null,
	now = new Date(),
	knownSlot?: Slot
): Promise<RecordAnswerResult> {
	// Stryker disable next-line BooleanLiteral, ConditionalExpression: on SQLite either path records and refuses the same answers; races.pg.spec.ts and the session specs under npm run test:pg take PostgreSQL's
	if (!onPostgres(db))
		return groupCommitStep(db, () =>
			answerOrFinishStep(db, session, position, response, confidence, now, knownSlot)
		);
	// Stryker disable next-line ConditionalExpression, BlockStatement: reached only on PostgreSQL, where session-finishing.spec.ts under npm run test:pg answers after a deadline
	if (isPastDeadline(session, now)) {
		const ended = await finishSession(db, session.id, now);
		// Stryker disable next-line ObjectLiteral, BooleanLiteral, StringLiteral: reached only on PostgreSQL, where session-finishing.spec.ts under npm run test:pg answers after a deadline
		return { ok: false, reason: ended ? 'expired' : 'finished' };
	}
	// Stryker disable next-line ArrowFunction: reached only on PostgreSQL, where races.pg.spec.ts and the session specs under npm run test:pg record answers
	const record = (tx: Queries) =>
		recordAnswerStep(db, tx, session, position, response, confidence, now, knownSlot);
	// A timed answer is one statement, which commits on its own; a tutor answer's consequences are
	// written with it.
	// Stryker disable next-line ConditionalExpression, EqualityOperator, StringLiteral: reached only on PostgreSQL, where races.pg.spec.ts and the session specs under npm run test:pg record tutor and timed answers
	return session.mode === 'timed' ? perform(db, record(db)) : transaction(db, record);
}

/** The item a slot serves, at the version and marks fixed when its session started. */
export interface SlotItem {
	itemId: string;
	itemVersionId: number;
	maxMarks: number;
}

export interface Slot extends SlotItem {
	position: number;
	spec: ItemSpec;
}

/** The columns of `SlotItem`. */
export const slotItem = {
	itemId: quizSessionItems.itemId,
	itemVersionId: quizSessionItems.itemVersionId,
	maxMarks: quizSessionItems.maxMarks
};

const slotAt = preparedStep((db) =>
	db.select(slotItem).from(quizSessionItems).where(atSlot(quizSessionItems))
);

/** The item at a position of a session, at the version the session serves. */
export function* slotStep(
	db: DB,
	tx: Queries,
	sessionId: string,
	position: number
): Step<Slot | null> {
	const [slot] = yield* run(slotAt(db, tx, { sessionId, position }));
	if (!slot) return null;
	const spec = yield* versionSpecStep(db, tx, slot.itemVersionId);
	return spec ? { ...slot, position, spec } : null;
}

/** `slotStep`, awaited. */
export function loadSlot(db: DB, sessionId: string, position: number): Promise<Slot | null> {
	return perform(db, slotStep(db, db, sessionId, position));
}

/** Where a resumed session opens: its first unanswered question, or its last. */
export async function resumePosition(
	db: DB,
	session: Pick<QuizSession, 'id' | 'itemCount'>
): Promise<number> {
	const [row] = await db
		.select({ position: sql<number | null>`min(${quizSessionItems.position})` })
		.from(quizSessionItems)
		.leftJoin(answers, answerInSlot)
		.where(and(eq(quizSessionItems.sessionId, session.id), sql`${answers.id} is null`));
	return row?.position ?? session.itemCount;
}

function activeSessionsOf(db: DB, userId: string) {
	return db
		.select()
		.from(quizSessions)
		.where(and(eq(quizSessions.userId, userId), fixed(eq(quizSessions.status, 'active'))))
		.orderBy(sql`${quizSessions.startedAt} desc`);
}

/** Unfinished sessions of a learner, newest first, for resuming. */
export async function unfinishedSessions(
	db: DB,
	userId: string,
	now = new Date()
): Promise<QuizSession[]> {
	const current: QuizSession[] = [];
	for (const session of await activeSessionsOf(db, userId))
		current.push(await currentSession(db, session, now));
	return current.filter((s) => s.status === 'active');
}
