import type { DB } from '$lib/server/db';
import type { QuizSession } from '$lib/server/db/schema';
import { perform } from '$lib/server/db/steps';
import { questionGridStep } from './view';

/**
 * What the learner is asked to confirm before a session is marked: which questions are still
 * unanswered and which are flagged, by position. Nothing here depends on the key, so it may be
 * shown while a timed test is open.
 */
export interface FinishSummary {
	itemCount: number;
	answered: number;
	unanswered: number[];
	flagged: number[];
}

export async function finishSummary(db: DB, session: QuizSession): Promise<FinishSummary> {
	const cells = await perform(db, questionGridStep(db, db, session));
	return {
		itemCount: session.itemCount,
		answered: cells.filter((c) => c.answered).length,
		unanswered: cells.filter((c) => !c.answered).map((c) => c.position),
		flagged: cells.filter((c) => c.flagged).map((c) => c.position)
	};
}

/** The question to go back to from the confirmation: the one the learner came from, if valid. */
export function returnPosition(session: QuizSession, from: string | null): number {
	const position = from && /^\d{1,3}$/.test(from) ? Number(from) : 1;
	return position >= 1 && position <= session.itemCount ? position : 1;
}
