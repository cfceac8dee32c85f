import { count, eq, sql } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { DB } from '$lib/server/db';
import { banks, itemReports, items, itemVersions, type Counting } from '$lib/server/db/tables';
import { itemRow, type ItemAnalysisRow } from './item-rows';
import { recountTotals } from './kept-counting';
import { keptModuleFigures } from './kept-modules';
import { keptPicks, keptScope } from './kept-totals';
import { keptFigures, versionFigures, type VersionFigures } from './kept-versions';
import {
	figuresOf,
	moduleReliabilityOf,
	type ModuleFigures,
	type ModuleReliability
} from './modules';
import type { Totals } from './totals';

/*
 * Item analysis as pages see it (`itemAnalysis`, read from the totals kept in the database) and
 * as the specs check it (`recountItemAnalysis`, counted again from every answer). Both shape
 * their rows alike (item-rows.ts); only where the totals come from differs.
 */

export type AttemptScope = Counting;

export type { ModuleReliability };

export interface ItemAnalysis {
	computedAt: Date;
	items: ItemAnalysisRow[];
	modules: ModuleReliability[];
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
		.where(fixed(eq(itemReports.status, 'open')))
		.groupBy(itemReports.itemId);
	const reports = new Map(open.map((r) => [r.itemId, r.n]));
	return versions
		.filter((v) => v.current || (figures.get(v.id)?.answers ?? 0) > 0)
		.map((v) =>
			itemRow(v, totals.versions.get(v.id), figures.get(v.id), attempts, reports.get(v.itemId) ?? 0)
		);
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

/**
 * Item and module statistics for all learners or one cohort, counted again from every answer.
 * No page reads it: it is the oracle the specs hold `itemAnalysis` to.
 */
export async function recountItemAnalysis(
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
 * The statistics pages show for a scope, up to date with every session finished so far, read
 * from the totals kept in the database. A scope never counted before is counted from the answers
 * first.
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
