import { describe, expect, it } from 'vitest';
import { contentDb, makeLearner } from '../testing/fixtures';
import { startSession } from '../quiz/build';
import { finaliseSession, getSlot, recordAnswer } from '../quiz/session';
import type { DB } from '../db';
import { computeItemAnalysis } from './items';

const settings = {
	bankIds: ['clinical-trials'],
	selection: 'all' as const,
	difficulty: 'any' as const,
	audience: 'any' as const,
	requestedCount: 100
};

/** A finished test of the whole bank, every item right or every item wrong. */
function sitTest(db: DB, userId: string, right: boolean) {
	const start = startSession(db, userId, { mode: 'timed', settings });
	if (!start.ok) throw new Error(start.message);
	for (let p = 1; p <= start.session.itemCount; p++) {
		const { spec } = getSlot(db, start.session.id, p)!;
		const chosen = right
			? spec.options.flatMap((o, i) => (o.correct ? [i] : []))
			: [spec.options.findIndex((o) => !o.correct)];
		recordAnswer(db, start.session, p, { kind: 'choice', chosen }, null);
	}
	finaliseSession(db, start.session.id);
}

describe('item analysis over recorded tests', () => {
	it('counts first attempts by default and every attempt on request', async () => {
		const db = contentDb();
		const strong = await makeLearner(db);
		const weak = await makeLearner(db);
		sitTest(db, strong.id, true);
		sitTest(db, weak.id, false);
		sitTest(db, weak.id, true);

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
		for (let i = 0; i < 4; i++) sitTest(db, (await makeLearner(db)).id, i % 2 === 0);
		const item = computeItemAnalysis(db, null, 'first').items.find((i) =>
			i.itemId.startsWith('clinical-trials')
		)!;
		expect(item.pointBiserial).toBeCloseTo(1);
		expect(item.upperLower).toBeCloseTo(1);
		expect(item.options.reduce((n, o) => n + o.share, 0)).toBeCloseTo(1);
	});
});
