import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import type { QuizSession, SessionSettings } from '$lib/server/db/schema';
import { beginSession } from '$lib/server/quiz/build';
import { loadSlot, submitAnswer } from '$lib/server/quiz/session';
import { contentDatabase } from '$lib/server/testing/content';
import { storeLearner } from '$lib/server/testing/fixtures';
import { loadReviewDeck } from './deck';

const settings: SessionSettings = {
	bankIds: ['clinical-trials'],
	selection: 'all',
	difficulty: 'any',
	audience: 'any',
	requestedCount: 2
};

const DAY = 24 * 3_600_000;

async function start(db: DB, userId: string, mode: 'tutor' | 'timed', itemIds?: string[]) {
	const result = await beginSession(db, userId, { mode, settings: { ...settings, itemIds } });
	if (!result.ok) throw new Error(result.message);
	return result.session;
}

async function answer(db: DB, session: QuizSession, position: number, right: boolean, at: Date) {
	const { spec } = (await loadSlot(db, session.id, position))!;
	const chosen = right
		? spec.options.flatMap((o, i) => (o.correct ? [i] : []))
		: [spec.options.findIndex((o) => !o.correct)];
	const result = await submitAnswer(db, session, position, { kind: 'choice', chosen }, 'sure', at);
	expect(result.ok).toBe(true);
}

/** A learner who answered one question right and one wrong in tutor mode. */
async function practised() {
	const db = await contentDatabase(['clinical-trials']);
	const learner = await storeLearner(db);
	const at = new Date();
	const session = await start(db, learner.id, 'tutor');
	await answer(db, session, 1, true, at);
	await answer(db, session, 2, false, at);
	const right = (await loadSlot(db, session.id, 1))!.itemId;
	const wrong = (await loadSlot(db, session.id, 2))!.itemId;
	return { db, learner, at, right, wrong };
}

describe("a learner's review deck", () => {
	it('holds the questions answered wrongly, and those due for review once they fall due', async () => {
		const { db, learner, at, right, wrong } = await practised();
		const now = await loadReviewDeck(db, learner.id, at);
		expect(now.cards.map((c) => [c.item.id, c.reasons])).toEqual([[wrong, ['missed']]]);

		const later = await loadReviewDeck(db, learner.id, new Date(at.getTime() + 400 * DAY));
		expect(later.cards.map((c) => [c.item.id, c.reasons]).sort()).toEqual(
			[
				[right, ['due']],
				[wrong, ['due', 'missed']]
			].sort()
		);
	});

	it('carries each item whole, with the document it cites', async () => {
		const { db, learner, at, wrong } = await practised();
		const deck = await loadReviewDeck(db, learner.id, at);
		const [card] = deck.cards;
		expect(card.item.id).toBe(wrong);
		expect(card.item.spec.options.some((o) => o.explanation)).toBe(true);
		expect(deck.documents.map((d) => d.slug)).toEqual([card.item.citations[0].documentSlug]);
	});

	it('leaves out a question held back by an open timed test until that test is marked', async () => {
		const { db, learner, at, wrong } = await practised();
		await start(db, learner.id, 'timed', [wrong]);
		const deck = await loadReviewDeck(db, learner.id, new Date(at.getTime() + 400 * DAY));
		expect(deck.cards.map((c) => c.item.id)).not.toContain(wrong);
		expect(deck.cards).toHaveLength(1);
	});

	it("holds nothing of another learner's answers", async () => {
		const { db } = await practised();
		const other = await storeLearner(db);
		expect((await loadReviewDeck(db, other.id, new Date(Date.now() + 400 * DAY))).cards).toEqual(
			[]
		);
	});
});
