import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import { finishSession } from '$lib/server/quiz/session';
import {
	sit,
	storeWardLearner,
	wardDatabase,
	wardModule,
	WARD_ITEMS,
	type Choice
} from '$lib/server/testing/ward-bank';
import { itemStatisticsCsv, moduleReliabilityCsv } from './export';
import type { ItemAnalysisRow } from './item-rows';
import { itemAnalysis, recountItemAnalysis, type ItemAnalysis } from './items';
import { DAY_MS as DAY } from '$lib/time';

/*
 * Ten learners, L0 to L9, in one cohort, and one module of the four questions of a small bank:
 *
 *   A  true/false, key True (option A)      C  single best answer, key A (of A to E)
 *   B  true/false, key False (option B)     E  extended matching, scenario a -> A, b -> B
 *
 * A module attempt has all four questions: 5 marks (E earns one per scenario).
 *
 * Day 1, practice in tutor mode: L0 A right, B right; L1 A wrong, B right; L2 A wrong, B wrong.
 *   L3 practises C alone and chooses E: a session of one question, left out of item statistics.
 * Day 2, each learner's first attempt at the module ("-" unanswered; E: options given to a, b):
 *
 *          A      B      C      E          marks   right (KR-20: E right only with both)
 *   L0     T  1   F  1   A  1   A,B  2     5       4
 *   L1     T  1   F  1   A  1   A,C  1     4       3
 *   L2     T  1   T  0   A  1   A,B  2     4       3
 *   L3     T  1   F  1   B  0   A,B  2     4       3
 *   L4     F  0   F  1   A  1   D,B  1     3       2
 *   L5     T  1   T  0   C  0   A,B  2     3       2
 *   L6     T  1   F  1   B  0   B,A  0     2       2
 *   L7     F  0   T  0   A  1   A,-  1     2       1
 *   L8     F  0   F  1   -  0   C,C  0     1       1
 *   L9     F  0   T  0   B  0   B,A  0     0       0
 *
 * Day 3, L9 takes the module again: T 1, F 1, A 1, A,D 1: 4 marks, 3 right.
 *
 * For each answer: x, the item score (marks / item marks, so E scores 0, 1/2 or 1); y, the rest
 * of the session (other marks / other marks possible); t, the session total (marks / possible).
 * r = Sxy / sqrt(Sxx Syy) with Sxy = Sum xy - Sum x Sum y / n, Sxx = Sum x^2 - (Sum x)^2 / n, and
 * Syy likewise. D: 27% of n, rounded, in each group; learners tied on t where a group ends share
 * its remaining places equally. Variances and SDs divide by n.
 */

const T = 0;
const F = 1;
const [oA, oB, oC, oD, oE] = [0, 1, 2, 3, 4];
const day = (n: number) => new Date(Date.UTC(2026, 0, 4) + n * DAY + 9 * 3_600_000);

type Attempt = [Choice, Choice, Choice | undefined, Choice];
const FIRST_ATTEMPTS: Attempt[] = [
	[T, F, oA, { a: oA, b: oB }],
	[T, F, oA, { a: oA, b: oC }],
	[T, T, oA, { a: oA, b: oB }],
	[T, F, oB, { a: oA, b: oB }],
	[F, F, oA, { a: oD, b: oB }],
	[T, T, oC, { a: oA, b: oB }],
	[T, F, oB, { a: oB, b: oA }],
	[F, T, oA, { a: oA, b: null }],
	[F, F, undefined, { a: oC, b: oC }],
	[F, T, oB, { a: oB, b: oA }]
];
const RETAKE: Attempt = [T, F, oA, { a: oA, b: oD }];

const choicesOf = ([a, b, c, e]: Attempt) => ({
	[WARD_ITEMS.A]: a,
	[WARD_ITEMS.B]: b,
	[WARD_ITEMS.C]: c,
	[WARD_ITEMS.E]: e
});

let db: DB;
let cohortId: string;

beforeAll(async () => {
	db = await wardDatabase();
	const educator = await storeWardLearner(db, 'educator');
	const learners: string[] = [];
	for (const [i] of FIRST_ATTEMPTS.entries()) learners.push(await storeWardLearner(db, `L${i}`));
	const module = await wardModule(db, educator, learners);
	cohortId = module.cohortId;
	const finish = (session: { id: string }, at: Date) =>
		finishSession(db, session.id, new Date(at.getTime() + 60_000));

	const practice: [number, Choice, Choice][] = [
		[0, T, F],
		[1, F, F],
		[2, F, T]
	];
	for (const [i, a, b] of practice) {
		const at = new Date(day(1).getTime() + i * 600_000);
		const session = await sit(db, learners[i], { practise: [WARD_ITEMS.A, WARD_ITEMS.B] }, at, {
			[WARD_ITEMS.A]: a,
			[WARD_ITEMS.B]: b
		});
		await finish(session, at);
	}
	const alone = new Date(day(1).getTime() + 3 * 600_000);
	await finish(
		await sit(db, learners[3], { practise: [WARD_ITEMS.C] }, alone, { [WARD_ITEMS.C]: oE }),
		alone
	);

	for (const [i, attempt] of FIRST_ATTEMPTS.entries()) {
		const at = new Date(day(2).getTime() + i * 600_000);
		await finish(await sit(db, learners[i], { module }, at, choicesOf(attempt)), at);
	}
	await finish(await sit(db, learners[9], { module }, day(3), choicesOf(RETAKE)), day(3));
});

/** Agreement to rounding error: the figures below are exact fractions. */
function expectNear(actual: number | null | undefined, expected: number) {
	expect(actual).not.toBeNull();
	expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-12);
}

const r = (sxy: number, sxx: number, syy: number) => sxy / Math.sqrt(sxx * syy);

interface Expected {
	n: number;
	facility: number;
	pointBiserial: number;
	upperLower: number;
	/** Per list (one for a choice item, one per scenario): option shares, then the blank share. */
	shares: number[][];
	blanks?: number[];
	weak: boolean;
	deadDistractors: number[];
}

function expectItem(analysis: ItemAnalysis, itemId: string, expected: Expected) {
	const row = analysis.items.find((i) => i.itemId === itemId) as ItemAnalysisRow;
	expect(row.n).toBe(expected.n);
	expectNear(row.facility, expected.facility);
	expectNear(row.pointBiserial, expected.pointBiserial);
	expectNear(row.upperLower, expected.upperLower);
	expect(row.optionShares).toHaveLength(expected.shares.length);
	row.optionShares.forEach((list, l) => {
		list.options.forEach((o, i) => expectNear(o.share, expected.shares[l][i]));
		expectNear(list.blank, expected.blanks?.[l] ?? 0);
	});
	expect(row.flags).toEqual({
		tooHard: false,
		tooEasy: false,
		weakDiscrimination: expected.weak,
		smallSample: true,
		nonFunctioningDistractors: expected.deadDistractors
	});
}

describe('first attempts, worked by hand', () => {
	let analysis: ItemAnalysis;
	beforeAll(async () => {
		analysis = await itemAnalysis(db, null, 'first');
	});

	it('item A counts the practice answers of L0-L2 and the module answers of the rest', () => {
		/*
		 * (x, y, t): L0 (1, 1, 1) L1 (0, 1, 1/2) L2 (0, 0, 0) from practice; L3 (1, 3/4, 4/5)
		 * L4 (0, 3/4, 3/5) L5 (1, 1/2, 3/5) L6 (1, 1/4, 2/5) L7 (0, 1/2, 2/5) L8 (0, 1/4, 1/5) L9 (0, 0, 0).
		 * n 10; facility 4/10.
		 * Sum x 4, Sum y 5, Sum xy 5/2, Sum x^2 4, Sum y^2 15/4:
		 *   Sxy = 5/2 - 20/10 = 1/2; Sxx = 4 - 16/10 = 12/5; Syy = 15/4 - 25/10 = 5/4.
		 * D, 3 in each group: top L0 (1), L3 (1), then L4 (0) and L5 (1) tied at 3/5 share one place:
		 *   (1 + 1 + 1/2) / 3 = 5/6. Bottom L2 (0), L9 (0), L8 (0): 0. D = 5/6.
		 * Options: True 4/10, False 6/10.
		 */
		expectItem(analysis, WARD_ITEMS.A, {
			n: 10,
			facility: 0.4,
			pointBiserial: r(1 / 2, 12 / 5, 5 / 4),
			upperLower: 5 / 6,
			shares: [[0.4, 0.6]],
			weak: false,
			deadDistractors: []
		});
	});

	it('item B', () => {
		/*
		 * L0 (1, 1, 1) L1 (1, 0, 1/2) L2 (0, 0, 0) from practice; L3 (1, 3/4, 4/5) L4 (1, 1/2, 3/5)
		 * L5 (0, 3/4, 3/5) L6 (1, 1/4, 2/5) L7 (0, 1/2, 2/5) L8 (1, 0, 1/5) L9 (0, 0, 0).
		 * n 10; facility 6/10.
		 * Sum x 6, Sum y 15/4, Sum xy 5/2, Sum x^2 6, Sum y^2 43/16:
		 *   Sxy = 5/2 - 90/40 = 1/4; Sxx = 6 - 36/10 = 12/5; Syy = 43/16 - 225/160 = 41/32.
		 *   r = 0.1426: under 0.20, weak.
		 * D: top L0 (1), L3 (1), then L4 (1) and L5 (0) share one place: 5/2 / 3.
		 *   Bottom L2 (0), L9 (0), L8 (1): 1/3. D = 5/6 - 1/3 = 1/2.
		 * Options: True 4/10, False 6/10.
		 */
		expectItem(analysis, WARD_ITEMS.B, {
			n: 10,
			facility: 0.6,
			pointBiserial: r(1 / 4, 12 / 5, 41 / 32),
			upperLower: 1 / 2,
			shares: [[0.4, 0.6]],
			weak: true,
			deadDistractors: []
		});
	});

	it('item C leaves out the single-question session and the unanswered C of L8', () => {
		/*
		 * L0 (1, 1, 1) L1 (1, 3/4, 4/5) L2 (1, 3/4, 4/5) L3 (0, 1, 4/5) L4 (1, 1/2, 3/5)
		 * L5 (0, 3/4, 3/5) L6 (0, 1/2, 2/5) L7 (1, 1/4, 2/5) L9 (0, 0, 0).
		 * n 9; facility 5/9.
		 * Sum x 5, Sum y 11/2, Sum xy 13/4, Sum x^2 5, Sum y^2 17/4:
		 *   Sxy = 13/4 - 55/18 = 7/36; Sxx = 5 - 25/9 = 20/9; Syy = 17/4 - 121/36 = 8/9.
		 *   r = 0.1383: weak.
		 * D, 27% of 9 = 2.43, so 2 in each group: top L0 (1), then L1 (1), L2 (1), L3 (0) tied at
		 *   4/5 share one place: (1 + 2/3) / 2 = 5/6. Bottom L9 (0), then L6 (0) and L7 (1) tied at
		 *   2/5 share one place: (0 + 1/2) / 2 = 1/4. D = 5/6 - 1/4 = 7/12.
		 * Options: A 5/9, B 3/9, C 1/9, D 0, E 0: D and E chosen by under 5%.
		 */
		expectItem(analysis, WARD_ITEMS.C, {
			n: 9,
			facility: 5 / 9,
			pointBiserial: r(7 / 36, 20 / 9, 8 / 9),
			upperLower: 7 / 12,
			shares: [[5 / 9, 3 / 9, 1 / 9, 0, 0]],
			weak: true,
			deadDistractors: [oD, oE]
		});
	});

	it('item E earns part marks per scenario and reports option shares per scenario', () => {
		/*
		 * L0 (1, 1, 1) L1 (1/2, 1, 4/5) L2 (1, 2/3, 4/5) L3 (1, 2/3, 4/5) L4 (1/2, 2/3, 3/5)
		 * L5 (1, 1/3, 3/5) L6 (0, 2/3, 2/5) L7 (1/2, 1/3, 2/5) L8 (0, 1/3, 1/5) L9 (0, 0, 0).
		 * n 10; facility 11/2 / 10 = 0.55.
		 * Sum x 11/2, Sum y 17/3, Sum xy 11/3, Sum x^2 19/4, Sum y^2 37/9:
		 *   Sxy = 11/3 - 187/60 = 11/20; Sxx = 19/4 - 121/40 = 69/40; Syy = 37/9 - 289/90 = 9/10.
		 * D: top L0 (1), then L1 (1/2), L2 (1), L3 (1) tied at 4/5 share two places:
		 *   (1 + 2/3 * 5/2) / 3 = 8/9. Bottom L9 (0), L8 (0), then L6 (0) and L7 (1/2) share one:
		 *   (1/4) / 3 = 1/12. D = 8/9 - 1/12 = 29/36.
		 * Scenario a: A 6/10, B 2/10, C 1/10, D 1/10. Scenario b: A 2/10, B 5/10, C 2/10, blank 1/10.
		 * No distractor flags: every option is the key to some scenario or a distractor for all.
		 */
		expectItem(analysis, WARD_ITEMS.E, {
			n: 10,
			facility: 0.55,
			pointBiserial: r(11 / 20, 69 / 40, 9 / 10),
			upperLower: 29 / 36,
			shares: [
				[0.6, 0.2, 0.1, 0.1, 0, 0, 0, 0],
				[0.2, 0.5, 0.2, 0, 0, 0, 0, 0]
			],
			blanks: [0, 0.1],
			weak: false,
			deadDistractors: []
		});
		const scenarios = analysis.items.find((i) => i.itemId === WARD_ITEMS.E)!.optionShares;
		expect(scenarios.map((s) => s.scenario?.number)).toEqual([1, 2]);
		for (const s of scenarios)
			expectNear(
				s.options.reduce((n, o) => n + o.share, s.blank),
				1
			);
		expect(scenarios.map((s) => s.options.findIndex((o) => o.correct))).toEqual([oA, oB]);
	});

	it("the module counts each learner's first attempt with all its questions", () => {
		/*
		 * The ten day-2 attempts, A and B included for L0-L2 who had practised them; not L9's retake.
		 * Percent: 100, 80, 80, 80, 60, 60, 40, 40, 20, 0. Mean 56. Deviations 44, 24 (3x), 4 (2x),
		 *   -16 (2x), -36, -56: variance (1936 + 1728 + 32 + 512 + 1296 + 3136) / 10 = 864.
		 * Marks: 5, 4, 4, 4, 3, 3, 2, 2, 1, 0: mean 2.8, variance 864 / 400 = 2.16.
		 * Questions right: 4, 3, 3, 3, 2, 2, 2, 1, 1, 0: mean 2.1, variance 12.9 / 10 = 1.29.
		 * p (L8's unanswered C is wrong): A 6/10, B 6/10, C 5/10, E 4/10 (both scenarios right).
		 *   Sum pq = 0.24 + 0.24 + 0.25 + 0.24 = 0.97.
		 * KR-20 = 4/3 (1 - 0.97 / 1.29) = 128/387 = 0.331.
		 * SEM = SD sqrt(1 - 128/387) = SD sqrt(259/387): 24.05% and 1.20 marks.
		 */
		const [module] = analysis.modules;
		expect(module).toMatchObject({ title: 'Ward safety', attempts: 10, questions: 4 });
		expectNear(module.meanPercent, 56);
		expectNear(module.sdPercent, Math.sqrt(864));
		expectNear(module.meanMarks, 2.8);
		expectNear(module.sdMarks, Math.sqrt(2.16));
		expectNear(module.kr20, 128 / 387);
		expectNear(module.semPercent, Math.sqrt(864) * Math.sqrt(259 / 387));
		expectNear(module.semMarks, Math.sqrt(2.16) * Math.sqrt(259 / 387));
	});

	it('is the same counted at once, step by step, and for the cohort of all ten', async () => {
		const recount = await recountItemAnalysis(db, null, 'first', analysis.computedAt);
		expect(recount).toEqual(analysis);
		const cohort = await recountItemAnalysis(db, cohortId, 'first', analysis.computedAt);
		expect(cohort.items).toEqual(analysis.items);
		expect(cohort.modules).toEqual(analysis.modules);
	});
});

describe('all attempts, worked by hand', () => {
	let analysis: ItemAnalysis;
	beforeAll(async () => {
		analysis = await itemAnalysis(db, null, 'all');
	});

	it('item A adds the day-2 answers of L0-L2 and the retake', () => {
		/*
		 * Besides the ten above: L0 (1, 1, 1), L1 (1, 3/4, 4/5), L2 (1, 3/4, 4/5), L9 (1, 3/4, 4/5).
		 * n 14; facility 8/14 = 4/7.
		 * Sum x 8, Sum y 33/4, Sum xy 23/4, Sum x^2 8, Sum y^2 103/16:
		 *   Sxy = 23/4 - 66/14 = 29/28; Sxx = 8 - 64/14 = 24/7; Syy = 103/16 - 1089/224 = 353/224.
		 * D, 27% of 14 = 3.78, so 4: top L0 twice (1, 1), then L1, L2, L3, L9's retake tied at 4/5
		 *   (all 1) share two places: 4 / 4 = 1. Bottom L2's practice (0), L9 (0), L8 (0), then
		 *   L6 (1) and L7 (0) tied at 2/5 share one: (1/2) / 4 = 1/8. D = 7/8.
		 * Options: True 8/14, False 6/14.
		 */
		expectItem(analysis, WARD_ITEMS.A, {
			n: 14,
			facility: 4 / 7,
			pointBiserial: r(29 / 28, 24 / 7, 353 / 224),
			upperLower: 7 / 8,
			shares: [[8 / 14, 6 / 14]],
			weak: false,
			deadDistractors: []
		});
	});

	it('item B', () => {
		/*
		 * Besides the ten above: L0 (1, 1, 1), L1 (1, 3/4, 4/5), L2 (0, 1, 4/5), L9 (1, 3/4, 4/5).
		 * n 14; facility 9/14.
		 * Sum x 9, Sum y 29/4, Sum xy 5, Sum x^2 9, Sum y^2 93/16:
		 *   Sxy = 5 - 261/56 = 19/56; Sxx = 9 - 81/14 = 45/14; Syy = 93/16 - 841/224 = 461/224.
		 *   r = 0.1319: weak.
		 * D: top L0 twice (1, 1), then L1 (1), L2 (0), L3 (1), L9 (1) at 4/5 share two places:
		 *   (2 + 3/2) / 4 = 7/8. Bottom L2's practice (0), L9 (0), L8 (1), then L6 (1) and L7 (0)
		 *   share one: (1 + 1/2) / 4 = 3/8. D = 1/2.
		 * Options: True 5/14, False 9/14.
		 */
		expectItem(analysis, WARD_ITEMS.B, {
			n: 14,
			facility: 9 / 14,
			pointBiserial: r(19 / 56, 45 / 14, 461 / 224),
			upperLower: 1 / 2,
			shares: [[5 / 14, 9 / 14]],
			weak: true,
			deadDistractors: []
		});
	});

	it('item C', () => {
		/*
		 * Besides the nine above: L9's retake (1, 3/4, 4/5). n 10; facility 6/10.
		 * Sum x 6, Sum y 25/4, Sum xy 4, Sum x^2 6, Sum y^2 77/16:
		 *   Sxy = 4 - 150/40 = 1/4; Sxx = 6 - 36/10 = 12/5; Syy = 77/16 - 625/160 = 29/32.
		 *   r = 0.1695: weak.
		 * D, 3 each: top L0 (1), then L1 (1), L2 (1), L3 (0), L9 (1) at 4/5 share two places:
		 *   (1 + 3/2) / 3 = 5/6. Bottom L9 (0), L6 (0), L7 (1): 1/3. D = 1/2.
		 * Options: A 6/10, B 3/10, C 1/10, D 0, E 0 (the practice session's E is left out).
		 */
		expectItem(analysis, WARD_ITEMS.C, {
			n: 10,
			facility: 0.6,
			pointBiserial: r(1 / 4, 12 / 5, 29 / 32),
			upperLower: 1 / 2,
			shares: [[0.6, 0.3, 0.1, 0, 0]],
			weak: true,
			deadDistractors: [oD, oE]
		});
	});

	it('item E', () => {
		/*
		 * Besides the ten above: L9's retake (1/2, 1, 4/5). n 11; facility 6/11.
		 * Sum x 6, Sum y 20/3, Sum xy 25/6, Sum x^2 5, Sum y^2 46/9:
		 *   Sxy = 25/6 - 40/11 = 35/66; Sxx = 5 - 36/11 = 19/11; Syy = 46/9 - 400/99 = 106/99.
		 * D, 27% of 11 = 2.97, so 3: top L0 (1), then L1 (1/2), L2 (1), L3 (1), L9 (1/2) at 4/5
		 *   share two places: (1 + 3/2) / 3 = 5/6. Bottom L9 (0), L8 (0), then L6 (0) and L7 (1/2)
		 *   share one: (1/4) / 3 = 1/12. D = 3/4.
		 * Scenario a: A 7/11, B 2/11, C 1/11, D 1/11. Scenario b: A 2/11, B 5/11, C 2/11, D 1/11,
		 *   blank 1/11.
		 */
		expectItem(analysis, WARD_ITEMS.E, {
			n: 11,
			facility: 6 / 11,
			pointBiserial: r(35 / 66, 19 / 11, 106 / 99),
			upperLower: 3 / 4,
			shares: [
				[7 / 11, 2 / 11, 1 / 11, 1 / 11, 0, 0, 0, 0],
				[2 / 11, 5 / 11, 2 / 11, 1 / 11, 0, 0, 0, 0]
			],
			blanks: [0, 1 / 11],
			weak: false,
			deadDistractors: []
		});
	});

	it('the module counts every attempt, the retake too', () => {
		/*
		 * Eleven attempts: the ten above and L9's retake (80%, 4 marks, 3 right).
		 * Percent: sum 640, mean 640/11; sum of squares 46400: variance 46400/11 - (640/11)^2
		 *   = 100800/121.
		 * Marks: sum 32, sum of squares 116: variance 116/11 - (32/11)^2 = 252/121.
		 * Right: sum 24, sum of squares 66: variance 66/11 - (24/11)^2 = 150/121.
		 * p: A 7/11, B 7/11, C 6/11, E 4/11. Sum pq = (28 + 28 + 30 + 28) / 121 = 114/121.
		 * KR-20 = 4/3 (1 - 114/150) = 0.32. SEM = SD sqrt(0.68).
		 */
		const [module] = analysis.modules;
		expect(module).toMatchObject({ attempts: 11, questions: 4 });
		expectNear(module.meanPercent, 640 / 11);
		expectNear(module.sdPercent, Math.sqrt(100800) / 11);
		expectNear(module.meanMarks, 32 / 11);
		expectNear(module.sdMarks, Math.sqrt(252) / 11);
		expectNear(module.kr20, 0.32);
		expectNear(module.semPercent, (Math.sqrt(100800) / 11) * Math.sqrt(0.68));
		expectNear(module.semMarks, (Math.sqrt(252) / 11) * Math.sqrt(0.68));
	});

	it('is the same counted at once', async () => {
		expect(await recountItemAnalysis(db, null, 'all', analysis.computedAt)).toEqual(analysis);
	});
});

describe('the exports', () => {
	it('hold every figure of the item table unrounded, with a row per scenario', async () => {
		const analysis = await itemAnalysis(db, null, 'first');
		const lines = itemStatisticsCsv(analysis.items).trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'Item,Version,Bank,Type,Scenario,Text,Answers,Facility,Point-biserial r,Upper-lower D,' +
				'Too hard,Too easy,Weak discrimination,Small sample,Non-functioning distractors,' +
				'Stated difficulty,Measured difficulty,Open reports,Key,Blank,Share A,Share B,Share C,Share D,Share E,Share F,' +
				'Share G,Share H'
		);
		const row = (prefix: string) => lines.find((l) => l.startsWith(prefix))!.split(',');
		const c = row('ward-c,1,');
		expect(c.slice(6, 7)).toEqual(['9']);
		[5 / 9, r(7 / 36, 20 / 9, 8 / 9), 7 / 12].forEach((v, i) => expectNear(Number(c[7 + i]), v));
		expect(c.slice(10, 20)).toEqual([
			'false',
			'false',
			'true',
			'true',
			'D E',
			'easy',
			'',
			'0',
			'A',
			''
		]);
		expect(c.slice(20).map(Number)).toEqual([5 / 9, 3 / 9, 1 / 9, 0, 0, 0, 0, 0]);
		const scenarioB = row('ward-e,1,Ward safety,extended-matching,2,');
		expect(scenarioB.slice(18)).toEqual(['B', '0.1', '0.2', '0.5', '0.2', '0', '0', '0', '0', '0']);
		expect(lines.filter((l) => l.startsWith('ward-'))).toHaveLength(4 + 2);
	});

	it('hold every figure of the module table unrounded', async () => {
		const analysis = await itemAnalysis(db, null, 'first');
		const [header, line] = moduleReliabilityCsv(analysis.modules).trimEnd().split('\r\n');
		expect(header).toBe(
			'Cohort,Module,Attempts,Questions,Mean %,SD %,Mean marks,SD marks,KR-20,SEM marks,SEM %'
		);
		const m = analysis.modules[0];
		expect(line).toBe(
			[
				'Ward 7',
				'Ward safety',
				10,
				4,
				m.meanPercent,
				m.sdPercent,
				m.meanMarks,
				m.sdMarks,
				m.kr20,
				m.semMarks,
				m.semPercent
			].join(',')
		);
	});
});
