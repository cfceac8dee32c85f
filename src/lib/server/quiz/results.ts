import { and, asc, eq, inArray } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { DB } from '$lib/server/db';
import {
	answers,
	items,
	quizSessionItems,
	quizSessions,
	type QuizSession
} from '$lib/server/db/tables';
import { perform } from '$lib/server/db/steps';
import { beginSession } from './build';
import { heldBackItemIdsStep } from './open-attempts';
import { answerInSlot } from './session';
import type { ReviewedAnswer } from '$lib/quiz';

export const REVIEW_FILTERS = ['wrong', 'flagged', 'unsure', 'all'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/**
 * Which questions each filter of the results page shows. A question held back by an open timed
 * test shows only under "all": where it would fall in the others depends on its answer, which
 * stays hidden until that test is marked.
 */
export function inFilter(answer: ReviewedAnswer, filter: ReviewFilter): boolean {
	if (filter === 'all') return true;
	if (answer.heldBack) return false;
	switch (filter) {
		case 'wrong':
			return isWrong(answer);
		case 'flagged':
			return answer.flagged;
		case 'unsure':
			return answer.response !== null && answer.confidence !== null && answer.confidence !== 'sure';
	}
}

/** Not fully right: wrong, partly right, or left unanswered. */
function isWrong(answer: { response: unknown; correct: boolean | null }): boolean {
	return answer.response === null || answer.correct !== true;
}

/** The filter a results page opens on when its address names none: the wrong answers, if any. */
export function defaultFilter(review: ReviewedAnswer[]): ReviewFilter {
	return review.some((a) => inFilter(a, 'wrong')) ? 'wrong' : 'all';
}

export function parseFilter(value: string | null, review: ReviewedAnswer[]): ReviewFilter | null {
	if (value === null || value === '') return defaultFilter(review);
	return (REVIEW_FILTERS as readonly string[]).includes(value) ? (value as ReviewFilter) : null;
}

/**
 * The questions of a finished session not answered fully right, in order, leaving out those held
 * back by an open timed test (whether they were right must not show) and any no longer published.
 */
export async function wrongItemIds(db: DB, session: QuizSession): Promise<string[]> {
	const held = await perform(db, heldBackItemIdsStep(db, db, session.userId));
	const rows = await db
		.select({
			itemId: quizSessionItems.itemId,
			response: answers.response,
			correct: answers.correct
		})
		.from(quizSessionItems)
		.innerJoin(items, eq(items.id, quizSessionItems.itemId))
		.leftJoin(answers, answerInSlot)
		.where(and(eq(quizSessionItems.sessionId, session.id), fixed(eq(items.status, 'published'))))
		.orderBy(asc(quizSessionItems.position));
	return rows.filter((r) => isWrong(r) && !held.has(r.itemId)).map((r) => r.itemId);
}

/** The session already started from this one's wrong answers, if any. */
export async function retryOf(db: DB, session: QuizSession): Promise<QuizSession | null> {
	const [retry] = await db
		.select()
		.from(quizSessions)
		.where(and(eq(quizSessions.retryOf, session.id), eq(quizSessions.userId, session.userId)))
		.limit(1);
	return retry ?? null;
}

export type PractiseWrongResult =
	{ ok: true; session: QuizSession } | { ok: false; message: string };

/**
 * Starts a tutor session of exactly the questions a finished session got wrong. Each session
 * has at most one: asking again (a double submit, a second tab) returns the one already started.
 */
export async function practiseWrong(
	db: DB,
	session: QuizSession,
	now = new Date()
): Promise<PractiseWrongResult> {
	if (session.status !== 'finished')
		return { ok: false, message: 'Finish this session before practising its questions.' };
	const existing = await retryOf(db, session);
	if (existing) return { ok: true, session: existing };
	const itemIds = await wrongItemIds(db, session);
	if (!itemIds.length)
		return { ok: false, message: 'There are no questions you got wrong to practise here.' };
	const banksOfItems = await db
		.select({ bankId: items.bankId })
		.from(items)
		.where(inArray(items.id, itemIds));
	const bankIds = [...new Set(banksOfItems.map((r) => r.bankId))];
	try {
		const started = await beginSession(
			db,
			session.userId,
			{
				mode: 'tutor',
				retryOf: session.id,
				settings: {
					bankIds,
					selection: 'all',
					difficulty: 'any',
					audience: 'any',
					requestedCount: itemIds.length,
					itemIds
				}
			},
			now
		);
		return started.ok ? started : { ok: false, message: started.message };
	} catch (error) {
		// Another request started it between the look-up and the insert: the unique index held.
		const raced = await retryOf(db, session);
		if (raced) return { ok: true, session: raced };
		throw error;
	}
}
