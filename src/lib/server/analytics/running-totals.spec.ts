import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { finaliseSession } from '../quiz/session';
import { addLearner, sit, wardDb, wardModule, WARD_ITEMS, type Choice } from '../testing/ward-bank';
import { computeItemAnalysis, itemAnalysis, type AttemptScope, type ItemAnalysis } from './items';

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
			views: fc.array(fc.boolean(), { minLength: sessions.length, maxLength: sessions.length })
		})
	);

interface Replay {
	learners: number;
	sessions: SessionPlan[];
	finishOrder: number[];
	/** The id each learner gets: their order by id is the order rows come in. */
	learnerIds: string[];
	views?: boolean[];
}

const SCOPES: AttemptScope[] = ['first', 'all'];

/** Records a history; each session starts ten minutes after the one before it in the plan. */
async function replay({ learners, sessions, finishOrder, learnerIds, views }: Replay) {
	const db = wardDb();
	const ids = learnerIds.slice(0, learners);
	for (const id of [...ids].sort().reverse()) addLearner(db, id);
	const module = wardModule(db, addLearner(db, 'educator'), ids);
	const started = sessions.map((plan, i) => {
		const at = new Date(START + i * 600_000);
		const what = plan.module ? { module } : { practise: plan.practise };
		try {
			return { at, session: sit(db, ids[plan.learner % learners], what, at, plan.choices) };
		} catch (error) {
			// A learner's open module attempt holds its questions back from every other session,
			// so a plan that asks only for them starts nothing, as in the app.
			if (error instanceof Error && /No questions match/.test(error.message)) return null;
			throw error;
		}
	});
	for (const [step, i] of finishOrder.entries()) {
		if (!started[i]) continue;
		const { at, session } = started[i];
		finaliseSession(db, session.id, new Date(at.getTime() + 60_000));
		if (views?.[step])
			for (const attempts of SCOPES) {
				await itemAnalysis(db, null, attempts);
				await itemAnalysis(db, module.cohortId, attempts);
			}
	}
	return { db, cohortId: module.cohortId };
}

/** The figures alone: module and cohort ids differ from one database to another. */
function figures(analysis: ItemAnalysis) {
	return {
		items: analysis.items,
		modules: analysis.modules.map((m) => ({ ...m, moduleId: '', cohortId: '' }))
	};
}

async function expectRunningEqualsRecount(db: DB, cohortId: string | null) {
	for (const attempts of SCOPES) {
		const running = await itemAnalysis(db, cohortId, attempts);
		expect(running).toEqual(computeItemAnalysis(db, cohortId, attempts, running.computedAt));
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
			{ numRuns: 30 }
		);
	}, 120_000);

	it('do not change when learners come in another order or sessions finish in another order', async () => {
		await fc.assert(
			fc.asyncProperty(historyArb, async (history) => {
				const natural = Array.from({ length: history.learners }, (_, i) => `learner-${i}`);
				const a = await replay({ ...history, learnerIds: natural });
				// The same learners under ids that sort in another order, their tests finishing in
				// another order.
				const reordered = await replay({
					...history,
					finishOrder: history.otherFinishOrder,
					learnerIds: history.learnerOrder.map((i) => natural[i])
				});
				for (const attempts of SCOPES) {
					const expected = figures(computeItemAnalysis(a.db, null, attempts));
					expect(figures(computeItemAnalysis(reordered.db, null, attempts))).toEqual(expected);
				}
			}),
			{ numRuns: 15 }
		);
	}, 120_000);
});
