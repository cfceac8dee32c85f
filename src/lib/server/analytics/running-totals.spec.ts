import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type DB } from '$lib/server/db';
import { cohorts, itemStatScopes } from '$lib/server/db/tables';
import { joinCohort, removeMember } from '$lib/server/cohorts/cohorts';
import { finishSession } from '$lib/server/quiz/session';
import { runningOnPostgres } from '$lib/server/testing/db';
import { secondServer } from '$lib/server/testing/two-servers';
import {
	sit,
	storeWardLearner,
	wardDatabase,
	wardDb,
	wardModule,
	WARD_ITEMS,
	type Choice
} from '$lib/server/testing/ward-bank';
import { itemAnalysis, recountItemAnalysis, type AttemptScope, type ItemAnalysis } from './items';
import { recountTotals } from './kept-counting';
import { keptScope, readTotals } from './kept-totals';
import { keptFigures, versionFigures } from './kept-versions';

/*
 * Random histories on the four-question ward bank: practice sessions of any of its questions
 * (one alone included, which item statistics leave out), attempts at its module, answers of
 * every kind including unanswered questions and blank scenarios, sessions finishing in any order.
 */

const ITEMS = [WARD_ITEMS.A, WARD_ITEMS.B, WARD_ITEMS.C, WARD_ITEMS.E];
const START = Date.UTC(2026, 0, 5, 9);

const unanswered = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 5 });
const scenario = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null, freq: 5 });

const sessionArb = fc.record({
	learner: fc.nat(),
	module: fc.boolean(),
	practise: fc.subarray(ITEMS, { minLength: 1 }),
	choices: fc.record({
		[WARD_ITEMS.A]: unanswered(fc.integer({ min: 0, max: 1 })),
		[WARD_ITEMS.B]: unanswered(fc.integer({ min: 0, max: 1 })),
		[WARD_ITEMS.C]: unanswered(fc.integer({ min: 0, max: 4 })),
		[WARD_ITEMS.E]: unanswered(
			fc
				.record({ a: scenario, b: scenario })
				.map((e) => ((e.a ?? e.b) === null ? { ...e, a: 0 } : e))
		)
	}) as fc.Arbitrary<Partial<Record<string, Choice>>>
});
type SessionPlan = typeof sessionArb extends fc.Arbitrary<infer T> ? T : never;

const permutation = (n: number) =>
	fc.shuffledSubarray(
		Array.from({ length: n }, (_, i) => i),
		{ minLength: n, maxLength: n }
	);

const historyArb = fc
	.record({
		learners: fc.integer({ min: 2, max: 6 }),
		sessions: fc.array(sessionArb, { minLength: 1, maxLength: 10 })
	})
	.chain(({ learners, sessions }) =>
		fc.record({
			learners: fc.constant(learners),
			sessions: fc.constant(sessions),
			finishOrder: permutation(sessions.length),
			otherFinishOrder: permutation(sessions.length),
			learnerOrder: permutation(learners),
			/** After which finishes the statistics are viewed, taking in what finished since. */
			views: fc.array(fc.boolean(), { minLength: sessions.length, maxLength: sessions.length }),
			/** After which finishes a learner leaves the cohort, or joins it again. */
			moves: fc.array(fc.option(fc.nat(), { nil: null, freq: 3 }), {
				minLength: sessions.length,
				maxLength: sessions.length
			})
		})
	);

interface Replay {
	learners: number;
	sessions: SessionPlan[];
	finishOrder: number[];
	/** The id each learner gets: their order by id is the order rows come in. */
	learnerIds: string[];
	views?: boolean[];
	moves?: (number | null)[];
	/**
	 * Finishes sessions on a second connection, as another server would: to the same file on
	 * SQLite, through a pool of its own on PostgreSQL.
	 */
	file?: string;
}

/** Fewer runs on PostgreSQL, where each query crosses a socket: the same properties, less often. */
const runs = (n: number) => (runningOnPostgres ? Math.ceil(n / 5) : n);

const SCOPES: AttemptScope[] = ['first', 'all'];

/** Records a history; each session starts ten minutes after the one before it in the plan. */
async function replay({ learners, sessions, finishOrder, learnerIds, views, moves, file }: Replay) {
	const db = file && !runningOnPostgres ? await wardDb(file) : await wardDatabase();
	const finisher = !file ? db : runningOnPostgres ? secondServer(db) : openDatabase(file);
	const ids = learnerIds.slice(0, learners);
	for (const id of [...ids].sort().reverse()) await storeWardLearner(db, id);
	const module = await wardModule(db, await storeWardLearner(db, 'educator'), ids);
	const started = [];
	for (const [i, plan] of sessions.entries()) {
		const at = new Date(START + i * 600_000);
		const what = plan.module ? { module } : { practise: plan.practise };
		try {
			const session = await sit(db, ids[plan.learner % learners], what, at, plan.choices);
			started.push({ at, session });
		} catch (error) {
			// A learner's open module attempt holds its questions back from every other session,
			// so a plan that asks only for them starts nothing, as in the app.
			if (error instanceof Error && /No questions match/.test(error.message)) started.push(null);
			else throw error;
		}
	}
	for (const [step, i] of finishOrder.entries()) {
		const sat = started[i];
		if (!sat) continue;
		await finishSession(finisher, sat.session.id, new Date(sat.at.getTime() + 60_000));
		const mover = moves?.[step];
		if (mover !== null && mover !== undefined) {
			const learner = ids[mover % learners];
			await removeMember(db, module.cohortId, learner);
			if (mover % 2) {
				const [{ joinCode }] = await db.select().from(cohorts).limit(1);
				await joinCohort(db, learner, joinCode);
			}
		}
		if (views?.[step])
			for (const attempts of SCOPES) {
				await itemAnalysis(db, null, attempts);
				await itemAnalysis(db, module.cohortId, attempts);
			}
	}
	if (finisher !== db && !runningOnPostgres) finisher.$client.close();
	return { db, cohortId: module.cohortId };
}

/** The figures alone: module and cohort ids differ from one database to another. */
function figures(analysis: ItemAnalysis) {
	return {
		items: analysis.items,
		modules: analysis.modules.map((m) => ({ ...m, moduleId: '', cohortId: '' }))
	};
}

/** The kept totals are the totals counted from every answer, and so are the figures read from them. */
async function expectRunningEqualsRecount(db: DB, cohortId: string | null) {
	for (const attempts of SCOPES) {
		const running = await itemAnalysis(db, cohortId, attempts);
		expect(running).toEqual(await recountItemAnalysis(db, cohortId, attempts, running.computedAt));
		const scopeId = await keptScope(db, cohortId);
		const recount = (await recountTotals(db, cohortId))[attempts];
		expect(await readTotals(db, scopeId, attempts)).toEqual(recount);
		// The figures a view reads in place of the sums and buckets.
		const figures = await keptFigures(db, scopeId, attempts);
		expect(figures.size).toBe(recount.versions.size);
		for (const [id, version] of recount.versions)
			expect(figures.get(id)).toEqual(versionFigures(version));
	}
}

describe('running totals over random histories', () => {
	it('equal a full recount, whenever the views were taken and in whatever order tests finished', async () => {
		await fc.assert(
			fc.asyncProperty(historyArb, async (history) => {
				const { db, cohortId } = await replay({
					...history,
					learnerIds: history.learnerOrder.map((i) => `learner-${i}`)
				});
				await expectRunningEqualsRecount(db, null);
				await expectRunningEqualsRecount(db, cohortId);
			}),
			{ numRuns: runs(30) }
		);
	}, 120_000);

	it('stay equal to a full recount when another connection finishes the sessions', async () => {
		await fc.assert(
			fc.asyncProperty(historyArb, async (history) => {
				const file = `/tmp/liver-quiz-totals-${process.pid}-${Date.now()}.db`;
				try {
					const { db, cohortId } = await replay({
						...history,
						learnerIds: history.learnerOrder.map((i) => `learner-${i}`),
						file
					});
					await expectRunningEqualsRecount(db, null);
					await expectRunningEqualsRecount(db, cohortId);
					if (!runningOnPostgres) db.$client.close();
				} finally {
					for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
				}
			}),
			{ numRuns: runs(8) }
		);
	}, 120_000);

	it('are counted again from the answers when missing or counted another way', async () => {
		await fc.assert(
			fc.asyncProperty(historyArb, fc.boolean(), async (history, missing) => {
				const { db, cohortId } = await replay({
					...history,
					learnerIds: history.learnerOrder.map((i) => `learner-${i}`)
				});
				const before = await Promise.all(
					SCOPES.map((attempts) => itemAnalysis(db, cohortId, attempts))
				);
				if (missing) await db.delete(itemStatScopes);
				else
					await db
						.update(itemStatScopes)
						.set({ definition: sql`${itemStatScopes.definition} - 1` });
				for (const [i, attempts] of SCOPES.entries()) {
					const again = await itemAnalysis(db, cohortId, attempts, before[i].computedAt);
					expect(again).toEqual(before[i]);
				}
				await expectRunningEqualsRecount(db, null);
				await expectRunningEqualsRecount(db, cohortId);
			}),
			{ numRuns: runs(10) }
		);
	}, 120_000);

	it('do not change when learners come in another order or sessions finish in another order', async () => {
		await fc.assert(
			fc.asyncProperty(historyArb, async (history) => {
				const natural = Array.from({ length: history.learners }, (_, i) => `learner-${i}`);
				const a = await replay({ ...history, learnerIds: natural });
				// Worked out before the second history is recorded: on PostgreSQL both are recorded
				// in this test file's one database.
				const expected = [];
				for (const attempts of SCOPES)
					expected.push(figures(await recountItemAnalysis(a.db, null, attempts)));
				// The same learners under ids that sort in another order, their tests finishing in
				// another order.
				const reordered = await replay({
					...history,
					finishOrder: history.otherFinishOrder,
					learnerIds: history.learnerOrder.map((i) => natural[i])
				});
				for (const [i, attempts] of SCOPES.entries())
					expect(figures(await recountItemAnalysis(reordered.db, null, attempts))).toEqual(
						expected[i]
					);
			}),
			{ numRuns: runs(15) }
		);
	}, 120_000);
});
