import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '$lib/time';
import { items } from '$lib/server/db/schema';
import { loadProgress } from '$lib/server/progress/queries';
import { beginSession, selectItemIds } from '$lib/server/quiz/build';
import { contentDatabase } from '$lib/server/testing/content';
import { storeLearner } from '$lib/server/testing/fixtures';
import { countDueReviews, updateReviewCard } from './cards';

const t0 = new Date('2026-04-01T08:00:00Z');
const later = new Date(t0.getTime() + 60 * DAY_MS);
const BANK = 'clinical-trials';

/** A learner with a due card on every item of the bank, one item retired, one held back. */
async function learnerWithDueCards() {
	const db = await contentDatabase([BANK]);
	const learner = await storeLearner(db);
	const ids = (await db.select({ id: items.id }).from(items).where(eq(items.bankId, BANK))).map(
		(r) => r.id
	);
	for (const id of ids)
		await updateReviewCard(
			db,
			learner.id,
			id,
			{ correct: false, confidence: null, timeTakenMs: 10_000 },
			t0
		);
	const [retired, held] = ids;
	await db.update(items).set({ status: 'retired' }).where(eq(items.id, retired));
	const settings = {
		bankIds: [BANK],
		selection: 'all' as const,
		difficulty: 'any' as const,
		audience: 'any' as const,
		requestedCount: 1,
		itemIds: [held]
	};
	const open = await beginSession(
		db,
		learner.id,
		{ mode: 'timed', settings, secondsPerItem: 600 },
		later
	);
	if (!open.ok) throw new Error(open.message);
	return { db, learner, total: ids.length };
}

describe('the count of reviews due', () => {
	it('leaves out retired questions and those held back by an open timed test', async () => {
		const { db, learner, total } = await learnerWithDueCards();
		expect(await countDueReviews(db, learner.id, later)).toBe(total - 2);
	});

	it('is the same on the progress page as the number of questions a due session serves', async () => {
		const { db, learner } = await learnerWithDueCards();
		const shown = await countDueReviews(db, learner.id, later);
		const progress = await loadProgress(db, learner, later);
		const served = await selectItemIds(
			db,
			learner.id,
			{
				bankIds: [BANK],
				selection: 'due',
				difficulty: 'any',
				audience: 'any',
				requestedCount: 100
			},
			later
		);
		expect(progress.dueNow).toBe(shown);
		expect(served).toHaveLength(shown);
	});

	it('counts nothing before the cards fall due', async () => {
		const { db, learner } = await learnerWithDueCards();
		expect(await countDueReviews(db, learner.id, t0)).toBe(0);
		expect((await loadProgress(db, learner, t0)).dueNow).toBe(0);
	});
});
