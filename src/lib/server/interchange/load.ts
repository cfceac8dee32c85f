import { and, asc, eq, inArray } from 'drizzle-orm';
import { publishedItemVersions, type PublishedItemVersion } from '$lib/server/bank/queries';
import type { DB } from '$lib/server/db';
import { banks, passages, sourceDocuments } from '$lib/server/db/tables';
import type {
	InterchangeBank,
	InterchangeDocument,
	InterchangeItem,
	InterchangeSet
} from './model';

/** Items with the passages they cite and the documents those passages belong to. */
export async function withCitations(
	db: DB,
	rows: PublishedItemVersion[]
): Promise<{ documents: InterchangeDocument[]; items: InterchangeItem[] }> {
	const cited = [...new Set(rows.flatMap((r) => r.spec.source.passageIds))];
	const passageRows = cited.length
		? await db
				.select({ id: passages.id, documentSlug: passages.documentSlug, hash: passages.hash })
				.from(passages)
				.where(inArray(passages.id, cited))
		: [];
	const passageById = new Map(passageRows.map((p) => [p.id, p]));
	const slugs = [...new Set(passageRows.map((p) => p.documentSlug))];
	const documents = slugs.length
		? await db
				.select({
					slug: sourceDocuments.slug,
					title: sourceDocuments.title,
					version: sourceDocuments.version
				})
				.from(sourceDocuments)
				.where(inArray(sourceDocuments.slug, slugs))
				.orderBy(asc(sourceDocuments.slug))
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

/**
 * The banks now served (or the one named), each with its published items at their current
 * versions, and the source documents those items cite. Null when a named bank is not served.
 */
export async function loadInterchangeSet(db: DB, bankId?: string): Promise<InterchangeSet | null> {
	const bankRows = await db
		.select({ id: banks.id, title: banks.title, description: banks.description })
		.from(banks)
		.where(and(eq(banks.retired, false), bankId === undefined ? undefined : eq(banks.id, bankId)))
		.orderBy(asc(banks.position));
	if (bankId !== undefined && bankRows.length === 0) return null;

	const { documents, items: found } = await withCitations(
		db,
		await publishedItemVersions(db, { bankIds: bankRows.map((b) => b.id) })
	);
	const byBank = new Map<string, InterchangeBank>(bankRows.map((b) => [b.id, { ...b, items: [] }]));
	for (const item of found) byBank.get(item.bankId)!.items.push(item);
	return { documents, banks: Array.from(byBank, ([, bank]) => bank) };
}
