import type { DB, Queries } from '$lib/server/db';
import { all, run, type Step } from '$lib/server/db/steps';
import { itemStatFigures, type Counting } from '$lib/server/db/tables';
import { stableStep, storeAgain, workOutAgain } from './kept-figuring';
import {
	figuresColumns,
	inScope,
	storeVersion,
	versionBuckets,
	versionChanges,
	versionSums
} from './kept-statements';
import {
	pointBiserialFromSums,
	upperLowerParts,
	type RestSums,
	type TotalBucket,
	type UpperLowerParts
} from './statistics';
import { answersCounted, type VersionTotals } from './totals';

/*
 * The totals kept per item version, and the figures a view reads of them (`item_stat_figures`):
 * one version's totals read by index, its figures worked out and kept, and every version's
 * figures in a scope.
 */

/** What a view needs of an item version's totals, kept in `item_stat_figures`. */
export interface VersionFigures {
	answers: number;
	marks: number;
	pointBiserial: number | null;
	upperLower: UpperLowerParts;
}

/** An item version's figures from its totals. */
export function versionFigures(version: VersionTotals): VersionFigures {
	let marks = 0;
	for (const [, sums] of version.byRest) marks += sums.marks;
	return {
		answers: answersCounted(version),
		marks,
		pointBiserial: pointBiserialFromSums([...version.byRest].map(([, sums]) => sums)),
		upperLower: upperLowerParts([...version.byTotal].map(([, bucket]) => bucket))
	};
}

interface FiguresRow {
	versionId: number;
	changes: number;
	figured: number | null;
	answers: number;
	marks: number;
	pointBiserial: number | null;
	groupSize: number;
	upperFull: number;
	upperEdgeMarks: number;
	upperEdgePlaces: number;
	upperEdgeAnswers: number;
	lowerFull: number;
	lowerEdgeMarks: number;
	lowerEdgePlaces: number;
	lowerEdgeAnswers: number;
}

const fromRow = (r: FiguresRow): VersionFigures => ({
	answers: r.answers,
	marks: r.marks,
	pointBiserial: r.pointBiserial,
	upperLower: {
		n: r.answers,
		size: r.groupSize,
		upper: {
			full: r.upperFull,
			edgeMarks: r.upperEdgeMarks,
			edgePlaces: r.upperEdgePlaces,
			edgeAnswers: r.upperEdgeAnswers
		},
		lower: {
			full: r.lowerFull,
			edgeMarks: r.lowerEdgeMarks,
			edgePlaces: r.lowerEdgePlaces,
			edgeAnswers: r.lowerEdgeAnswers
		}
	}
});

/** One version's totals, read by index: its sums and its buckets. */
export function* readVersionStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	versionId: number
): Step<VersionTotals> {
	const key = { scopeId, counting, versionId };
	const [sums, buckets]: [RestSums[], TotalBucket[]] = yield* all([
		versionSums(db, tx, key),
		versionBuckets(db, tx, key)
	]);
	return {
		byRest: new Map(sums.map((s) => [s.restMax, s])),
		byTotal: new Map(buckets.map((b) => [b.total, b])),
		picks: new Map()
	};
}

/** How many writes a version's totals in a scope have had. */
function* changesStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	versionId: number
): Step<number | null> {
	const [row] = yield* run(versionChanges(db, tx, { scopeId, counting, versionId }));
	return row?.changes ?? null;
}

/**
 * A version's figures worked out from its totals, and the number of writes they are of, or null
 * when the totals kept changing while being read. Every write to a version's totals adds one to
 * its `changes` in the same transaction, so totals read between two equal readings of `changes`
 * are the totals after that many writes, on either database and whatever writes meanwhile.
 */
function workOutFiguresStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	versionId: number
): Step<{ changes: number | null; figures: VersionFigures }> {
	return stableStep(
		() => changesStep(db, tx, scopeId, counting, versionId),
		function* () {
			return versionFigures(yield* readVersionStep(db, tx, scopeId, counting, versionId));
		}
	);
}

/**
 * Every item version's figures in a scope, by version id, read from `item_stat_figures`. Those
 * whose totals changed since they were worked out are worked out again from that version's
 * totals alone, and kept unless the totals changed again meanwhile.
 */
export async function keptFigures(
	db: DB,
	scopeId: number,
	counting: Counting
): Promise<Map<number, VersionFigures>> {
	const rows = await db
		.select(figuresColumns)
		.from(itemStatFigures)
		.where(inScope(itemStatFigures, scopeId, counting));
	const again = await workOutAgain(
		db,
		rows.filter((row) => row.figured !== row.changes).map((row) => row.versionId),
		(tx, versionId) => workOutFiguresStep(db, tx, scopeId, counting, versionId)
	);
	const figures = new Map<number, VersionFigures>();
	for (const row of rows) {
		if (row.figured === row.changes) {
			if (row.answers > 0) figures.set(row.versionId, fromRow(row));
			continue;
		}
		const version = again.get(row.versionId)!;
		if (version.figures.answers > 0) figures.set(row.versionId, version.figures);
	}
	await storeAgain(db, again, (tx, versionId, changes, f) =>
		storeFiguresStep(db, tx, scopeId, counting, versionId, changes, f)
	);
	return figures;
}

/** Keeps a version's figures, unless its totals changed since they were read. */
export function* storeFiguresStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	versionId: number,
	changes: number,
	f: VersionFigures
): Step<void> {
	const { upper, lower } = f.upperLower;
	yield* run(
		storeVersion(db, tx, {
			scopeId,
			counting,
			versionId,
			changes,
			figured: changes,
			answers: f.answers,
			marks: f.marks,
			pointBiserial: f.pointBiserial,
			groupSize: f.upperLower.size,
			upperFull: upper.full,
			upperEdgeMarks: upper.edgeMarks,
			upperEdgePlaces: upper.edgePlaces,
			upperEdgeAnswers: upper.edgeAnswers,
			lowerFull: lower.full,
			lowerEdgeMarks: lower.edgeMarks,
			lowerEdgePlaces: lower.edgePlaces,
			lowerEdgeAnswers: lower.edgeAnswers
		})
	);
}
