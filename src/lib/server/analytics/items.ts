import { count, eq, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
import { banks, itemReports, items, itemVersions, type Counting } from '../db/tables';
import { maxMarksFor } from '../quiz/scoring';
import {
	keptFigures,
	keptModuleFigures,
	keptPicks,
	keptScope,
	recountTotals,
	versionFigures,
	type VersionFigures
} from './kept-totals';
import {
	figuresOf,
	moduleReliabilityOf,
	type ModuleFigures,
	type ModuleReliability
} from './modules';
import {
	difficultyMismatch,
	flagItem,
	upperLowerFromParts,
	type Difficulty,
	type ItemFlags
} from './statistics';
import type { Totals, VersionTotals } from './totals';

export type AttemptScope = Counting;

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

export type { ModuleReliability };

export interface ItemAnalysis {
	computedAt: Date;
	items: ItemAnalysisRow[];
	modules: ModuleReliability[];
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

async function analyseItems(
	db: DB,
	{ totals, figures }: Counted,
	attempts: AttemptScope
): Promise<ItemAnalysisRow[]> {
	const versions = await db
		.select({
			id: itemVersions.id,
			itemId: itemVersions.itemId,
			version: itemVersions.version,
			spec: itemVersions.spec,
			bankId: banks.id,
			bankTitle: banks.title,
			current: sql<boolean>`${items.currentVersionId} = ${itemVersions.id}`.mapWith(Boolean)
		})
		.from(itemVersions)
		.innerJoin(items, eq(items.id, itemVersions.itemId))
		.innerJoin(banks, eq(banks.id, items.bankId))
		.orderBy(banks.position, items.position, itemVersions.version);
	const open = await db
		.select({ itemId: itemReports.itemId, n: count() })
		.from(itemReports)
		.where(eq(itemReports.status, 'open'))
		.groupBy(itemReports.itemId);
	const reports = new Map(open.map((r) => [r.itemId, r.n]));
	return versions
		.filter((v) => v.current || (figures.get(v.id)?.answers ?? 0) > 0)
		.map((v) => {
			const acc = totals.versions.get(v.id);
			// Every answer to a version carries the marks its content offers.
			const summary = summarise(figures.get(v.id), maxMarksFor(v.spec));
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
				openReports: reports.get(v.itemId) ?? 0
			};
		});
}

/** Totals to analyse: option counts, each item version's figures and each module's. */
interface Counted {
	totals: Totals;
	figures: Map<number, VersionFigures>;
	moduleFigures: (moduleId: string) => ModuleFigures;
}

async function analyse(
	db: DB,
	counted: Counted,
	cohortId: string | null,
	attempts: AttemptScope,
	now: Date
): Promise<ItemAnalysis> {
	return {
		computedAt: now,
		items: await analyseItems(db, counted, attempts),
		modules: await moduleReliabilityOf(db, counted.moduleFigures, cohortId)
	};
}

/** Computes item and module statistics for all learners or one cohort, reading every answer. */
export async function computeItemAnalysis(
	db: DB,
	cohortId: string | null,
	attempts: AttemptScope,
	now = new Date()
): Promise<ItemAnalysis> {
	const totals = (await recountTotals(db, cohortId))[attempts];
	const figures = new Map([...totals.versions].map(([id, v]) => [id, versionFigures(v)]));
	const moduleFigures = (id: string) => figuresOf(totals.modules.get(id));
	return analyse(db, { totals, figures, moduleFigures }, cohortId, attempts, now);
}

/**
 * The statistics for a scope, up to date with every session finished so far, read from the
 * totals kept in the database. A scope never counted before is counted from the answers first.
 */
export async function itemAnalysis(
	db: DB,
	cohortId: string | null,
	attempts: AttemptScope,
	now = new Date()
): Promise<ItemAnalysis> {
	const scopeId = await keptScope(db, cohortId);
	const modules = await keptModuleFigures(db, scopeId, attempts);
	const counted = {
		totals: await keptPicks(db, scopeId, attempts),
		figures: await keptFigures(db, scopeId, attempts),
		moduleFigures: (id: string) => modules.get(id) ?? figuresOf(undefined)
	};
	return analyse(db, counted, cohortId, attempts, now);
}
