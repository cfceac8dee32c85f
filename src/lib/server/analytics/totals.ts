import type { Response } from '$lib/server/db/schema';
import type { RestSums, TotalBucket } from './statistics';

/*
 * The totals item analysis is computed from. Every figure is additive and in whole numbers, so
 * totals kept as sessions finish, counted again from every answer, or taken away again when a
 * later-finishing test turns out to hold a learner's first answer, are all the same numbers.
 */

/** An item version's totals. */
export interface VersionTotals {
	byRest: Map<number, RestSums>;
	byTotal: Map<number, TotalBucket>;
	/** Per list ('' for a choice item, else the scenario id): times each option was chosen. */
	picks: Map<string, number[]>;
}

/** Attempts at a module with the same marks possible. */
export interface AttemptSums {
	maxMarks: number;
	attempts: number;
	marks: number;
	marksSquared: number;
	right: number;
	rightSquared: number;
	questions: number;
}

export interface ModuleTotals {
	byMaxMarks: Map<number, AttemptSums>;
	/** Per question: counted attempts that drew it, and how many got it right. */
	items: Map<string, { drawn: number; right: number }>;
}

export interface Totals {
	versions: Map<number, VersionTotals>;
	modules: Map<string, ModuleTotals>;
}

export const emptyTotals = (): Totals => ({ versions: new Map(), modules: new Map() });

/** An answer as item analysis counts it, with the marks of its whole session. */
export interface CountedAnswer {
	itemVersionId: number;
	marks: number;
	maxMarks: number;
	response: Response;
	sessionMarks: number;
	sessionMaxMarks: number;
}

/** A finished module attempt: its marks, and each question drawn, right (1) or not (0). */
export interface CountedAttempt {
	moduleId: string;
	marks: number;
	maxMarks: number;
	items: { itemId: string; correct: number }[];
}

function versionOf(totals: Totals, id: number): VersionTotals {
	let version = totals.versions.get(id);
	if (!version) {
		version = { byRest: new Map(), byTotal: new Map(), picks: new Map() };
		totals.versions.set(id, version);
	}
	return version;
}

function pick(version: VersionTotals, list: string, option: number, sign: number): void {
	const counts = version.picks.get(list) ?? [];
	counts[option] = (counts[option] ?? 0) + sign;
	version.picks.set(list, counts);
}

/** Adds an answer to the totals, or with `sign` -1 takes it away. */
export function addAnswer(totals: Totals, answer: CountedAnswer, sign = 1): void {
	const version = versionOf(totals, answer.itemVersionId);
	const m = answer.marks;
	const r = answer.sessionMarks - m;
	const restMax = answer.sessionMaxMarks - answer.maxMarks;
	const sums = version.byRest.get(restMax) ?? {
		restMax,
		answers: 0,
		marks: 0,
		marksSquared: 0,
		rest: 0,
		restSquared: 0,
		marksRest: 0
	};
	sums.answers += sign;
	sums.marks += sign * m;
	sums.marksSquared += sign * m * m;
	sums.rest += sign * r;
	sums.restSquared += sign * r * r;
	sums.marksRest += sign * m * r;
	version.byRest.set(restMax, sums);
	// Equal fractions divide to the same number, so a session score of 2/4 and one of 3/6 share a bucket.
	const total = answer.sessionMarks / answer.sessionMaxMarks;
	const bucket = version.byTotal.get(total) ?? { total, answers: 0, marks: 0 };
	bucket.answers += sign;
	bucket.marks += sign * m;
	version.byTotal.set(total, bucket);
	const { response } = answer;
	if (response.kind === 'choice') for (const i of response.chosen) pick(version, '', i, sign);
	else if (response.kind === 'matching')
		for (const [scenario, i] of Object.entries(response.chosen))
			if (i !== null) pick(version, scenario, i, sign);
	// A typed answer is judged right or wrong only: there are no options to count.
}

/** Adds a module attempt to the totals, or with `sign` -1 takes it away. */
export function addAttempt(
	totals: Pick<Totals, 'modules'>,
	attempt: CountedAttempt,
	sign = 1
): void {
	let module = totals.modules.get(attempt.moduleId);
	if (!module) {
		module = { byMaxMarks: new Map(), items: new Map() };
		totals.modules.set(attempt.moduleId, module);
	}
	let right = 0;
	for (const item of attempt.items) {
		right += item.correct;
		const counts = module.items.get(item.itemId) ?? { drawn: 0, right: 0 };
		counts.drawn += sign;
		counts.right += sign * item.correct;
		module.items.set(item.itemId, counts);
	}
	const sums = module.byMaxMarks.get(attempt.maxMarks) ?? {
		maxMarks: attempt.maxMarks,
		attempts: 0,
		marks: 0,
		marksSquared: 0,
		right: 0,
		rightSquared: 0,
		questions: 0
	};
	sums.attempts += sign;
	sums.marks += sign * attempt.marks;
	sums.marksSquared += sign * attempt.marks * attempt.marks;
	sums.right += sign * right;
	sums.rightSquared += sign * right * right;
	sums.questions += sign * attempt.items.length;
	module.byMaxMarks.set(attempt.maxMarks, sums);
}

/** The answers counted for an item version. */
export function answersCounted(version: VersionTotals | undefined): number {
	let n = 0;
	if (version) for (const [, sums] of version.byRest) n += sums.answers;
	return n;
}
