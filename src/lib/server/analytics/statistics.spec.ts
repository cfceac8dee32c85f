import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	correctedPointBiserial,
	difficultyMismatch,
	facility,
	flagItem,
	isFlagged,
	kr20,
	mean,
	measuredDifficulty,
	standardErrorOfMeasurement,
	upperLowerIndex
} from './statistics';

/*
 * A hand-worked fixture: five candidates, four right/wrong items.
 *
 *            i1 i2 i3 i4  total
 *   A         1  1  1  1   4
 *   B         1  1  1  0   3
 *   C         1  1  0  0   2
 *   D         1  0  0  0   1
 *   E         0  0  0  0   0
 *
 * Facilities: i1 0.8, i2 0.6, i3 0.4, i4 0.2.
 * Totals 4,3,2,1,0: mean 2, population variance (4+1+0+1+4)/5 = 2.
 * Sum of p*q = 0.16 + 0.24 + 0.24 + 0.16 = 0.8.
 * KR-20 = 4/3 * (1 - 0.8/2) = 4/3 * 0.6 = 0.8.
 */
const matrix = [
	[1, 1, 1, 1],
	[1, 1, 1, 0],
	[1, 1, 0, 0],
	[1, 0, 0, 0],
	[0, 0, 0, 0]
];

describe('item statistics on a hand-worked fixture', () => {
	it('facility is the share right', () => {
		expect(facility(matrix.map((r) => r[0]))).toBeCloseTo(0.8);
		expect(facility(matrix.map((r) => r[3]))).toBeCloseTo(0.2);
	});

	it('KR-20 matches the hand calculation', () => {
		expect(kr20(matrix)).toBeCloseTo(0.8, 10);
	});

	it('the corrected point-biserial correlates an item with the rest of the test', () => {
		// Item 1: scores 1,1,1,1,0; rest scores 3,2,1,0,0.
		// mean x 0.8, mean y 1.2; Sxy = 0.2*1.8 + 0.2*0.8 + 0.2*(-0.2) + 0.2*(-1.2) + (-0.8)(-1.2)
		//   = 0.36 + 0.16 - 0.04 - 0.24 + 0.96 = 1.2
		// Sxx = 4*0.04 + 0.64 = 0.8; Syy = 3.24 + 0.64 + 0.04 + 1.44 + 1.44 = 6.8
		// r = 1.2 / sqrt(0.8 * 6.8) = 1.2 / 2.33238 = 0.514496
		const responses = matrix.map((row) => ({
			score: row[0],
			restScore: row.reduce((a, b) => a + b, 0) - row[0]
		}));
		expect(correctedPointBiserial(responses)).toBeCloseTo(0.514496, 5);
	});

	it('the point-biserial is undefined when everyone gets the item right', () => {
		expect(
			correctedPointBiserial([
				{ score: 1, restScore: 2 },
				{ score: 1, restScore: 3 }
			])
		).toBeNull();
	});

	it('the upper-lower index compares the top and bottom 27%', () => {
		// Ten candidates: 27% of 10 rounds to 3 in each group.
		const responses = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((total, i) => ({
			total,
			score: [1, 1, 0, 1, 0, 1, 0, 0, 1, 0][i]
		}));
		// Upper (10,9,8): 1,1,0 -> 2/3. Lower (3,2,1): 0,1,0 -> 1/3. D = 1/3.
		expect(upperLowerIndex(responses)).toBeCloseTo(1 / 3, 10);
	});

	it('learners tied on total where a group ends share its places', () => {
		// Totals 5, 4, 4, 4, 2, 1, 1 (seven: 27% rounds to 2). The top takes the 5 and one place
		// shared by the three 4s (scores 0, 1, 1): (1 + 2/3) / 2. The bottom takes both 1s (scores
		// 0, 1), whose places are not shared: (0 + 1) / 2.
		const responses = [
			{ total: 4, score: 0 },
			{ total: 1, score: 0 },
			{ total: 5, score: 1 },
			{ total: 4, score: 1 },
			{ total: 2, score: 1 },
			{ total: 1, score: 1 },
			{ total: 4, score: 1 }
		];
		expect(upperLowerIndex(responses)).toBeCloseTo(5 / 6 - 1 / 2, 12);
		expect(upperLowerIndex([...responses].reverse())).toBe(upperLowerIndex(responses));
	});

	it('the standard error of measurement is SD * sqrt(1 - reliability)', () => {
		expect(standardErrorOfMeasurement(10, 0.84)).toBeCloseTo(4, 12);
		expect(standardErrorOfMeasurement(10, 1)).toBe(0);
		// A negative reliability is possible on a short test: the error then exceeds the SD.
		expect(standardErrorOfMeasurement(10, -0.21)).toBeCloseTo(11, 12);
	});

	it('flags items outside the facility band, with weak discrimination, small samples and dead distractors', () => {
		const flags = flagItem(
			{ n: 20, facility: 0.95, pointBiserial: 0.1, optionShares: [0.95, 0.03, 0.02, 0, 0] },
			[1, 2, 3, 4]
		);
		expect(flags).toEqual({
			tooHard: false,
			tooEasy: true,
			weakDiscrimination: true,
			smallSample: true,
			nonFunctioningDistractors: [1, 2, 3, 4]
		});
		const fine = flagItem(
			{ n: 200, facility: 0.6, pointBiserial: 0.35, optionShares: [0.6, 0.1, 0.1, 0.1, 0.1] },
			[1, 2, 3, 4]
		);
		expect(fine).toEqual({
			tooHard: false,
			tooEasy: false,
			weakDiscrimination: false,
			smallSample: false,
			nonFunctioningDistractors: []
		});
		expect(isFlagged(flags)).toBe(true);
		expect(isFlagged(fine)).toBe(false);
		expect(isFlagged({ ...fine, smallSample: true })).toBe(false);
	});
});

/** Candidates with few distinct totals, so that many are tied. */
const candidates = (maxLength: number) =>
	fc.array(
		fc.record({
			total: fc.integer({ min: 0, max: 4 }).map((t) => t / 4),
			score: fc.constantFrom(0, 0.5, 1)
		}),
		{ minLength: 2, maxLength }
	);

/** The index as a sort that keeps arrival order among ties would give it. */
function indexInArrivalOrder(responses: { score: number; total: number }[]): number {
	const n = Math.round(responses.length * 0.27);
	const sorted = [...responses].sort((a, b) => b.total - a.total);
	return mean(sorted.slice(0, n).map((r) => r.score)) - mean(sorted.slice(-n).map((r) => r.score));
}

function permutations<T>(list: T[]): T[][] {
	if (list.length < 2) return [list];
	return list.flatMap((first, i) =>
		permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [first, ...rest])
	);
}

describe('the upper-lower index over random candidates', () => {
	it('does not depend on the order candidates come in', () => {
		fc.assert(
			fc.property(
				candidates(60).chain((responses) =>
					fc.tuple(
						fc.constant(responses),
						fc.shuffledSubarray(responses, {
							minLength: responses.length,
							maxLength: responses.length
						})
					)
				),
				([responses, shuffled]) => {
					expect(upperLowerIndex(shuffled)).toBe(upperLowerIndex(responses));
				}
			)
		);
	});

	it('is the mean, over every order of the candidates, of the index split by arrival order', () => {
		fc.assert(
			fc.property(candidates(6), (responses) => {
				const orders = permutations(responses);
				const expected = mean(orders.map(indexInArrivalOrder));
				expect(Math.abs(upperLowerIndex(responses)! - expected)).toBeLessThan(1e-12);
			})
		);
	});
});

describe('calibration of stated difficulty', () => {
	it('reads easy from a facility of 0.75, hard under 0.45, medium between', () => {
		expect(measuredDifficulty(0.75)).toBe('easy');
		expect(measuredDifficulty(0.7499)).toBe('medium');
		expect(measuredDifficulty(0.45)).toBe('medium');
		expect(measuredDifficulty(0.4499)).toBe('hard');
	});

	it('waits for 30 first attempts before judging', () => {
		expect(difficultyMismatch('easy', 0.2, 29)).toBeNull();
		expect(difficultyMismatch('easy', 0.2, 30)).toBe('hard');
	});

	it('allows a facility within 0.1 of the stated band', () => {
		expect(difficultyMismatch('easy', 0.65, 40)).toBeNull();
		expect(difficultyMismatch('easy', 0.64, 40)).toBe('medium');
		expect(difficultyMismatch('hard', 0.55, 40)).toBeNull();
		expect(difficultyMismatch('hard', 0.56, 40)).toBe('medium');
		expect(difficultyMismatch('medium', 0.35, 40)).toBeNull();
		expect(difficultyMismatch('medium', 0.34, 40)).toBe('hard');
		expect(difficultyMismatch('medium', 0.85, 40)).toBeNull();
		expect(difficultyMismatch('medium', 0.86, 40)).toBe('easy');
	});
});
