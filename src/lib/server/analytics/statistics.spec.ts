import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	correctedPointBiserial,
	correlation,
	difficultyMismatch,
	facility,
	flagItem,
	isFlagged,
	kr20,
	kr20FromSummary,
	mean,
	measuredDifficulty,
	pointBiserialFromSums,
	standardDeviation,
	standardErrorOfMeasurement,
	upperLowerFromBuckets,
	upperLowerIndex,
	variance,
	type ItemFlags,
	type RestSums,
	type TotalBucket
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

describe('the basic measures', () => {
	it('the mean of nothing is 0, not a division by zero', () => {
		expect(mean([])).toBe(0);
		expect(mean([2, 4, 9])).toBe(5);
	});

	it('variance divides by n, and the standard deviation is its root', () => {
		// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, over 8 is 4.
		const values = [2, 4, 4, 4, 5, 5, 7, 9];
		expect(variance(values)).toBe(4);
		expect(standardDeviation(values)).toBe(2);
		expect(variance([7, 7, 7])).toBe(0);
	});

	it('the correlation is undefined when either variable does not vary', () => {
		expect(correlation([1, 2, 3], [5, 5, 5])).toBeNull();
		expect(correlation([5, 5, 5], [1, 2, 3])).toBeNull();
		expect(correlation([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 12);
	});
});

describe('KR-20 at the edges', () => {
	it('needs at least two items and two candidates', () => {
		expect(kr20([])).toBeNull();
		expect(kr20([[1], [0], [1]])).toBeNull();
		expect(kr20([[1, 1, 0]])).toBeNull();
		// Two items, two candidates: p = 0.5 each, sum pq = 0.5; totals 2 and 0, variance 1.
		// KR-20 = 2/1 * (1 - 0.5/1) = 1.
		expect(
			kr20([
				[1, 1],
				[0, 0]
			])
		).toBeCloseTo(1, 12);
	});

	it('is undefined when the totals do not vary, and computed from its parts otherwise', () => {
		expect(
			kr20([
				[1, 0],
				[0, 1]
			])
		).toBeNull();
		expect(kr20FromSummary(4, 0.5, 0)).toBeNull();
		expect(kr20FromSummary(1, 0.2, 1)).toBeNull();
		// 2/1 * (1 - 0.5/2) = 1.5.
		expect(kr20FromSummary(2, 0.5, 2)).toBeCloseTo(1.5, 12);
		expect(kr20FromSummary(4, 0.8, 2)).toBeCloseTo(0.8, 12);
	});
});

describe('the upper-lower index at the edges', () => {
	it('is undefined when a group would hold nobody', () => {
		expect(upperLowerIndex([{ total: 3, score: 1 }])).toBeNull();
		// One candidate makes groups of one with half of them in each, but no upper and lower.
		expect(upperLowerIndex([{ total: 3, score: 1 }], 0.5)).toBeNull();
		const four = [
			{ total: 4, score: 1 },
			{ total: 3, score: 1 },
			{ total: 2, score: 0 },
			{ total: 1, score: 0 }
		];
		expect(upperLowerIndex(four, 0.1)).toBeNull();
	});

	it('compares single candidates when the groups hold one each', () => {
		expect(
			upperLowerIndex([
				{ total: 2, score: 1 },
				{ total: 1, score: 0 }
			])
		).toBe(1);
		// Four candidates: 27% of 4 rounds to 1.
		expect(
			upperLowerIndex([
				{ total: 1, score: 0 },
				{ total: 4, score: 1 },
				{ total: 2, score: 1 },
				{ total: 3, score: 0 }
			])
		).toBe(1);
	});

	it('is 0 when every candidate has the same total', () => {
		const tied = [1, 0, 1, 1, 0, 0, 1].map((score) => ({ total: 5, score }));
		expect(upperLowerIndex(tied)).toBeCloseTo(0, 12);
	});

	it('gives the same value for candidates with part marks in any order', () => {
		// The three tied at the bottom have part marks whose sum depends on the order of adding.
		const responses = [
			{ total: 0, score: 0.3 },
			{ total: 1, score: 0.3 },
			{ total: 0, score: 0.2 },
			{ total: 0, score: 0.1 }
		];
		const values = new Set(permutations(responses).map((order) => upperLowerIndex(order)));
		expect(values.size).toBe(1);
		expect([...values][0]).toBeCloseTo(0.3 - 0.6 / 3, 12);
	});

	it('counts a group taken whole at exactly its sum of scores', () => {
		// Eleven candidates: groups of three. The top three tie, and all three are taken.
		const responses = [
			{ total: 10, score: 0.3 },
			{ total: 10, score: 0.2 },
			{ total: 10, score: 0.2 },
			...[9, 8, 7, 6, 5, 4, 3, 2].map((total) => ({ total, score: 0 }))
		];
		expect(upperLowerIndex(responses)).toBe(0.7 / 3);
	});
});

describe('flagging an item', () => {
	const fine = {
		n: 200,
		facility: 0.6,
		pointBiserial: 0.35,
		optionShares: [0.6, 0.1, 0.1, 0.1, 0.1]
	};
	const wrong = [1, 2, 3, 4];
	const noFlags: ItemFlags = {
		tooHard: false,
		tooEasy: false,
		weakDiscrimination: false,
		smallSample: false,
		nonFunctioningDistractors: []
	};

	it('flags an item as too hard under a facility of 0.30, not at it', () => {
		expect(flagItem({ ...fine, facility: 0.3 }, wrong).tooHard).toBe(false);
		expect(flagItem({ ...fine, facility: 0.29 }, wrong).tooHard).toBe(true);
		expect(flagItem({ ...fine, facility: 0 }, wrong).tooHard).toBe(true);
	});

	it('flags an item as too easy over a facility of 0.90, not at it', () => {
		expect(flagItem({ ...fine, facility: 0.9 }, wrong).tooEasy).toBe(false);
		expect(flagItem({ ...fine, facility: 0.91 }, wrong).tooEasy).toBe(true);
	});

	it('calls discrimination weak under a point-biserial of 0.20, and never when it is undefined', () => {
		expect(flagItem({ ...fine, pointBiserial: 0.2 }, wrong).weakDiscrimination).toBe(false);
		expect(flagItem({ ...fine, pointBiserial: 0.19 }, wrong).weakDiscrimination).toBe(true);
		expect(flagItem({ ...fine, pointBiserial: -0.3 }, wrong).weakDiscrimination).toBe(true);
		expect(flagItem({ ...fine, pointBiserial: null }, wrong).weakDiscrimination).toBe(false);
	});

	it('calls a sample small under 30 learners', () => {
		expect(flagItem({ ...fine, n: 30 }, wrong).smallSample).toBe(false);
		expect(flagItem({ ...fine, n: 29 }, wrong).smallSample).toBe(true);
	});

	it('calls a wrong option dead when under 5% choose it, counting an option nobody saw as unchosen', () => {
		const shares = [0.8, 0.05, 0.049, 0.101];
		expect(
			flagItem({ ...fine, optionShares: shares }, [1, 2, 3, 4]).nonFunctioningDistractors
		).toEqual([2, 4]);
		// The right answer is never a distractor, however rarely it is chosen.
		expect(
			flagItem({ ...fine, optionShares: [0, 0.5, 0.5] }, [1, 2]).nonFunctioningDistractors
		).toEqual([]);
	});

	it('flags nothing about facility or distractors before anyone has answered', () => {
		expect(
			flagItem({ n: 0, facility: 0, pointBiserial: null, optionShares: [] }, [1, 2, 3])
		).toEqual({ ...noFlags, smallSample: true });
		expect(
			flagItem({ n: 0, facility: 1, pointBiserial: null, optionShares: [] }, [1, 2, 3])
		).toEqual({ ...noFlags, smallSample: true });
	});

	it('calls for a look on any one flag but a small sample', () => {
		expect(isFlagged(noFlags)).toBe(false);
		expect(isFlagged({ ...noFlags, tooHard: true })).toBe(true);
		expect(isFlagged({ ...noFlags, tooEasy: true })).toBe(true);
		expect(isFlagged({ ...noFlags, weakDiscrimination: true })).toBe(true);
		expect(isFlagged({ ...noFlags, nonFunctioningDistractors: [2] })).toBe(true);
		expect(isFlagged({ ...noFlags, smallSample: true })).toBe(false);
	});
});

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

	it('agrees with a stated difficulty anywhere inside its band, up to the ends of the scale', () => {
		expect(difficultyMismatch('easy', 1, 40)).toBeNull();
		expect(difficultyMismatch('easy', 0.95, 40)).toBeNull();
		expect(difficultyMismatch('hard', 0, 40)).toBeNull();
		expect(difficultyMismatch('hard', 0.05, 40)).toBeNull();
		expect(difficultyMismatch('medium', 0.6, 40)).toBeNull();
	});

	it('names the difficulty the facility shows when it contradicts the stated one', () => {
		expect(difficultyMismatch('hard', 0.9, 40)).toBe('easy');
		expect(difficultyMismatch('easy', 0.5, 40)).toBe('medium');
		expect(difficultyMismatch('medium', 0.1, 40)).toBe('hard');
	});
});

/*
 * Answers as item analysis stores them: the item's marks m of M, the rest of the session's marks
 * r of restMax, and the session's marks of its marks possible.
 */
const answerArb = (maxMarks: number) =>
	fc
		.record({
			m: fc.integer({ min: 0, max: maxMarks }),
			restMax: fc.integer({ min: 1, max: 12 }),
			rest: fc.nat(),
			sessionMax: fc.integer({ min: maxMarks + 1, max: 14 }),
			session: fc.nat()
		})
		.map((a) => ({
			...a,
			rest: a.rest % (a.restMax + 1),
			session: a.session % (a.sessionMax + 1)
		}));
const answersArb = fc
	.integer({ min: 1, max: 3 })
	.chain((maxMarks) =>
		fc.record({ maxMarks: fc.constant(maxMarks), answers: fc.array(answerArb(maxMarks)) })
	);
type StoredAnswer = {
	m: number;
	restMax: number;
	rest: number;
	sessionMax: number;
	session: number;
};

function restSums(answers: StoredAnswer[]): RestSums[] {
	const groups = new Map<number, RestSums>();
	for (const { m, restMax, rest } of answers) {
		const g = groups.get(restMax) ?? {
			restMax,
			answers: 0,
			marks: 0,
			marksSquared: 0,
			rest: 0,
			restSquared: 0,
			marksRest: 0
		};
		g.answers += 1;
		g.marks += m;
		g.marksSquared += m * m;
		g.rest += rest;
		g.restSquared += rest * rest;
		g.marksRest += m * rest;
		groups.set(restMax, g);
	}
	return [...groups].map(([, group]) => group);
}

function totalBuckets(answers: StoredAnswer[]): TotalBucket[] {
	const buckets = new Map<number, TotalBucket>();
	for (const { m, session, sessionMax } of answers) {
		const total = session / sessionMax;
		const b = buckets.get(total) ?? { total, answers: 0, marks: 0 };
		b.answers += 1;
		b.marks += m;
		buckets.set(total, b);
	}
	return [...buckets].map(([, bucket]) => bucket);
}

describe('statistics from additive sums', () => {
	it('give the point-biserial of the answers themselves, and none exactly when a score does not vary', () => {
		fc.assert(
			fc.property(answersArb, ({ maxMarks, answers }) => {
				const fromSums = pointBiserialFromSums(restSums(answers));
				const xs = new Set(answers.map((a) => a.m));
				// Equal fractions compare equal once over a common denominator of every restMax.
				const ys = new Set(answers.map((a) => (a.rest * 27720) / a.restMax));
				if (xs.size < 2 || ys.size < 2) {
					expect(fromSums).toBeNull();
					return;
				}
				const direct = correctedPointBiserial(
					answers.map((a) => ({ score: a.m / maxMarks, restScore: a.rest / a.restMax }))
				);
				expect(fromSums).not.toBeNull();
				expect(Math.abs((fromSums as number) - (direct as number))).toBeLessThan(1e-9);
			}),
			{ numRuns: 300 }
		);
	});

	it('give the same point-biserial whatever order the sums were added in', () => {
		fc.assert(
			fc.property(answersArb, fc.nat(), ({ answers }, shift) => {
				const groups = restSums(answers);
				const turned = groups.map((_, i) => groups[(i + shift) % groups.length]);
				expect(pointBiserialFromSums(turned)).toBe(pointBiserialFromSums(groups));
			})
		);
	});

	it('give the upper-lower index of the answers themselves, ties shared alike', () => {
		fc.assert(
			fc.property(answersArb, ({ maxMarks, answers }) => {
				const fromBuckets = upperLowerFromBuckets(totalBuckets(answers), maxMarks);
				const direct = upperLowerIndex(
					answers.map((a) => ({ score: a.m / maxMarks, total: a.session / a.sessionMax }))
				);
				if (direct === null) expect(fromBuckets).toBeNull();
				else expect(Math.abs((fromBuckets as number) - direct)).toBeLessThan(1e-12);
			}),
			{ numRuns: 300 }
		);
	});

	it('read an emptied bucket as no answers at all', () => {
		const buckets = [
			{ total: 1, answers: 2, marks: 2 },
			{ total: 0.5, answers: 0, marks: 0 },
			{ total: 0, answers: 2, marks: 0 }
		];
		expect(upperLowerFromBuckets(buckets, 1)).toBe(1);
	});
});
