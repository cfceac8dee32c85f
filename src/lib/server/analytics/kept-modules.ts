import type { DB, Queries } from '$lib/server/db';
import { all, perform, run, type Step } from '$lib/server/db/steps';
import type { Counting } from '$lib/server/db/tables';
import { stableStep, storeAgain, workOutAgain } from './kept-figuring';
import {
	moduleFiguresOf,
	oneModuleChanges,
	oneModuleItems,
	oneModuleSums,
	storeModule
} from './kept-statements';
import { figuresOf, MIN_RELIABILITY_ATTEMPTS, type ModuleFigures } from './modules';
import type { AttemptSums, ModuleTotals, Totals } from './totals';

/*
 * The totals kept per module, and the figures a view reads of them (`module_stat_figures`): one
 * module's totals read by index, its figures worked out and kept, and every module's figures in a
 * scope.
 */

type ModuleItemRow = { moduleId: string; itemId: string; drawn: number; right: number };

/** Puts module totals rows into modules' totals by id. */
export function addModuleRows(
	into: Totals['modules'],
	sums: (AttemptSums & { moduleId: string })[],
	items: ModuleItemRow[]
): void {
	const moduleOf = (id: string) => {
		let module = into.get(id);
		if (!module) {
			module = { byMaxMarks: new Map(), items: new Map() };
			into.set(id, module);
		}
		return module;
	};
	for (const { moduleId, ...group } of sums)
		moduleOf(moduleId).byMaxMarks.set(group.maxMarks, group);
	for (const i of items)
		moduleOf(i.moduleId).items.set(i.itemId, { drawn: i.drawn, right: i.right });
}

/** One module's totals in a scope, read by index. */
export function* readModuleStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	moduleId: string
): Step<ModuleTotals | undefined> {
	const key = { scopeId, counting, moduleId };
	const [sums, items] = yield* all([oneModuleSums(db, tx, key), oneModuleItems(db, tx, key)]);
	const modules: Totals['modules'] = new Map();
	addModuleRows(modules, sums, items);
	return modules.get(moduleId);
}

/** How many writes a module's totals in a scope have had. */
function* moduleChangesStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	moduleId: string
): Step<number | null> {
	const [row] = yield* run(oneModuleChanges(db, tx, { scopeId, counting, moduleId }));
	return row?.changes ?? null;
}

/** Keeps a module's figures, unless its totals changed since they were read. */
export function* storeModuleFiguresStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	moduleId: string,
	changes: number,
	f: ModuleFigures
): Step<void> {
	yield* run(
		storeModule(db, tx, {
			scopeId,
			counting,
			moduleId,
			changes,
			figured: changes,
			attempts: f.attempts,
			questions: f.questions,
			meanPercent: f.meanPercent,
			sdPercent: f.sdPercent,
			meanMarks: f.meanMarks,
			sdMarks: f.sdMarks,
			kr20: f.kr20,
			semMarks: f.semMarks,
			semPercent: f.semPercent
		})
	);
}

/**
 * Every module's figures in a scope, by module id, read from `module_stat_figures`. Those whose
 * totals changed since they were worked out are worked out again from that module's totals
 * alone, and kept unless the totals changed again meanwhile: a view reads a row per module, not
 * a row per question each module drew.
 */
export async function keptModuleFigures(
	db: DB,
	scopeId: number,
	counting: Counting
): Promise<Map<string, ModuleFigures>> {
	const rows = await perform(db, run(moduleFiguresOf(db, db, { scopeId, counting })));
	const again = await workOutAgain(
		db,
		rows.filter((row) => row.figured !== row.changes).map((row) => row.moduleId),
		(tx, moduleId) =>
			stableStep(
				() => moduleChangesStep(db, tx, scopeId, counting, moduleId),
				function* () {
					return figuresOf(yield* readModuleStep(db, tx, scopeId, counting, moduleId));
				}
			)
	);
	const figures = new Map<string, ModuleFigures>();
	for (const { moduleId, changes, figured, ...row } of rows) {
		if (figured === changes) {
			if (row.attempts > 0)
				figures.set(moduleId, {
					...row,
					tooFewAttempts: row.attempts < MIN_RELIABILITY_ATTEMPTS
				});
			continue;
		}
		const module = again.get(moduleId)!;
		if (module.figures.attempts > 0) figures.set(moduleId, module.figures);
	}
	await storeAgain(db, again, (tx, moduleId, changes, f) =>
		storeModuleFiguresStep(db, tx, scopeId, counting, moduleId, changes, f)
	);
	return figures;
}
