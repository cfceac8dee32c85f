import { and, asc, eq } from 'drizzle-orm';
import type { DB } from '$lib/server/db';
import { answers } from '$lib/server/db/tables';
import { perform } from '$lib/server/db/steps';
import { heldBackItemIdsStep } from '$lib/server/quiz/open-attempts';
import { dueItemIdsStep } from '$lib/server/review/cards';
import { publishedItemVersions } from '$lib/server/bank/queries';
import { withCitations } from '$lib/server/interchange/load';
import type { InterchangeDocument, InterchangeItem } from '$lib/server/interchange/model';

export type DeckReason = 'due' | 'missed';

export interface DeckCard {
	item: InterchangeItem;
	reasons: DeckReason[];
}

export interface ReviewDeck {
	documents: InterchangeDocument[];
	cards: DeckCard[];
}

/** Items whose most recent counted answer by the learner was wrong. */
async function missedItemIds(db: DB, userId: string): Promise<string[]> {
	const settled = await db
		.select({ itemId: answers.itemId, correct: answers.correct, at: answers.answeredAt })
		.from(answers)
		.where(and(eq(answers.userId, userId), eq(answers.settled, true)))
		.orderBy(asc(answers.answeredAt), asc(answers.id));
	const latest = new Map<string, boolean>();
	for (const answer of settled) latest.set(answer.itemId, answer.correct);
	return [...latest].filter(([, correct]) => !correct).map(([itemId]) => itemId);
}

/**
 * A learner's reviews due now (most overdue first), then the questions they last answered
 * wrongly, each once, at the item's current version. Items held back by an open timed test are
 * left out: the deck carries keys and explanations.
 */
export async function loadReviewDeck(db: DB, userId: string, now: Date): Promise<ReviewDeck> {
	const held = await perform(db, heldBackItemIdsStep(db, db, userId));
	const reasons = new Map<string, DeckReason[]>();
	for (const id of await perform(db, dueItemIdsStep(db, userId, now))) reasons.set(id, ['due']);
	for (const id of await missedItemIds(db, userId))
		reasons.set(id, [...(reasons.get(id) ?? []), 'missed']);
	for (const id of held) reasons.delete(id);
	const { documents, items } = await withCitations(
		db,
		await publishedItemVersions(db, { itemIds: [...reasons.keys()] })
	);
	const byId = new Map(items.map((i) => [i.id, i]));
	const cards = [...reasons].flatMap(([id, why]) => {
		const item = byId.get(id);
		return item ? [{ item, reasons: why }] : [];
	});
	return { documents, cards };
}
