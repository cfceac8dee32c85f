import { and, asc, eq, sql } from 'drizzle-orm';
import type { Feedback, LearnerItem, ReviewedAnswer, SessionResults } from '$lib/quiz';
import type { DB, Queries } from '$lib/server/db';
import {
	answers,
	banks,
	itemFlags,
	itemNotes,
	items,
	itemVersions,
	quizSessionItems,
	type Confidence,
	type QuizSession,
	type Response
} from '$lib/server/db/tables';
import { preparedStep } from '$lib/server/db/prepared';
import { perform, run, type Step } from '$lib/server/db/steps';
import { versionSpecStep } from '$lib/server/bank/versions';
import { learnerItem } from './scoring';
import { peerSharesStep } from './peers';
import { answerInSlot, atSlot } from './session';
import { heldBack, heldBackItemIdsStep } from './open-attempts';

export interface GridCell {
	position: number;
	answered: boolean;
	flagged: boolean;
}

/**
 * What the item page sends: the slot is named by its session and position only, never by the
 * item's own id, so nothing seen during a timed test can be used to look the item up elsewhere.
 */
export interface ItemPage {
	position: number;
	bankTitle: string;
	item: LearnerItem;
	response: Response | null;
	confidence: Confidence | null;
	flagged: boolean;
	note: string;
	/** The question grid of a timed test, for moving between its questions; null in tutor mode. */
	grid: GridCell[] | null;
	/** A tutor item that is also in an open timed test: it cannot be answered here until then. */
	heldBack: boolean;
	feedback: Feedback | null;
}

/** Joins a slot's item to the learner's flag on it; the learner is the `userId` placeholder. */
const learnersFlag = and(
	eq(itemFlags.userId, sql.placeholder('userId')),
	eq(itemFlags.itemId, quizSessionItems.itemId)
);

const gridRows = preparedStep((db) =>
	db
		.select({
			position: quizSessionItems.position,
			answerId: answers.id,
			flag: itemFlags.itemId
		})
		.from(quizSessionItems)
		.leftJoin(answers, answerInSlot)
		.leftJoin(itemFlags, learnersFlag)
		.where(eq(quizSessionItems.sessionId, sql.placeholder('sessionId')))
		.orderBy(asc(quizSessionItems.position))
);

/** Each question of a session in order: whether it is answered and whether the learner flagged it. */
export function* questionGridStep(db: DB, tx: Queries, session: QuizSession): Step<GridCell[]> {
	const rows = yield* run(gridRows(db, tx, { sessionId: session.id, userId: session.userId }));
	return rows.map((r) => ({
		position: r.position,
		answered: r.answerId !== null,
		flagged: r.flag !== null
	}));
}

/**
 * The item at a position as its learner sees it, in one statement: the slot, its bank, the
 * answer given so far, and the learner's note and flag on the item.
 */
const itemView = preparedStep((db) =>
	db
		.select({
			itemId: quizSessionItems.itemId,
			itemVersionId: quizSessionItems.itemVersionId,
			shownAt: quizSessionItems.shownAt,
			bankTitle: banks.title,
			answerId: answers.id,
			response: answers.response,
			confidence: answers.confidence,
			correct: answers.correct,
			marks: answers.marks,
			maxMarks: quizSessionItems.maxMarks,
			note: itemNotes.note,
			flag: itemFlags.itemId,
			heldBack: heldBack(db, quizSessionItems.itemId, sql.placeholder('userId'))
		})
		.from(quizSessionItems)
		.innerJoin(items, eq(items.id, quizSessionItems.itemId))
		.innerJoin(banks, eq(banks.id, items.bankId))
		.leftJoin(answers, answerInSlot)
		.leftJoin(
			itemNotes,
			and(
				eq(itemNotes.userId, sql.placeholder('userId')),
				eq(itemNotes.itemId, quizSessionItems.itemId)
			)
		)
		.leftJoin(itemFlags, learnersFlag)
		.where(atSlot(quizSessionItems))
);

/**
 * Everything the item page shows, and when the item was first shown; null when the session has
 * no item at this position. Feedback (the key, explanations, peers) is included only in tutor
 * mode once the item is answered; a timed test never reveals it before it is finalised.
 */
export function* itemPageStep(
	db: DB,
	tx: Queries,
	session: QuizSession,
	position: number
): Step<{ page: ItemPage; shownAt: Date | null } | null> {
	const [row] = yield* run(
		itemView(db, tx, { sessionId: session.id, userId: session.userId, position })
	);
	const spec = row && (yield* versionSpecStep(db, tx, row.itemVersionId));
	if (!row || !spec) return null;
	const answered = row.answerId !== null;
	const held = session.mode === 'tutor' && row.heldBack;
	const page: ItemPage = {
		position,
		bankTitle: row.bankTitle,
		item: learnerItem(spec),
		response: row.response,
		confidence: row.confidence,
		flagged: row.flag !== null,
		note: row.note ?? '',
		grid: session.mode === 'timed' ? yield* questionGridStep(db, tx, session) : null,
		heldBack: held,
		feedback:
			session.mode === 'tutor' && answered && !held
				? {
						spec,
						correct: row.correct ?? false,
						marks: row.marks ?? 0,
						maxMarks: row.maxMarks,
						peers: yield* peerSharesStep(
							db,
							tx,
							{
								itemId: row.itemId,
								itemVersionId: row.itemVersionId,
								optionCount: spec.options.length,
								stemIds: (spec.stems ?? []).map((s) => s.id),
								shortAnswer: spec.shortAnswer
							},
							session.userId
						)
					}
				: null
	};
	return { page, shownAt: row.shownAt };
}

/** `itemPageStep`, awaited. */
export function readItemPage(
	db: DB,
	session: QuizSession,
	position: number
): Promise<{ page: ItemPage; shownAt: Date | null } | null> {
	return perform(db, itemPageStep(db, db, session, position));
}

/** The score and every item with its feedback: only for a finished session. */
export function* resultsStep(
	db: DB,
	tx: Queries,
	session: QuizSession
): Step<SessionResults | null> {
	if (session.status !== 'finished') return null;
	const rows = yield* run(
		tx
			.select({
				position: quizSessionItems.position,
				itemId: quizSessionItems.itemId,
				maxMarks: quizSessionItems.maxMarks,
				spec: itemVersions.spec,
				bankId: banks.id,
				bankTitle: banks.title,
				bankPosition: banks.position,
				response: answers.response,
				correct: answers.correct,
				marks: answers.marks,
				confidence: answers.confidence,
				flag: itemFlags.itemId
			})
			.from(quizSessionItems)
			.innerJoin(itemVersions, eq(itemVersions.id, quizSessionItems.itemVersionId))
			.innerJoin(items, eq(items.id, quizSessionItems.itemId))
			.innerJoin(banks, eq(banks.id, items.bankId))
			.leftJoin(answers, answerInSlot)
			.leftJoin(
				itemFlags,
				and(eq(itemFlags.userId, session.userId), eq(itemFlags.itemId, quizSessionItems.itemId))
			)
			.where(eq(quizSessionItems.sessionId, session.id))
			.orderBy(asc(quizSessionItems.position))
	);
	const byBank = new Map<string, SessionResults['byBank'][number]>();
	for (const r of rows) {
		const entry = byBank.get(r.bankId) ?? {
			bankId: r.bankId,
			bankTitle: r.bankTitle,
			marks: 0,
			maxMarks: 0,
			items: 0
		};
		entry.marks += r.marks ?? 0;
		entry.maxMarks += r.maxMarks;
		entry.items += 1;
		byBank.set(r.bankId, entry);
	}
	const held = yield* heldBackItemIdsStep(db, tx, session.userId);
	const review: ReviewedAnswer[] = rows.map((r) => ({
		position: r.position,
		bankTitle: r.bankTitle,
		maxMarks: r.maxMarks,
		...(held.has(r.itemId)
			? {
					heldBack: true,
					response: null,
					correct: null,
					marks: null,
					spec: null,
					confidence: null,
					flagged: null
				}
			: {
					heldBack: false,
					response: r.response,
					correct: r.correct ?? false,
					marks: r.marks ?? 0,
					spec: r.spec,
					confidence: r.confidence,
					flagged: r.flag !== null
				})
	}));
	return {
		marks: session.marks ?? 0,
		maxMarks: session.maxMarks,
		answered: rows.filter((r) => r.response !== null).length,
		correctItems: rows.filter((r) => r.correct).length,
		timeUsedMs: (session.finishedAt?.getTime() ?? 0) - session.startedAt.getTime(),
		byBank: Array.from(byBank, ([, bank]) => bank),
		review
	};
}

/** `resultsStep`, awaited. */
export function readResults(db: DB, session: QuizSession): Promise<SessionResults | null> {
	return perform(db, resultsStep(db, db, session));
}
