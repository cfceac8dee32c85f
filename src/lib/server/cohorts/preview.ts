import { and, asc, eq } from 'drizzle-orm';
import type { DB } from '../db';
import { banks, items, itemVersions, type TrainingModule } from '../db/tables';
import { publishedItemFilters } from '../quiz/build';
import { createModuleAsync, type ModuleDraw, type ModuleInput } from './modules';

export interface PreviewItem {
	id: string;
	bankTitle: string;
	stem: string;
	leadIn: string;
}

/**
 * The questions a module with these banks and filters would draw from, as an educator sees them
 * before assigning it: each attempt draws its questions at random from exactly these.
 */
export async function previewModuleDraw(db: DB, draw: ModuleDraw): Promise<PreviewItem[]> {
	const rows = await db
		.select({
			id: items.id,
			bankTitle: banks.title,
			spec: itemVersions.spec
		})
		.from(items)
		.innerJoin(banks, eq(banks.id, items.bankId))
		.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.where(and(...publishedItemFilters(draw)))
		.orderBy(asc(banks.position), asc(items.position));
	return rows.map((r) => ({
		id: r.id,
		bankTitle: r.bankTitle,
		stem: r.spec.stem,
		leadIn: r.spec.leadIn
	}));
}

export type AssignResult =
	{ ok: true; module: TrainingModule } | { ok: false; errors: { itemCount: string } };

/**
 * Assigns a module when its banks and filters hold at least as many questions as an attempt
 * draws; otherwise says how many they hold, so that no learner meets a shorter test than set.
 */
export async function assignModule(
	db: DB,
	cohortId: string,
	createdBy: string,
	input: ModuleInput,
	now = new Date()
): Promise<AssignResult> {
	const available = (await previewModuleDraw(db, input)).length;
	if (available < input.itemCount)
		return {
			ok: false,
			errors: {
				itemCount: available
					? `Only ${available} question${available === 1 ? '' : 's'} match these banks and filters: ask for ${available} or fewer, or widen the filters.`
					: 'No question matches these banks and filters: widen them.'
			}
		};
	return { ok: true, module: await createModuleAsync(db, cohortId, createdBy, input, now) };
}
