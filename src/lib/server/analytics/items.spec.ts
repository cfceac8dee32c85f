import { describe, expect, it } from 'vitest';
import { storeLearner as makeLearner } from '$lib/server/testing/fixtures';
import { clinicalTrialsSettings, contentDatabase as contentDb } from '$lib/server/testing/content';
import { beginSession } from '$lib/server/quiz/build';
import { finishSession, loadSlot, submitAnswer } from '$lib/server/quiz/session';
import type { DB } from '$lib/server/db';
import type { Response } from '$lib/server/db/schema';
import { createCohort, joinCohort } from '$lib/server/cohorts/cohorts';
import { itemAnalysis, recountItemAnalysis, type ItemAnalysis } from './items';

const settings = clinicalTrialsSettings(100);

/** A session of the whole bank, every item answered right or every item wrong. */
async function sitTest(
	db: DB,
	userId: string,
	right: boolean,
	startedAt = new Date(),
	mode: 'timed' | 'tutor' = 'timed'
) {
	const start = await beginSession(db, userId, { mode, settings }, startedAt);
	if (!start.ok) throw new Error(start.message);
	for (let p = 1; p <= start.session.itemCount; p++) {
		const { spec } = (await loadSlot(db, start.session.id, p))!;
		const chosen = right
			? spec.options.flatMap((o, i) => (o.correct ? [i] : []))
			: [spec.options.findIndex((o) => !o.correct)];
		await submitAnswer(db, start.session, p, { kind: 'choice', chosen }, null, startedAt);
	}
	return start.session;
}

/** Sits a test and finishes it. */
async function finishTest(...args: Parameters<typeof sitTest>) {
	const session = await sitTest(...args);
	await finishSession(args[0], session.id);
	return session;
}

const trialsItems = (analysis: ItemAnalysis) =>
	analysis.items.filter((i) => i.itemId.startsWith('clinical-trials'));

describe('item analysis over recorded tests', () => {
	it('counts first attempts by default and every attempt on request', async () => {
		const db = await contentDb(['clinical-trials', 'ablation']);
		const strong = await makeLearner(db);
		const weak = await makeLearner(db);
		await finishTest(db, strong.id, true);
		await finishTest(db, weak.id, false);
		await finishTest(db, weak.id, true);

		const first = (await recountItemAnalysis(db, null, 'first')).items.filter((i) =>
			i.itemId.startsWith('clinical-trials')
		);
		expect(first.every((i) => i.n === 2 && i.facility === 0.5)).toBe(true);
		const all = (await recountItemAnalysis(db, null, 'all')).items.filter((i) =>
			i.itemId.startsWith('clinical-trials')
		);
		expect(all.every((i) => i.n === 3)).toBe(true);
		expect(all[0].facility).toBeCloseTo(2 / 3);
		// Items nobody answered are listed with no figures rather than zeros.
		const untouched = (await recountItemAnalysis(db, null, 'first')).items.find((i) =>
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
		const db = await contentDb(['clinical-trials', 'ablation']);
		for (let i = 0; i < 4; i++) await finishTest(db, (await makeLearner(db)).id, i % 2 === 0);
		const item = (await recountItemAnalysis(db, null, 'first')).items.find((i) =>
			i.itemId.startsWith('clinical-trials')
		)!;
		expect(item.pointBiserial).toBeCloseTo(1);
		expect(item.upperLower).toBeCloseTo(1);
		expect(item.optionShares[0].options.reduce((n, o) => n + o.share, 0)).toBeCloseTo(1);
	});

	it('take in sessions as they finish, the same as counting everything again', async () => {
		const db = await contentDb(['clinical-trials', 'ablation']);
		const [a, b] = [await makeLearner(db), await makeLearner(db)];
		await finishTest(db, a.id, true);
		expect(trialsItems(await itemAnalysis(db, null, 'first'))[0].n).toBe(1);

		await finishTest(db, b.id, false);
		const later = await itemAnalysis(db, null, 'first');
		expect(trialsItems(later)[0]).toMatchObject({ n: 2, facility: 0.5 });
		expect(later.items).toEqual(
			(await recountItemAnalysis(db, null, 'first', later.computedAt)).items
		);
	});

	it('count an earlier attempt as the first even when its session finishes later', async () => {
		const db = await contentDb(['clinical-trials', 'ablation']);
		const learner = await makeLearner(db);
		const early = await sitTest(db, learner.id, false, new Date(Date.now() - 3_600_000), 'tutor');
		await finishTest(db, learner.id, true);
		expect(trialsItems(await itemAnalysis(db, null, 'first'))[0].facility).toBe(1);

		await finishSession(db, early.id);
		const first = trialsItems(await itemAnalysis(db, null, 'first'));
		expect(first[0]).toMatchObject({ n: 1, facility: 0 });
		expect(trialsItems(await itemAnalysis(db, null, 'all'))[0].n).toBe(2);
	});

	it('count a cohort again when its members change', async () => {
		const db = await contentDb(['clinical-trials', 'ablation']);
		const educator = await makeLearner(db);
		const cohort = await createCohort(db, educator.id, { name: 'Ward 7', description: '' });
		const [a, b] = [await makeLearner(db), await makeLearner(db)];
		await joinCohort(db, a.id, cohort.joinCode);
		await finishTest(db, a.id, true);
		await finishTest(db, b.id, false);
		expect(trialsItems(await itemAnalysis(db, cohort.id, 'first'))[0].n).toBe(1);

		await joinCohort(db, b.id, cohort.joinCode);
		expect(trialsItems(await itemAnalysis(db, cohort.id, 'first'))[0]).toMatchObject({
			n: 2,
			facility: 0.5
		});
	});
});

describe('item analysis of short-answer questions', () => {
	it('scores typed answers right or wrong, with facility and discrimination and no option shares', async () => {
		const db = await contentDb(['clinical-trials', 'ablation']);
		const named = [
			'ablation-size-limit-recall',
			'ablation-ire-recall',
			'ablation-typical-candidate'
		];
		const sit = async (right: boolean) => {
			const learner = await makeLearner(db);
			const start = await beginSession(db, learner.id, {
				mode: 'timed',
				settings: { ...settings, bankIds: ['ablation'], requestedCount: 3, itemIds: named }
			});
			if (!start.ok) throw new Error(start.message);
			for (let p = 1; p <= 3; p++) {
				const { spec } = (await loadSlot(db, start.session.id, p))!;
				const response: Response =
					spec.type === 'short-answer'
						? { kind: 'text', text: right ? spec.shortAnswer!.accepted[0] : 'no idea' }
						: { kind: 'choice', chosen: [spec.options.findIndex((o) => o.correct === right)] };
				await submitAnswer(db, start.session, p, response, null);
			}
			await finishSession(db, start.session.id);
		};
		for (const right of [true, true, false, false]) await sit(right);

		const rows = (await recountItemAnalysis(db, null, 'first')).items.filter((i) =>
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
