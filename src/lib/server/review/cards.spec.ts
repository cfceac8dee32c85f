import { storeLearner } from '$lib/server/testing/fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '$lib/time';
import type { DB } from '$lib/server/db';
import { users } from '$lib/server/db/tables';
import { perform } from '$lib/server/db/steps';
import { contentDatabase } from '$lib/server/testing/content';
import { dueItemIdsStep, updateReviewCardStep } from './cards';
import type { AnswerSignal } from './rating';

const review = (db: DB, userId: string, itemId: string, answer: AnswerSignal, now: Date) =>
	perform(db, updateReviewCardStep(db, db, userId, itemId, answer, now));

const t0 = new Date('2026-04-01T08:00:00Z');

describe('spaced review scheduling', () => {
	it('brings an item answered wrongly back sooner than one answered right', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const wrong = await review(
			db,
			learner.id,
			'ablation-mwa-vs-rfa',
			{ correct: false, confidence: null, timeTakenMs: 10_000 },
			t0
		);
		const right = (
			await review(
				db,
				learner.id,
				'clinical-trials-what-they-are',
				{ correct: true, confidence: null, timeTakenMs: 10_000 },
				t0
			)
		).due;
		expect(wrong.due.getTime()).toBeLessThan(right.getTime());
	});

	it('lengthens the interval as an item keeps being answered right', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const good = { correct: true, confidence: null, timeTakenMs: 10_000 } as const;
		let now = t0;
		const intervals: number[] = [];
		for (let i = 0; i < 4; i++) {
			const card = await review(db, learner.id, 'ablation-mwa-vs-rfa', good, now);
			intervals.push(card.due.getTime() - now.getTime());
			now = card.due;
		}
		for (let i = 1; i < intervals.length; i++)
			expect(intervals[i]).toBeGreaterThan(intervals[i - 1]);
		expect(intervals.at(-1)!).toBeGreaterThan(DAY_MS);
	});

	it('schedules sooner for a learner who wants higher retention', async () => {
		const db = await contentDatabase();
		const relaxed = await storeLearner(db);
		const keen = await storeLearner(db);
		await db.update(users).set({ desiredRetention: 0.8 }).where(eq(users.id, relaxed.id));
		await db.update(users).set({ desiredRetention: 0.95 }).where(eq(users.id, keen.id));
		const good = { correct: true, confidence: null, timeTakenMs: 10_000 } as const;
		let relaxedDue = t0;
		let keenDue = t0;
		for (let i = 0; i < 3; i++) {
			relaxedDue = (await review(db, relaxed.id, 'ablation-mwa-vs-rfa', good, relaxedDue)).due;
			keenDue = (await review(db, keen.id, 'ablation-mwa-vs-rfa', good, keenDue)).due;
		}
		expect(keenDue.getTime()).toBeLessThan(relaxedDue.getTime());
	});

	it('lists due items most overdue first, and nothing before it is due', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const wrong = { correct: false, confidence: null, timeTakenMs: 10_000 } as const;
		const first = await review(db, learner.id, 'ablation-mwa-vs-rfa', wrong, t0);
		await review(
			db,
			learner.id,
			'surgery-higher-chance-of-cure',
			wrong,
			new Date(t0.getTime() + 60_000)
		);
		expect(
			await perform(db, dueItemIdsStep(db, learner.id, new Date(first.due.getTime() - 1)))
		).toEqual([]);
		expect(
			(await perform(db, dueItemIdsStep(db, learner.id, new Date(t0.getTime() + 10 * DAY_MS))))[0]
		).toBe('ablation-mwa-vs-rfa');
	});

	it('takes an answer older than the last review as given at that review', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const item = 'ablation-mwa-vs-rfa';
		const later = new Date(t0.getTime() + 2 * DAY_MS);
		const good = { correct: true, confidence: null, timeTakenMs: 10_000 } as const;
		await review(db, learner.id, item, good, later);
		const card = await review(
			db,
			learner.id,
			item,
			{ correct: false, confidence: null, timeTakenMs: 10_000 },
			t0
		);
		expect(card.lastReview).toEqual(later);
		expect(card.reps).toBe(2);
		expect(card.due.getTime()).toBeLessThan(later.getTime() + DAY_MS);
	});
});
