import { and, asc, eq, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { LearnerItem } from '$lib/quiz';
import type { DB } from '../db';
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
} from '../db/schema';
import { preparedFor } from '../db/prepared';
import { learnerItem } from './scoring';
import { peerOptionShares, type PeerShares } from './peers';
import { getAnswer, type Slot } from './session';

export interface GridCell {
	position: number;
	answered: boolean;
	flagged: boolean;
}

export interface Feedback {
	spec: ItemSpec;
	correct: boolean;
	marks: number;
	maxMarks: number;
	/** How other learners answered; null until enough have. */
	peers: PeerShares | null;
}

export interface ItemPage {
	position: number;
	itemId: string;
	bankTitle: string;
	item: LearnerItem;
	response: Response | null;
	confidence: Confidence | null;
	flagged: boolean;
	note: string;
	grid: GridCell[];
	feedback: Feedback | null;
}

const gridRows = preparedFor((db) =>
	db
		.select({
			position: quizSessionItems.position,
			answerId: answers.id,
			flag: itemFlags.itemId
		})
		.from(quizSessionItems)
		.leftJoin(
			answers,
			and(
				eq(answers.sessionId, quizSessionItems.sessionId),
				eq(answers.position, quizSessionItems.position)
			)
		)
		.leftJoin(
			itemFlags,
			and(
				eq(itemFlags.userId, sql.placeholder('userId')),
				eq(itemFlags.itemId, quizSessionItems.itemId)
			)
		)
		.where(eq(quizSessionItems.sessionId, sql.placeholder('sessionId')))
		.orderBy(asc(quizSessionItems.position))
		.prepare()
);

function grid(db: DB, session: QuizSession): GridCell[] {
	return gridRows(db)
		.all({ sessionId: session.id, userId: session.userId })
		.map((r) => ({
			position: r.position,
			answered: r.answerId !== null,
			flagged: r.flag !== null
		}));
}

const bankTitleOf = preparedFor((db) =>
	db
		.select({ title: banks.title })
		.from(items)
		.innerJoin(banks, eq(banks.id, items.bankId))
		.where(eq(items.id, sql.placeholder('itemId')))
		.prepare()
);

const noteOn = preparedFor((db) =>
	db
		.select({ note: itemNotes.note })
		.from(itemNotes)
		.where(
			and(
				eq(itemNotes.userId, sql.placeholder('userId')),
				eq(itemNotes.itemId, sql.placeholder('itemId'))
			)
		)
		.prepare()
);

/**
 * Everything the item page shows. Feedback (the key, explanations, peers) is included only in
 * tutor mode once the item is answered; a timed test never reveals it before it is finalised.
 */
export function loadItemPage(db: DB, session: QuizSession, slot: Slot): ItemPage {
	const { position } = slot;
	const answer = getAnswer(db, session.id, position);
	const note = noteOn(db).get({ userId: session.userId, itemId: slot.itemId });
	const cells = grid(db, session);
	const showFeedback = session.mode === 'tutor' && answer !== null;
	return {
		position,
		itemId: slot.itemId,
		bankTitle: bankTitleOf(db).get({ itemId: slot.itemId })?.title ?? '',
		item: learnerItem(slot.spec),
		response: answer?.response ?? null,
		confidence: answer?.confidence ?? null,
		flagged: cells[position - 1]?.flagged ?? false,
		note: note?.note ?? '',
		grid: cells,
		feedback: showFeedback
			? {
					spec: slot.spec,
					correct: answer.correct,
					marks: answer.marks,
					maxMarks: answer.maxMarks,
					peers: peerOptionShares(
						db,
						{
							itemId: slot.itemId,
							itemVersionId: slot.itemVersionId,
							optionCount: slot.spec.options.length,
							matching: slot.spec.type === 'extended-matching'
						},
						session.userId
					)
				}
			: null
	};
}

export interface ReviewedAnswer {
	position: number;
	bankTitle: string;
	spec: ItemSpec;
	response: Response | null;
	correct: boolean;
	marks: number;
	maxMarks: number;
}

export interface SessionResults {
	marks: number;
	maxMarks: number;
	answered: number;
	correctItems: number;
	timeUsedMs: number;
	byBank: { bankTitle: string; marks: number; maxMarks: number; items: number }[];
	review: ReviewedAnswer[];
}

/** The score and every item with its feedback: only for a finished session. */
export function loadResults(db: DB, session: QuizSession): SessionResults | null {
	if (session.status !== 'finished') return null;
	const rows = db
		.select({
			position: quizSessionItems.position,
			maxMarks: quizSessionItems.maxMarks,
			spec: itemVersions.spec,
			bankTitle: banks.title,
			bankPosition: banks.position,
			response: answers.response,
			correct: answers.correct,
			marks: answers.marks
		})
		.from(quizSessionItems)
		.innerJoin(itemVersions, eq(itemVersions.id, quizSessionItems.itemVersionId))
		.innerJoin(items, eq(items.id, quizSessionItems.itemId))
		.innerJoin(banks, eq(banks.id, items.bankId))
		.leftJoin(
			answers,
			and(
				eq(answers.sessionId, quizSessionItems.sessionId),
				eq(answers.position, quizSessionItems.position)
			)
		)
		.where(eq(quizSessionItems.sessionId, session.id))
		.orderBy(asc(quizSessionItems.position))
		.all();
	const review: ReviewedAnswer[] = rows.map((r) => ({
		position: r.position,
		bankTitle: r.bankTitle,
		spec: r.spec,
		response: r.response,
		correct: r.correct ?? false,
		marks: r.marks ?? 0,
		maxMarks: r.maxMarks
	}));
	const byBank = new Map<string, SessionResults['byBank'][number]>();
	for (const r of review) {
		const entry = byBank.get(r.bankTitle) ?? {
			bankTitle: r.bankTitle,
			marks: 0,
			maxMarks: 0,
			items: 0
		};
		entry.marks += r.marks;
		entry.maxMarks += r.maxMarks;
		entry.items += 1;
		byBank.set(r.bankTitle, entry);
	}
	return {
		marks: session.marks ?? 0,
		maxMarks: session.maxMarks,
		answered: review.filter((r) => r.response !== null).length,
		correctItems: review.filter((r) => r.correct).length,
		timeUsedMs: (session.finishedAt?.getTime() ?? 0) - session.startedAt.getTime(),
		byBank: [...byBank.values()],
		review
	};
}
