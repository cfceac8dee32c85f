import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
import { banks, items, itemVersions, passages, sourceDocuments } from '../db/schema';
import type {
	InterchangeBank,
	InterchangeDocument,
	InterchangeItem,
	InterchangeSet
} from './model';

interface ItemRow {
	id: string;
	bankId: string;
	version: number;
	spec: ItemSpec;
}

/** Items with the passages they cite and the documents those passages belong to. */
export function withCitations(
	db: DB,
	rows: ItemRow[]
): { documents: InterchangeDocument[]; items: InterchangeItem[] } {
	const cited = [...new Set(rows.flatMap((r) => r.spec.source.passageIds))];
	const passageRows = cited.length
		? db
				.select({ id: passages.id, documentSlug: passages.documentSlug, hash: passages.hash })
				.from(passages)
				.where(inArray(passages.id, cited))
				.all()
		: [];
	const passageById = new Map(passageRows.map((p) => [p.id, p]));
	const slugs = [...new Set(passageRows.map((p) => p.documentSlug))];
	const documents = slugs.length
		? db
				.select({
					slug: sourceDocuments.slug,
					title: sourceDocuments.title,
					version: sourceDocuments.version
				})
				.from(sourceDocuments)
				.where(inArray(sourceDocuments.slug, slugs))
				.orderBy(asc(sourceDocuments.slug))
				.all()
		: [];
	const withCited = rows.map((row) => ({
		...row,
		citations: row.spec.source.passageIds.flatMap((id) => {
			const passage = passageById.get(id);
			return passage
				? [{ passageId: id, documentSlug: passage.documentSlug, passageHash: passage.hash }]
				: [];
		})
	}));
	return { documents, items: withCited };
}

const currentItem = {
	id: items.id,
	bankId: items.bankId,
	version: itemVersions.version,
	spec: itemVersions.spec
};

/** Published items at their current versions, of the banks or items named. */
export function publishedItems(
	db: DB,
	which: { bankIds: string[] } | { itemIds: string[] }
): ItemRow[] {
	const ids = 'bankIds' in which ? which.bankIds : which.itemIds;
	if (!ids.length) return [];
	return db
		.select(currentItem)
		.from(items)
		.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.where(
			and(
				eq(items.status, 'published'),
				'bankIds' in which ? inArray(items.bankId, ids) : inArray(items.id, ids)
			)
		)
		.orderBy(asc(items.bankId), asc(items.position))
		.all();
}

/**
 * The banks now served (or the one named), each with its published items at their current
 * versions, and the source documents those items cite. Null when a named bank is not served.
 */
export function loadInterchangeSet(db: DB, bankId?: string): InterchangeSet | null {
	const bankRows = db
		.select({ id: banks.id, title: banks.title, description: banks.description })
		.from(banks)
		.where(and(eq(banks.retired, false), bankId === undefined ? undefined : eq(banks.id, bankId)))
		.orderBy(asc(banks.position))
		.all();
	if (bankId !== undefined && bankRows.length === 0) return null;

	const { documents, items: found } = withCitations(
		db,
		publishedItems(db, { bankIds: bankRows.map((b) => b.id) })
	);
	const byBank = new Map<string, InterchangeBank>(bankRows.map((b) => [b.id, { ...b, items: [] }]));
	for (const item of found) byBank.get(item.bankId)!.items.push(item);
	return { documents, banks: [...byBank.values()] };
}
