import { describe, expect, it } from 'vitest';
import { storeLearner } from '$lib/server/testing/fixtures';
import { testDatabase } from '$lib/server/testing/db';
import { createCohort } from '$lib/server/cohorts/cohorts';
import { createModule } from '$lib/server/cohorts/modules';
import {
	countModuleAttempts,
	emptyModuleTotals,
	MIN_RELIABILITY_ATTEMPTS,
	moduleReliability,
	type ModuleAttemptRow
} from './modules';

/** A module in a fresh database, and attempts at it described by the questions right in each. */
async function reliabilityOf(attempts: { itemId: string; correct: number }[][]) {
	const db = await testDatabase();
	const educator = await storeLearner(db);
	const cohort = await createCohort(db, educator.id, { name: 'Ward 7', description: '' });
	const module = await createModule(db, cohort.id, educator.id, {
		title: 'Induction',
		bankIds: ['surgery'],
		audience: 'any',
		difficulty: 'any',
		itemCount: 2,
		secondsPerItem: 60,
		passMark: 50,
		due: { kind: 'after-joining', days: 14 },
		attemptsAllowed: null,
		renewalDays: null
	});
	const rows: ModuleAttemptRow[] = attempts.flatMap((questions, i) => {
		const right = questions.reduce((n, q) => n + q.correct, 0);
		return questions.map((q) => ({
			sessionId: `s${i}`,
			userId: `u${i}`,
			moduleId: module.id,
			startedAt: i,
			finishOrder: i + 1,
			marks: right,
			maxMarks: questions.length,
			...q
		}));
	});
	const totals = emptyModuleTotals(false);
	countModuleAttempts(totals, rows);
	return (await moduleReliability(db, totals, cohort.id))[0];
}

/** Attempts of two questions each, every question drawn by one attempt only. */
const drawnOnce = (n: number) =>
	Array.from({ length: n }, (_, i) => [
		{ itemId: `a${i}`, correct: i % 3 === 0 ? 0 : 1 },
		{ itemId: `b${i}`, correct: i % 2 }
	]);

describe('module reliability with few attempts', () => {
	it('withholds KR-20 and SEM under the minimum of attempts, saying there are too few', async () => {
		const figures = await reliabilityOf(drawnOnce(MIN_RELIABILITY_ATTEMPTS - 1));
		expect(figures).toMatchObject({
			attempts: MIN_RELIABILITY_ATTEMPTS - 1,
			kr20: null,
			semMarks: null,
			semPercent: null,
			tooFewAttempts: true
		});
		expect(figures.meanPercent).not.toBeNull();
	});

	it('never reports KR-20 above 1, even where the drawn questions say more', async () => {
		const figures = await reliabilityOf(drawnOnce(MIN_RELIABILITY_ATTEMPTS));
		expect(figures.tooFewAttempts).toBe(false);
		expect(figures.kr20).toBe(1);
		expect(figures.semMarks).toBe(0);
	});

	it('reports KR-20 from the minimum of attempts on, below 1 when questions vary', async () => {
		const same = Array.from({ length: MIN_RELIABILITY_ATTEMPTS }, (_, i) => [
			{ itemId: 'a', correct: i % 2 },
			{ itemId: 'b', correct: i % 3 === 0 ? 1 : 0 }
		]);
		const figures = await reliabilityOf(same);
		expect(figures.tooFewAttempts).toBe(false);
		expect(figures.kr20).not.toBeNull();
		expect(figures.kr20!).toBeLessThan(1);
	});
});
