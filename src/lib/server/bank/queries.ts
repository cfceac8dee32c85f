import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { DB, Queries } from '$lib/server/db';
import type { Item } from '$lib/server/db/schema';
import { perform, run, type Step } from '$lib/server/db/steps';
import { banks, items, itemVersions } from '$lib/server/db/tables';
import type { ItemSpec } from '$lib/content/types';

export interface BankSummary {
	id: string;
	title: string;
	description: string;
	itemCount: number;
}

/** The banks now served (those with a published item), with how many published items each holds. */
export function* listBanksStep(tx: Pick<Queries, 'select'>): Step<BankSummary[]> {
	const rows = yield* run(
		tx
			.select({
				id: banks.id,
				title: banks.title,
				description: banks.description,
				itemCount: count(items.id)
			})
			.from(banks)
			.leftJoin(items, and(eq(items.bankId, banks.id), fixed(eq(items.status, 'published'))))
			.where(eq(banks.retired, false))
			.groupBy(banks.id)
			.having(gt(count(items.id), 0))
			.orderBy(asc(banks.position))
	);
	return rows.map((r) => ({ ...r, itemCount: Number(r.itemCount) }));
}

/** The banks now served (see `listBanksStep`). */
export function listBanks(db: DB): Promise<BankSummary[]> {
	return perform(db, listBanksStep(db));
}

export interface PublishedItemVersion {
	id: string;
	bankId: string;
	version: number;
	spec: ItemSpec;
}

/** Which published items to read: all, those of one or more banks, or those named. */
export type PublishedItemFilter =
	{ bankId?: string } | { bankIds: string[] } | { itemIds: string[] };

/** Published items at their current versions, in bank and bank-order, narrowed by `which`. */
export async function publishedItemVersions(
	db: DB,
	which: PublishedItemFilter = {}
): Promise<PublishedItemVersion[]> {
	let narrowed;
	if ('bankIds' in which || 'itemIds' in which) {
		const ids = 'bankIds' in which ? which.bankIds : which.itemIds;
		if (!ids.length) return [];
		narrowed = 'bankIds' in which ? inArray(items.bankId, ids) : inArray(items.id, ids);
	} else if (which.bankId !== undefined) narrowed = eq(items.bankId, which.bankId);
	return db
		.select({
			id: items.id,
			bankId: items.bankId,
			version: itemVersions.version,
			spec: itemVersions.spec
		})
		.from(items)
		.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.where(and(fixed(eq(items.status, 'published')), narrowed))
		.orderBy(asc(items.bankId), asc(items.position));
}

export interface ItemForReview {
	id: string;
	bankId: string;
	bankTitle: string;
	status: Item['status'];
	version: number;
	versionCount: number;
	spec: ItemSpec;
}

/** An item's current version with its answer key, for educators reviewing the bank. */
export async function getItemForReview(db: DB, itemId: string): Promise<ItemForReview | null> {
	const [row] = await db
		.select({
			id: items.id,
			bankId: items.bankId,
			bankTitle: banks.title,
			status: items.status,
			version: itemVersions.version,
			spec: itemVersions.spec
		})
		.from(items)
		.innerJoin(banks, eq(banks.id, items.bankId))
		.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.where(eq(items.id, itemId))
		.limit(1);
	if (!row) return null;
	const [counted] = await db
		.select({ n: count() })
		.from(itemVersions)
		.where(eq(itemVersions.itemId, itemId));
	return { ...row, versionCount: Number(counted?.n ?? 0) };
}
