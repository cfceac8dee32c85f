import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentDatabase } from '$lib/server/testing/content';
import { storeLearner } from '$lib/server/testing/fixtures';
import { beginSession } from '$lib/server/quiz/build';
import { countDueReviewsStep, updateReviewCardStep } from '$lib/server/review/cards';
import { countAnswerInStatsStep } from './stats';
import { answers, cohortMembers, cohorts, items, reviewCards } from '$lib/server/db/tables';
import type { DB } from '$lib/server/db';
import { perform, transaction } from '$lib/server/db/steps';
import { bankComparison, dueForecast, studyCalendar } from './charts';
import { msUntilLocalMidnight } from './compute';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

async function itemIds(db: DB, bankId: string, n: number): Promise<string[]> {
	const rows = await db
		.select({ id: items.id })
		.from(items)
		.where(and(eq(items.bankId, bankId), eq(items.status, 'published')))
		.orderBy(items.position)
		.limit(n);
	return rows.map((r) => r.id);
}

/** Gives the learner a review card on the item falling due at `due`. */
async function cardDue(db: DB, userId: string, itemId: string, due: Date) {
	await transaction(db, (tx) =>
		updateReviewCardStep(
			db,
			tx,
			userId,
			itemId,
			{ correct: true, confidence: null, timeTakenMs: 10_000 },
			due
		)
	);
	await db
		.update(reviewCards)
		.set({ due })
		.where(and(eq(reviewCards.userId, userId), eq(reviewCards.itemId, itemId)));
}

async function answerAt(db: DB, userId: string, itemId: string, at: Date, settled = true) {
	const start = await beginSession(db, userId, {
		mode: 'tutor',
		settings: {
			bankIds: ['ablation'],
			selection: 'all',
			difficulty: 'any',
			audience: 'any',
			requestedCount: 1,
			itemIds: [itemId]
		}
	});
	if (!start.ok) throw new Error(start.message);
	const [version] = await db.select().from(items).where(eq(items.id, itemId));
	await db.insert(answers).values({
		sessionId: start.session.id,
		position: 1,
		userId,
		itemId,
		itemVersionId: version.currentVersionId!,
		response: { kind: 'choice', chosen: [0] },
		correct: true,
		marks: 1,
		maxMarks: 1,
		answeredAt: at,
		settled
	});
}

describe('the forecast of reviews due', () => {
	it('covers thirty days from today, overdue reviews counted today, later ones left out', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const now = new Date('2026-06-10T09:00:00Z');
		const [overdue, today, tomorrow, lastDay, tooLate] = await itemIds(db, 'ablation', 5);
		await cardDue(db, learner.id, overdue, new Date(now.getTime() - 5 * DAY));
		await cardDue(db, learner.id, today, new Date(now.getTime() + 10 * HOUR));
		await cardDue(db, learner.id, tomorrow, new Date(now.getTime() + DAY));
		await cardDue(db, learner.id, lastDay, new Date('2026-07-09T12:00:00Z'));
		await cardDue(db, learner.id, tooLate, new Date('2026-07-10T12:00:00Z'));

		const forecast = await dueForecast(db, learner, now);
		expect(forecast).toHaveLength(30);
		expect(forecast[0]).toEqual({ day: '2026-06-10', count: 2 });
		expect(forecast[1]).toEqual({ day: '2026-06-11', count: 1 });
		expect(forecast[29]).toEqual({ day: '2026-07-09', count: 1 });
		expect(forecast.reduce((n, d) => n + d.count, 0)).toBe(4);
	});

	it('counts today exactly as the due count by midnight shown on every page', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const now = new Date('2026-06-10T20:00:00Z');
		for (const [i, id] of (await itemIds(db, 'ablation', 6)).entries())
			await cardDue(db, learner.id, id, new Date(now.getTime() + (i - 3) * 2 * HOUR));
		const endOfToday = new Date(now.getTime() + msUntilLocalMidnight(now, learner.timeZone));
		expect((await dueForecast(db, learner, now))[0].count).toBe(
			await perform(db, countDueReviewsStep(db, learner.id, endOfToday))
		);
	});

	it("places each review on the learner's own calendar day", async () => {
		const db = await contentDatabase(['ablation']);
		const learner = { ...(await storeLearner(db)), timeZone: 'Pacific/Auckland' };
		const now = new Date('2026-06-10T09:00:00Z'); // 21:00 on 10 June in Auckland
		const [late] = await itemIds(db, 'ablation', 1);
		await cardDue(db, learner.id, late, new Date('2026-06-10T13:00:00Z')); // 01:00 on 11 June there
		const forecast = await dueForecast(db, learner, now);
		expect(forecast[0]).toEqual({ day: '2026-06-10', count: 0 });
		expect(forecast[1]).toEqual({ day: '2026-06-11', count: 1 });
	});

	it('leaves out questions held back by an open timed test', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const now = new Date();
		const [held] = await itemIds(db, 'ablation', 1);
		await cardDue(db, learner.id, held, new Date(now.getTime() + DAY));
		expect((await dueForecast(db, learner, now))[1].count).toBe(1);
		const test = await beginSession(db, learner.id, {
			mode: 'timed',
			settings: {
				bankIds: ['ablation'],
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: 1,
				itemIds: [held]
			}
		});
		expect(test.ok).toBe(true);
		expect((await dueForecast(db, learner, now)).reduce((n, d) => n + d.count, 0)).toBe(0);
	});
});

describe('the study calendar', () => {
	it('counts settled answers on each of the last 182 days, empty days as 0', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const now = new Date('2026-06-10T12:00:00Z');
		const [a, b, c, d] = await itemIds(db, 'ablation', 4);
		await answerAt(db, learner.id, a, new Date('2026-06-10T08:00:00Z'));
		await answerAt(db, learner.id, b, new Date('2026-06-10T09:00:00Z'));
		await answerAt(db, learner.id, c, new Date('2026-06-08T09:00:00Z'));
		await answerAt(db, learner.id, d, new Date('2026-06-09T09:00:00Z'), false);
		await answerAt(db, learner.id, d, new Date('2025-06-09T09:00:00Z'));

		const calendar = await studyCalendar(db, learner, now);
		expect(calendar).toHaveLength(182);
		expect(calendar.at(-1)).toEqual({ day: '2026-06-10', count: 2 });
		expect(calendar.at(-2)).toEqual({ day: '2026-06-09', count: 0 });
		expect(calendar.at(-3)).toEqual({ day: '2026-06-08', count: 1 });
		expect(calendar[0].day).toBe('2025-12-11');
		expect(calendar.reduce((n, day) => n + day.count, 0)).toBe(3);
	});

	it("puts a late answer on the learner's local day", async () => {
		const db = await contentDatabase(['ablation']);
		const learner = { ...(await storeLearner(db)), timeZone: 'America/New_York' };
		const [a] = await itemIds(db, 'ablation', 1);
		await answerAt(db, learner.id, a, new Date('2026-06-10T02:00:00Z')); // 22:00 on 9 June there
		const calendar = await studyCalendar(db, learner, new Date('2026-06-10T15:00:00Z'));
		expect(calendar.at(-2)).toEqual({ day: '2026-06-09', count: 1 });
		expect(calendar.at(-1)).toEqual({ day: '2026-06-10', count: 0 });
	});
});

describe('the comparison of banks with peers', () => {
	async function answered(db: DB, userId: string, bankId: string, right: number, wrong: number) {
		const [itemId] = await itemIds(db, bankId, 1);
		for (let i = 0; i < right + wrong; i++)
			await transaction(db, (tx) =>
				countAnswerInStatsStep(db, tx, {
					userId,
					itemId,
					correct: i < right,
					marks: i < right ? 1 : 0,
					maxMarks: 1
				})
			);
	}

	it("sets the learner's share right beside the median of the others'", async () => {
		const db = await contentDatabase(['ablation', 'surgery']);
		const learner = await storeLearner(db);
		await answered(db, learner.id, 'ablation', 3, 1);
		for (const [right, wrong] of [
			[1, 1],
			[2, 2],
			[9, 1],
			[1, 3],
			[3, 1]
		])
			await answered(db, (await storeLearner(db)).id, 'ablation', right, wrong);

		const rows = await bankComparison(db, learner.id, 'everyone', 5);
		const ablation = rows.find((r) => r.bankId === 'ablation')!;
		expect(ablation).toMatchObject({ answered: 4, correct: 3, share: 0.75, peers: 5 });
		expect(ablation.peerMedian).toBe(0.5);
		const surgery = rows.find((r) => r.bankId === 'surgery')!;
		expect(surgery).toMatchObject({ answered: 0, share: null, peerMedian: null, peers: 0 });
	});

	it('shows no median under the minimum number of peers', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		for (let i = 0; i < 4; i++) await answered(db, (await storeLearner(db)).id, 'ablation', 1, 0);
		const [ablation] = await bankComparison(db, learner.id, 'everyone', 5);
		expect(ablation).toMatchObject({ peers: 4, peerMedian: null });
	});

	it('compares with the rest of one cohort only when asked', async () => {
		const db = await contentDatabase(['ablation']);
		const owner = await storeLearner(db);
		const learner = await storeLearner(db);
		const member = await storeLearner(db);
		const outsider = await storeLearner(db);
		const cohortId = 'cohort-1';
		const now = new Date();
		await db.insert(cohorts).values({
			id: cohortId,
			name: 'Ward 4',
			ownerId: owner.id,
			joinCode: 'ABCD2345',
			createdAt: now
		});
		for (const userId of [learner.id, member.id])
			await db.insert(cohortMembers).values({ cohortId, userId, joinedAt: now });
		await answered(db, learner.id, 'ablation', 1, 1);
		await answered(db, member.id, 'ablation', 4, 0);
		await answered(db, outsider.id, 'ablation', 0, 4);

		const [ablation] = await bankComparison(db, learner.id, { cohortId }, 1);
		expect(ablation).toMatchObject({ share: 0.5, peerMedian: 1, peers: 1 });
		expect((await bankComparison(db, learner.id, 'everyone', 1))[0]).toMatchObject({
			peerMedian: 0.5,
			peers: 2
		});
	});
});
