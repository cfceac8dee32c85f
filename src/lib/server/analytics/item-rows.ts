import type { ItemSpec } from '$lib/content/types';
import type { Counting } from '$lib/server/db/tables';
import { maxMarksFor } from '$lib/server/quiz/scoring';
import type { VersionFigures } from './kept-versions';
import {
	difficultyMismatch,
	flagItem,
	upperLowerFromParts,
	type Difficulty,
	type ItemFlags
} from './statistics';
import type { VersionTotals } from './totals';

/**
 * How often each option was chosen, as a share of the item's answers. A choice item has one list;
 * an extended-matching item has one per scenario, whose shares and blanks add up to 1.
 */
export interface OptionShares {
	scenario: { id: string; number: number; text: string } | null;
	/** Per option: whether it is the key (for this scenario) and the share choosing it. */
	options: { correct: boolean; share: number }[];
	/** Share of answers that left the scenario unmatched; 0 for choice items. */
	blank: number;
}

export interface ItemAnalysisRow {
	itemId: string;
	version: number;
	bankId: string;
	bankTitle: string;
	type: ItemSpec['type'];
	stem: string;
	n: number;
	facility: number | null;
	pointBiserial: number | null;
	upperLower: number | null;
	optionShares: OptionShares[];
	flags: ItemFlags;
	/**
	 * The difficulty the author stated, and the one first attempts measure when they contradict it
	 * (null when they agree, under 30 first attempts, or in the all-attempts view).
	 */
	difficulty: { stated: Difficulty; measured: Difficulty | null };
	openReports: number;
}

interface Summary {
	n: number;
	facility: number | null;
	pointBiserial: number | null;
	upperLower: number | null;
}

/** A version's statistics from its figures: `maxMarks` is the marks one answer can earn. */
function summarise(figures: VersionFigures | undefined, maxMarks: number): Summary {
	const n = figures?.answers ?? 0;
	if (!figures || !n) return { n, facility: null, pointBiserial: null, upperLower: null };
	return {
		n,
		facility: figures.marks / (n * maxMarks),
		pointBiserial: n > 2 ? figures.pointBiserial : null,
		upperLower: n > 2 ? upperLowerFromParts(figures.upperLower, maxMarks) : null
	};
}

function shareOf(count: number | undefined, n: number): number {
	return n ? (count ?? 0) / n : 0;
}

function optionSharesOf(spec: ItemSpec, acc: VersionTotals | undefined, n: number): OptionShares[] {
	if (spec.type === 'short-answer') return [];
	if (spec.type !== 'extended-matching')
		return [
			{
				scenario: null,
				options: spec.options.map((o, i) => ({
					correct: o.correct === true,
					share: shareOf(acc?.picks.get('')?.[i], n)
				})),
				blank: 0
			}
		];
	return (spec.stems ?? []).map((stem, s) => {
		const counts = acc?.picks.get(stem.id) ?? [];
		const matched = counts.reduce((sum, c) => sum + (c ?? 0), 0);
		return {
			scenario: { id: stem.id, number: s + 1, text: stem.text },
			options: spec.options.map((_, i) => ({
				correct: i === stem.answer,
				share: shareOf(counts[i], n)
			})),
			blank: n ? (n - matched) / n : 0
		};
	});
}

/** An item version as the item table lists it. */
export interface ListedVersion {
	itemId: string;
	version: number;
	spec: ItemSpec;
	bankId: string;
	bankTitle: string;
}

/**
 * An item version's row of the item table, from its option counts (`acc`), its figures and its
 * open reports; `attempts` is the view's counting, first attempts or all.
 */
export function itemRow(
	v: ListedVersion,
	acc: VersionTotals | undefined,
	figures: VersionFigures | undefined,
	attempts: Counting,
	openReports: number
): ItemAnalysisRow {
	// Every answer to a version carries the marks its content offers.
	const summary = summarise(figures, maxMarksFor(v.spec));
	const n = summary.n;
	const optionShares = optionSharesOf(v.spec, acc, n);
	// Distractors are judged on choice items only: an extended-matching list serves every
	// scenario, so an option rarely matched to one scenario is still the key to another.
	const choice = v.spec.type === 'extended-matching' ? null : (optionShares[0] ?? null);
	const flags = flagItem(
		{
			n,
			facility: summary.facility ?? 0,
			pointBiserial: summary.pointBiserial,
			optionShares: choice?.options.map((o) => o.share) ?? []
		},
		choice?.options.flatMap((o, i) => (o.correct ? [] : [i])) ?? []
	);
	return {
		itemId: v.itemId,
		version: v.version,
		bankId: v.bankId,
		bankTitle: v.bankTitle,
		type: v.spec.type,
		stem: v.spec.stem,
		n,
		facility: summary.facility,
		pointBiserial: summary.pointBiserial,
		upperLower: summary.upperLower,
		optionShares,
		flags,
		difficulty: {
			stated: v.spec.difficulty,
			measured:
				attempts === 'first' && summary.facility !== null
					? difficultyMismatch(v.spec.difficulty, summary.facility, n)
					: null
		},
		openReports
	};
}
