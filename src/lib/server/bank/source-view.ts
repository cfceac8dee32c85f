import { and, eq } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import { loadClinicalReview, loadSourceDocument, SOURCE_SLUG } from '$lib/content';
import type { CitingItem, SourcePassageView } from '$lib/sources';
import type { DB } from '$lib/server/db';
import { getAddedDocument } from '$lib/server/documents/documents';
import { banks, items, itemVersionPassages } from '$lib/server/db/tables';

export interface SourceView {
	slug: string;
	title: string;
	version: string;
	/** For a document added in the app: who added it and its latest revision. */
	added: { owner: string; ownerId: string; revision: number } | null;
	sections: { id: string; heading: string; passages: SourcePassageView[] }[];
}

/** Published items citing each passage, from their current versions. */
async function citationsByPassage(db: DB): Promise<Map<string, CitingItem[]>> {
	const rows = await db
		.select({ passageId: itemVersionPassages.passageId, id: items.id, bankTitle: banks.title })
		.from(itemVersionPassages)
		.innerJoin(
			items,
			and(
				eq(items.currentVersionId, itemVersionPassages.itemVersionId),
				fixed(eq(items.status, 'published'))
			)
		)
		.innerJoin(banks, eq(banks.id, items.bankId))
		.orderBy(banks.position, items.position);
	const map = new Map<string, CitingItem[]>();
	for (const row of rows) {
		const list = map.get(row.passageId) ?? [];
		list.push({ id: row.id, bankTitle: row.bankTitle });
		map.set(row.passageId, list);
	}
	return map;
}

/**
 * The source document passage by passage; for readers who may see the items, with the items citing
 * each passage and the clinical reviewer's notes.
 */
export async function getSourceView(
	db: DB,
	slug: string,
	forEducators: boolean
): Promise<SourceView | null> {
	const added = slug === SOURCE_SLUG ? null : await getAddedDocument(db, slug);
	if (slug !== SOURCE_SLUG && !added) return null;
	const doc = added?.doc ?? loadSourceDocument();
	const citations = forEducators ? await citationsByPassage(db) : null;
	const review = forEducators && !added ? loadClinicalReview().passages : null;
	return {
		slug: doc.slug,
		title: doc.title,
		version: doc.version,
		added: added && { owner: added.owner, ownerId: added.ownerId, revision: added.revision },
		sections: doc.sections.map((section) => ({
			id: section.id,
			heading: section.heading,
			passages: section.passages.map((p) => ({
				id: p.id,
				kind: p.kind,
				ordinal: p.ordinal,
				text: p.text,
				examinable: p.examinable,
				...(citations ? { citedBy: citations.get(p.id) ?? [] } : {}),
				...(review?.[p.id] ? { review: review[p.id] } : {})
			}))
		}))
	};
}
