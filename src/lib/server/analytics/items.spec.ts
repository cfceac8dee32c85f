import { describe, expect, it } from 'vitest';
import { contentDb, makeLearner } from '../testing/fixtures';
import { startSession } from '../quiz/build';
import { finaliseSession, getSlot, recordAnswer } from '../quiz/session';
import type { DB } from '../db';
import type { Response } from '../db/schema';
import { createCohort, joinCohort } from '../cohorts/cohorts';
import { computeItemAnalysis, itemAnalysis, type ItemAnalysis } from './items';

const settings = {
	bankIds: ['clinical-trials'],
	selection: 'all' as const,
	difficulty: 'any' as const,
	audience: 'any' as const,
	requestedCount: 100
};

/** A session of the whole bank, every item answered right or every item wrong. */
function sitTest(
	db: DB,
	userId: string,
	right: boolean,
	startedAt = new Date(),
	mode: 'timed' | 'tutor' = 'timed'
) {
	const start = startSession(db, userId, { mode, settings }, startedAt);
	if (!start.ok) throw new Error(start.message);
	for (let p = 1; p <= start.session.itemCount; p++) {
		const { spec } = getSlot(db, start.session.id, p)!;
		const chosen = right
			? spec.options.flatMap((o, i) => (o.correct ? [i] : []))
			: [spec.options.findIndex((o) => !o.correct)];
		recordAnswer(db, start.session, p, { kind: 'choice', chosen }, null, startedAt);
	}
	return start.session;
}

const trialsItems = (analysis: ItemAnalysis) =>
	analysis.items.filter((i) => i.itemId.startsWith('clinical-trials'));

describe('item analysis over recorded tests', () => {
	it('counts first attempts by default and every attempt on request', async () => {
		const db = contentDb();
		const strong = await makeLearner(db);
		const weak = await makeLearner(db);
		finaliseSession(db, sitTest(db, strong.id, true).id);
		finaliseSession(db, sitTest(db, weak.id, false).id);
		finaliseSession(db, sitTest(db, weak.id, true).id);

		const first = computeItemAnalysis(db, null, 'first').items.filter((i) =>
			i.itemId.startsWith('clinical-trials')
		);
		expect(first.every((i) => i.n === 2 && i.facility === 0.5)).toBe(true);
		const all = computeItemAnalysis(db, null, 'all').items.filter((i) =>
			i.itemId.startsWith('clinical-trials')
		);
		expect(all.every((i) => i.n === 3)).toBe(true);
		expect(all[0].facility).toBeCloseTo(2 / 3);
		// Items nobody answered are listed with no figures rather than zeros.
		const untouched = computeItemAnalysis(db, null, 'first').items.find((i) =>
			i.itemId.startsWith('ablation')
		)!;
		expect(untouched).toMatchObject({
			n: 0,
			facility: null,
			pointBiserial: null,
			upperLower: null
		});
	});

	it('discriminates when the strong get an item right and the weak do not', async () => {
		const db = contentDb();
		for (let i = 0; i < 4; i++)
			finaliseSession(db, sitTest(db, (await makeLearner(db)).id, i % 2 === 0).id);
		const item = computeItemAnalysis(db, null, 'first').items.find((i) =>
			i.itemId.startsWith('clinical-trials')
		)!;
		expect(item.pointBiserial).toBeCloseTo(1);
		expect(item.upperLower).toBeCloseTo(1);
		expect(item.optionShares[0].options.reduce((n, o) => n + o.share, 0)).toBeCloseTo(1);
	});

	it('take in sessions as they finish, the same as counting everything again', async () => {
		const db = contentDb();
		const [a, b] = [await makeLearner(db), await makeLearner(db)];
		finaliseSession(db, sitTest(db, a.id, true).id);
		expect(trialsItems(await itemAnalysis(db, null, 'first'))[0].n).toBe(1);

		finaliseSession(db, sitTest(db, b.id, false).id);
		const later = await itemAnalysis(db, null, 'first');
		expect(trialsItems(later)[0]).toMatchObject({ n: 2, facility: 0.5 });
		expect(later.items).toEqual(computeItemAnalysis(db, null, 'first', later.computedAt).items);
	});

	it('count an earlier attempt as the first even when its session finishes later', async () => {
		const db = contentDb();
		const learner = await makeLearner(db);
		const early = sitTest(db, learner.id, false, new Date(Date.now() - 3_600_000), 'tutor');
		finaliseSession(db, sitTest(db, learner.id, true).id);
		expect(trialsItems(await itemAnalysis(db, null, 'first'))[0].facility).toBe(1);

		finaliseSession(db, early.id);
		const first = trialsItems(await itemAnalysis(db, null, 'first'));
		expect(first[0]).toMatchObject({ n: 1, facility: 0 });
		expect(trialsItems(await itemAnalysis(db, null, 'all'))[0].n).toBe(2);
	});

	it('count a cohort again when its members change', async () => {
		const db = contentDb();
		const educator = await makeLearner(db);
		const cohort = createCohort(db, educator.id, { name: 'Ward 7', description: '' });
		const [a, b] = [await makeLearner(db), await makeLearner(db)];
		joinCohort(db, a.id, cohort.joinCode);
		finaliseSession(db, sitTest(db, a.id, true).id);
		finaliseSession(db, sitTest(db, b.id, false).id);
		expect(trialsItems(await itemAnalysis(db, cohort.id, 'first'))[0].n).toBe(1);

		joinCohort(db, b.id, cohort.joinCode);
		expect(trialsItems(await itemAnalysis(db, cohort.id, 'first'))[0]).toMatchObject({
			n: 2,
			facility: 0.5
		});
	});
});

describe('item analysis of short-answer questions', () => {
	it('scores typed answers right or wrong, with facility and discrimination and no option shares', async () => {
		const db = contentDb();
		const named = [
			'ablation-size-limit-recall',
			'ablation-ire-recall',
			'ablation-typical-candidate'
		];
		const sit = async (right: boolean) => {
			const learner = await makeLearner(db);
			const start = startSession(db, learner.id, {
				mode: 'timed',
				settings: { ...settings, bankIds: ['ablation'], requestedCount: 3, itemIds: named }
			});
			if (!start.ok) throw new Error(start.message);
			for (let p = 1; p <= 3; p++) {
				const { spec } = getSlot(db, start.session.id, p)!;
				const response: Response =
					spec.type === 'short-answer'
						? { kind: 'text', text: right ? spec.shortAnswer!.accepted[0] : 'no idea' }
						: { kind: 'choice', chosen: [spec.options.findIndex((o) => o.correct === right)] };
				recordAnswer(db, start.session, p, response, null);
			}
			finaliseSession(db, start.session.id);
		};
		for (const right of [true, true, false, false]) await sit(right);

		const rows = computeItemAnalysis(db, null, 'first').items.filter((i) =>
			named.slice(0, 2).includes(i.itemId)
		);
		expect(rows).toHaveLength(2);
		for (const row of rows) {
			expect(row.type).toBe('short-answer');
			expect(row.n).toBe(4);
			expect(row.facility).toBe(0.5);
			expect(row.pointBiserial).toBeCloseTo(1);
			expect(row.upperLower).toBe(1);
			expect(row.optionShares).toEqual([]);
			expect(row.flags.nonFunctioningDistractors).toEqual([]);
		}
	});
});
