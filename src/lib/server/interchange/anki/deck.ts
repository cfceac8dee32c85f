import { and, eq, sql } from 'drizzle-orm';
import type { DB } from '../../db';
import { answers } from '../../db/schema';
import { heldBackItemIds } from '../../quiz/open-attempts';
import { dueItemIds } from '../../review/cards';
import { publishedItemVersions } from '../../bank/queries';
import { withCitations } from '../load';
import type { InterchangeDocument, InterchangeItem } from '../model';

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
function missedItemIds(db: DB, userId: string): string[] {
	return db
		.select({
			itemId: answers.itemId,
			correct: answers.correct,
			latest: sql<number>`max(${answers.answeredAt})`
		})
		.from(answers)
		.where(and(eq(answers.userId, userId), eq(answers.settled, true)))
		.groupBy(answers.itemId)
		.all()
		.filter((r) => !r.correct)
		.map((r) => r.itemId);
}

/**
 * A learner's reviews due now (most overdue first), then the questions they last answered
 * wrongly, each once, at the item's current version. Items held back by an open timed test are
 * left out: the deck carries keys and explanations.
 */
export function loadReviewDeck(db: DB, userId: string, now: Date): ReviewDeck {
	const held = heldBackItemIds(db, userId);
	const reasons = new Map<string, DeckReason[]>();
	for (const id of dueItemIds(db, userId, now)) reasons.set(id, ['due']);
	for (const id of missedItemIds(db, userId))
		reasons.set(id, [...(reasons.get(id) ?? []), 'missed']);
	for (const id of held) reasons.delete(id);
	const { documents, items } = withCitations(
		db,
		publishedItemVersions(db, { itemIds: [...reasons.keys()] })
	);
	const byId = new Map(items.map((i) => [i.id, i]));
	const cards = [...reasons].flatMap(([id, why]) => {
		const item = byId.get(id);
		return item ? [{ item, reasons: why }] : [];
	});
	return { documents, cards };
}
