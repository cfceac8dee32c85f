import { and, asc, eq } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, transaction, type Step } from '$lib/server/db/steps';
import {
	banks,
	items,
	itemVersions,
	trainingModules,
	type TrainingModule
} from '$lib/server/db/tables';
import { publishedItemFilters } from '$lib/server/quiz/build';
import { newId } from '$lib/server/ids';
import { moduleRow, type ModuleDraw, type ModuleInput } from './modules';

export interface PreviewItem {
	id: string;
	bankTitle: string;
	stem: string;
	leadIn: string;
}

/** The questions a draw would take from, in bank and bank-order (see `previewModuleDraw`). */
function* moduleDrawStep(tx: Queries, draw: ModuleDraw): Step<PreviewItem[]> {
	const rows = yield* run(
		tx
			.select({
				id: items.id,
				bankTitle: banks.title,
				spec: itemVersions.spec
			})
			.from(items)
			.innerJoin(banks, eq(banks.id, items.bankId))
			.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
			.where(and(...publishedItemFilters(draw)))
			.orderBy(asc(banks.position), asc(items.position))
	);
	return rows.map((r) => ({
		id: r.id,
		bankTitle: r.bankTitle,
		stem: r.spec.stem,
		leadIn: r.spec.leadIn
	}));
}

/**
 * The questions a module with these banks and filters would draw from, as an educator sees them
 * before assigning it: each attempt draws its questions at random from exactly these.
 */
export function previewModuleDraw(db: DB, draw: ModuleDraw): Promise<PreviewItem[]> {
	return perform(db, moduleDrawStep(db, draw));
}

export type AssignResult =
	| { ok: true; module: TrainingModule }
	| { ok: false; errors: Partial<Record<'itemCount' | 'form', string>> };

/**
 * Assigns a module when its banks and filters hold at least as many questions as an attempt
 * draws; otherwise says how many they hold, so that no learner meets a shorter test than set.
 * The module takes the id its form was given (`moduleId`), once: the same form sent again, by a
 * double click, a retry or the back button, finds the module it made rather than making another.
 */
export function* assignModuleStep(
	tx: Queries,
	cohortId: string,
	createdBy: string,
	input: ModuleInput,
	moduleId: string,
	now = new Date()
): Step<AssignResult> {
	const sent = yield* sentModuleStep(tx, cohortId, moduleId);
	if (sent) return sent;
	const available = (yield* moduleDrawStep(tx, input)).length;
	if (available < input.itemCount)
		return {
			ok: false,
			errors: {
				itemCount: available
					? `Only ${available} question${available === 1 ? '' : 's'} match these banks and filters: ask for ${available} or fewer, or widen the filters.`
					: 'No question matches these banks and filters: widen them.'
			}
		};
	const [module] = yield* run(
		tx
			.insert(trainingModules)
			.values(moduleRow(moduleId, cohortId, createdBy, input, now))
			.onConflictDoNothing({ target: trainingModules.id })
			.returning()
	);
	// Another request with this form's id inserted first: it is that request's module.
	return module ? { ok: true, module } : (yield* sentModuleStep(tx, cohortId, moduleId))!;
}

/** What became of a form's module id already used: its module, or a refusal if not this cohort's. */
function* sentModuleStep(
	tx: Queries,
	cohortId: string,
	moduleId: string
): Step<AssignResult | null> {
	const [found] = yield* run(
		tx.select().from(trainingModules).where(eq(trainingModules.id, moduleId)).limit(1)
	);
	if (!found) return null;
	return found.cohortId === cohortId
		? { ok: true, module: found }
		: { ok: false, errors: { form: 'This form has been sent already: open it again.' } };
}

/** `assignModuleStep` in its own transaction. */
export function assignModule(
	db: DB,
	cohortId: string,
	createdBy: string,
	input: ModuleInput,
	moduleId = newId(),
	now = new Date()
): Promise<AssignResult> {
	return transaction(db, (tx) => assignModuleStep(tx, cohortId, createdBy, input, moduleId, now));
}
