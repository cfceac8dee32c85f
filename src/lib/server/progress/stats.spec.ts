import { storeLearner } from '$lib/server/testing/fixtures';
import fc from 'fast-check';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentDatabase } from '$lib/server/testing/content';
import { runningOnPostgres } from '$lib/server/testing/db';
import { bankShareSlices, items, userBankStats, type Answer } from '$lib/server/db/tables';
import type { DB } from '$lib/server/db';
import { perform, transaction } from '$lib/server/db/steps';
import { median, percentileFromCounts } from './compute';
import { peerStandings } from './peers';
import { countAnswerInStatsStep, recountShareSlicesStep, shareSlice } from './stats';

const countAnswer = (
	db: DB,
	answer: Pick<Answer, 'userId' | 'itemId' | 'correct' | 'marks' | 'maxMarks'>
) => perform(db, countAnswerInStatsStep(db, db, answer));

const BANKS = ['ablation', 'clinical-trials'];

async function firstItemOf(db: DB, bankId: string): Promise<string> {
	const [item] = await db
		.select({ id: items.id })
		.from(items)
		.where(and(eq(items.bankId, bankId), eq(items.status, 'published')))
		.limit(1);
	return item.id;
}

/** Learners per bank and slice as stored, leaving out slices emptied as learners moved on. */
async function storedSlices(db: DB): Promise<Record<string, number>> {
	return Object.fromEntries(
		(await db.select().from(bankShareSlices))
			.filter((s) => s.learners > 0)
			.map((s) => [`${s.bankId} ${s.slice}`, s.learners])
	);
}

/** The same, counted from each learner's totals. */
async function slicesFromTotals(db: DB): Promise<Record<string, number>> {
	const counted: Record<string, number> = {};
	for (const s of await db.select().from(userBankStats)) {
		const key = `${s.bankId} ${shareSlice(s.correct, s.answered)}`;
		counted[key] = (counted[key] ?? 0) + 1;
	}
	return counted;
}

/** A learner's standing counted from every learner's totals. */
async function standingsFromTotals(db: DB, userId: string) {
	const totals = await db.select().from(userBankStats);
	const share = (s: { correct: number; answered: number }) => s.correct / s.answered;
	const standings = new Map<string, object>();
	for (const bankId of new Set(totals.map((s) => s.bankId))) {
		const others = totals.filter((s) => s.bankId === bankId && s.userId !== userId);
		const mine = totals.find((s) => s.bankId === bankId && s.userId === userId);
		standings.set(bankId, {
			peers: others.length,
			below: mine ? others.filter((s) => share(s) < share(mine)).length : null,
			equal: mine ? others.filter((s) => share(s) === share(mine)).length : null,
			median: median(others.map(share))
		});
	}
	return standings;
}

describe('the share slices kept with the totals per bank', () => {
	it('hold every learner in the slice of their share right, however answers arrive', async () => {
		const db = await contentDatabase(BANKS);
		const itemOf: Record<string, string> = {};
		for (const b of BANKS) itemOf[b] = await firstItemOf(db, b);
		const learners: string[] = [];
		for (let i = 0; i < 7; i++) learners.push((await storeLearner(db)).id);
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						learner: fc.nat({ max: learners.length - 1 }),
						bank: fc.constantFrom(...BANKS),
						correct: fc.boolean(),
						times: fc.integer({ min: 1, max: 40 })
					}),
					{ maxLength: 30 }
				),
				async (runs) => {
					for (const run of runs)
						for (let i = 0; i < run.times; i++)
							await countAnswer(db, {
								userId: learners[run.learner],
								itemId: itemOf[run.bank],
								correct: run.correct,
								marks: run.correct ? 1 : 0,
								maxMarks: 1
							});
					expect(await storedSlices(db)).toEqual(await slicesFromTotals(db));
					for (const userId of learners)
						expect(await peerStandings(db, userId)).toEqual(await standingsFromTotals(db, userId));
				}
			),
			{ numRuns: runningOnPostgres ? 8 : 40 }
		);
		const kept = await storedSlices(db);
		await transaction(db, (tx) => recountShareSlicesStep(tx));
		expect(await storedSlices(db)).toEqual(kept);
	});

	it('place a share of exactly n/256 in slice n, and a share of 1 in a slice of its own', async () => {
		expect(shareSlice(1, 2)).toBe(128);
		expect(shareSlice(127, 256)).toBe(127);
		expect(shareSlice(1, 3)).toBe(85);
		expect(shareSlice(0, 9)).toBe(0);
		expect(shareSlice(9, 9)).toBe(256);
	});

	it('rank a learner among peers as the percentile counts them', async () => {
		const db = await contentDatabase(['ablation']);
		const item = await firstItemOf(db, 'ablation');
		const [me, ...peers] = await Promise.all(
			Array.from({ length: 6 }, async () => (await storeLearner(db)).id)
		);
		const answer = async (userId: string, right: number, wrong: number) => {
			for (let i = 0; i < right + wrong; i++)
				await countAnswer(db, {
					userId,
					itemId: item,
					correct: i < right,
					marks: 0,
					maxMarks: 1
				});
		};
		await answer(me, 3, 1);
		for (const [i, [right, wrong]] of [
			[1, 3],
			[3, 1],
			[6, 2],
			[4, 0],
			[2, 2]
		].entries())
			await answer(peers[i], right, wrong);
		const standing = (await peerStandings(db, me)).get('ablation')!;
		expect(standing).toEqual({ peers: 5, below: 2, equal: 2, median: 0.75 });
		expect(percentileFromCounts(standing.below!, standing.equal!, standing.peers)).toBe(60);
	});
});
