/** Classical test theory statistics, on plain arrays so each can be checked by hand. */

export function mean(values: number[]): number {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Population variance (divides by n), as KR-20 uses it. */
export function variance(values: number[]): number {
	const m = mean(values);
	return mean(values.map((v) => (v - m) ** 2));
}

export function standardDeviation(values: number[]): number {
	return Math.sqrt(variance(values));
}

/** Mean item score: the share right, or of marks where an item earns part marks. */
export function facility(scores: number[]): number {
	return mean(scores);
}

/** Pearson correlation; null when either variable does not vary. */
export function correlation(xs: number[], ys: number[]): number | null {
	const mx = mean(xs);
	const my = mean(ys);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < xs.length; i++) {
		const dx = xs[i] - mx;
		const dy = ys[i] - my;
		sxy += dx * dy;
		sxx += dx ** 2;
		syy += dy ** 2;
	}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/**
 * Corrected point-biserial: the correlation between getting the item right and the score on
 * the rest of the test (the item itself left out, so it does not correlate with itself).
 */
export function correctedPointBiserial(
	responses: { score: number; restScore: number }[]
): number | null {
	return correlation(
		responses.map((r) => r.score),
		responses.map((r) => r.restScore)
	);
}

/**
 * Upper-lower discrimination index: facility among the top 27% of candidates by total score
 * minus facility among the bottom 27%. Candidates tied on total where a group ends share its
 * remaining places equally, which is the index's expected value over every order of the tied
 * candidates: the result depends on the scores alone, not on the order they come in.
 */
export function upperLowerIndex(
	responses: { score: number; total: number }[],
	fraction = 0.27
): number | null {
	const size = Math.round(responses.length * fraction);
	if (size < 1 || responses.length < 2) return null;
	const sorted = [...responses].sort((a, b) => b.total - a.total || b.score - a.score);
	const upper = groupScore(sorted, size);
	const lower = groupScore(sorted.reverse(), size);
	return (upper - lower) / size;
}

/** Sum of scores of the first `size` candidates, those tied at the boundary each counted in part. */
function groupScore(sorted: { score: number; total: number }[], size: number): number {
	let sum = 0;
	let taken = 0;
	for (let start = 0; taken < size;) {
		let end = start;
		let tiedScore = 0;
		while (end < sorted.length && sorted[end].total === sorted[start].total)
			tiedScore += sorted[end++].score;
		const tied = end - start;
		const places = Math.min(tied, size - taken);
		sum += places === tied ? tiedScore : (tiedScore * places) / tied;
		taken += places;
		start = end;
	}
	return sum;
}

/**
 * Whole-number sums over answers whose session offered the same marks besides the item
 * (`restMax`): the answers, the item's marks m, m², the rest of the session's marks r, r², m·r.
 */
export interface RestSums {
	restMax: number;
	answers: number;
	marks: number;
	marksSquared: number;
	rest: number;
	restSquared: number;
	marksRest: number;
}

const gcd = (a: bigint, b: bigint): bigint => (b ? gcd(b, a % b) : a);

/**
 * The corrected point-biserial from sums: the correlation of m/M with r/restMax over every answer.
 * Worked in whole numbers over a common denominator of the rest scores, so it does not depend on
 * the order answers were added in, and "does not vary" is decided exactly. The item's marks
 * possible M cancels out.
 */
export function pointBiserialFromSums(groups: RestSums[]): number | null {
	let common = 1n;
	for (const g of groups) {
		const d = BigInt(g.restMax);
		common = (common / gcd(common, d)) * d;
	}
	let n = 0n;
	let x = 0n;
	let xx = 0n;
	let y = 0n;
	let yy = 0n;
	let xy = 0n;
	for (const g of groups) {
		const scale = common / BigInt(g.restMax);
		n += BigInt(g.answers);
		x += BigInt(g.marks);
		xx += BigInt(g.marksSquared);
		y += BigInt(g.rest) * scale;
		yy += BigInt(g.restSquared) * scale * scale;
		xy += BigInt(g.marksRest) * scale;
	}
	const sxx = n * xx - x * x;
	const syy = n * yy - y * y;
	const sxy = n * xy - x * y;
	if (sxx <= 0n || syy <= 0n) return null;
	return Number(sxy) / Math.sqrt(Number(sxx)) / Math.sqrt(Number(syy));
}

/** Answers whose whole session scored `total` (marks over marks possible), and the item's marks among them. */
export interface TotalBucket {
	total: number;
	answers: number;
	marks: number;
}

/**
 * Answers in the upper or lower group: the whole buckets' marks (`full`), and the bucket where the
 * group ends, whose `edgeAnswers` share `edgePlaces` places (none when the group ends between
 * buckets).
 */
export interface GroupParts {
	full: number;
	edgeMarks: number;
	edgePlaces: number;
	edgeAnswers: number;
}

/** What the upper-lower index needs of an item's answers: their number, the group size, the groups. */
export interface UpperLowerParts {
	n: number;
	size: number;
	upper: GroupParts;
	lower: GroupParts;
}

/**
 * Answers in each 27% group: 27% of n rounded to a whole number, halves up, in whole numbers so
 * that SQL and this code agree on every n.
 */
export function groupSize(n: number): number {
	return Math.floor((27 * n + 50) / 100);
}

/** The upper-lower index from its parts; `maxMarks` is the item's marks possible. */
export function upperLowerFromParts(parts: UpperLowerParts, maxMarks: number): number | null {
	const { n, size, upper, lower } = parts;
	if (size < 1 || n < 2) return null;
	const marks = (g: GroupParts) =>
		g.edgeAnswers ? g.full + (g.edgeMarks * g.edgePlaces) / g.edgeAnswers : g.full;
	return (marks(upper) - marks(lower)) / (size * maxMarks);
}

/** The first `size` answers of buckets in order, the bucket where the group ends counted in part. */
function groupParts(sorted: TotalBucket[], size: number): GroupParts {
	const parts = { full: 0, edgeMarks: 0, edgePlaces: 0, edgeAnswers: 0 };
	let taken = 0;
	for (const bucket of sorted) {
		if (taken >= size) break;
		if (taken + bucket.answers <= size) parts.full += bucket.marks;
		else {
			Object.assign(parts, {
				edgeMarks: bucket.marks,
				edgePlaces: size - taken,
				edgeAnswers: bucket.answers
			});
			break;
		}
		taken += bucket.answers;
	}
	return parts;
}

/** The parts of the upper-lower index from answers counted by session score. */
export function upperLowerParts(buckets: Iterable<TotalBucket>): UpperLowerParts {
	const sorted = [...buckets].filter((b) => b.answers > 0).sort((a, b) => b.total - a.total);
	const n = sorted.reduce((sum, b) => sum + b.answers, 0);
	const size = groupSize(n);
	return { n, size, upper: groupParts(sorted, size), lower: groupParts(sorted.reverse(), size) };
}

/**
 * The upper-lower index from answers counted by session score, as `upperLowerIndex` defines it
 * for 27%: ties where a group ends share its remaining places. `maxMarks` is the item's marks
 * possible.
 */
export function upperLowerFromBuckets(buckets: TotalBucket[], maxMarks: number): number | null {
	return upperLowerFromParts(upperLowerParts(buckets), maxMarks);
}

/**
 * KR-20 reliability for right/wrong items: k/(k-1) * (1 - sum of p*q / variance of totals).
 * Rows are candidates, columns items (1 right, 0 wrong). Equal to Cronbach's alpha on 0/1 data.
 */
export function kr20(matrix: number[][]): number | null {
	// Under two items or two candidates, kr20FromSummary finds k < 2 or totals that do not vary.
	const k = matrix[0]?.length ?? 0;
	let sumPQ = 0;
	for (let j = 0; j < k; j++) {
		const p = mean(matrix.map((row) => row[j]));
		sumPQ += p * (1 - p);
	}
	// Stryker disable next-line ArithmeticOperator: totals negated by subtracting have the same variance
	return kr20FromSummary(k, sumPQ, variance(matrix.map((row) => row.reduce((a, b) => a + b, 0))));
}

/** KR-20 from its parts, for tests whose candidates each sat a different draw of k items. */
export function kr20FromSummary(k: number, sumPQ: number, totalVariance: number): number | null {
	if (k < 2 || totalVariance <= 0) return null;
	return (k / (k - 1)) * (1 - sumPQ / totalVariance);
}

/**
 * Standard error of measurement: SD * sqrt(1 - reliability), in the unit of the SD. The spread of
 * a candidate's observed score around their true score, for judging scores near a pass mark.
 */
export function standardErrorOfMeasurement(sd: number, reliability: number): number {
	return sd * Math.sqrt(Math.max(0, 1 - reliability));
}

export const FLAG_RULES = {
	tooHard: 0.3,
	tooEasy: 0.9,
	weakDiscrimination: 0.2,
	nonFunctioningDistractor: 0.05,
	smallSample: 30
};

export interface ItemFlags {
	tooHard: boolean;
	tooEasy: boolean;
	weakDiscrimination: boolean;
	smallSample: boolean;
	/** Indexes of wrong options chosen by under 5%. */
	nonFunctioningDistractors: number[];
}

export function flagItem(
	stats: { n: number; facility: number; pointBiserial: number | null; optionShares: number[] },
	wrongOptions: number[]
): ItemFlags {
	return {
		tooHard: stats.n > 0 && stats.facility < FLAG_RULES.tooHard,
		tooEasy: stats.n > 0 && stats.facility > FLAG_RULES.tooEasy,
		weakDiscrimination:
			stats.pointBiserial !== null && stats.pointBiserial < FLAG_RULES.weakDiscrimination,
		smallSample: stats.n < FLAG_RULES.smallSample,
		nonFunctioningDistractors: stats.n
			? wrongOptions.filter(
					(i) => (stats.optionShares[i] ?? 0) < FLAG_RULES.nonFunctioningDistractor
				)
			: []
	};
}

/** Whether any flag calls for an educator's look (a small sample alone does not). */
export function isFlagged(flags: ItemFlags): boolean {
	return (
		flags.tooEasy ||
		flags.tooHard ||
		flags.weakDiscrimination ||
		flags.nonFunctioningDistractors.length > 0
	);
}

/**
 * Facility that marks an item as easy (from `easyFrom`) or hard (under `hardBelow`). An item's
 * stated difficulty is checked against its facility once `minFirstAttempts` learners have met it,
 * and only where the facility lies beyond the stated band by more than `tolerance`.
 */
export const CALIBRATION = {
	minFirstAttempts: 30,
	easyFrom: 0.75,
	hardBelow: 0.45,
	tolerance: 0.1
};

export type Difficulty = 'easy' | 'medium' | 'hard';

/** The difficulty a facility shows. */
export function measuredDifficulty(facility: number): Difficulty {
	if (facility >= CALIBRATION.easyFrom) return 'easy';
	if (facility < CALIBRATION.hardBelow) return 'hard';
	return 'medium';
}

/** The measured difficulty when it contradicts the stated one; null when they agree or too few have answered. */
export function difficultyMismatch(
	stated: Difficulty,
	facility: number,
	firstAttempts: number
): Difficulty | null {
	if (firstAttempts < CALIBRATION.minFirstAttempts) return null;
	const { easyFrom, hardBelow, tolerance } = CALIBRATION;
	const band = { easy: [easyFrom, 1], medium: [hardBelow, easyFrom], hard: [0, hardBelow] }[stated];
	if (facility >= band[0] - tolerance && facility <= band[1] + tolerance) return null;
	return measuredDifficulty(facility);
}
