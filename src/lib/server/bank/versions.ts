import { eq, inArray, max, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB, Queries } from '$lib/server/db';
import { perHandle, preparedStep } from '$lib/server/db/prepared';
import { run, type Step } from '$lib/server/db/steps';
import type { ItemVersion } from '$lib/server/db/schema';
import { itemVersions } from '$lib/server/db/tables';
import { contentTables, type ContentTables } from './content-tables';

/**
 * An item version's content never changes once written (a revision is a new version), so each
 * is read and parsed once per database handle and then served from memory.
 */
const parsedSpecs = perHandle(() => new Map<number, ItemSpec>());

const readSpec = preparedStep((db) =>
	db
		.select({ spec: itemVersions.spec })
		.from(itemVersions)
		.where(eq(itemVersions.id, sql.placeholder('id')))
);

/** The content of an item version; null when there is no such version. */
export function* versionSpecStep(db: DB, tx: Queries, versionId: number): Step<ItemSpec | null> {
	const parsed = parsedSpecs(db);
	let spec = parsed.get(versionId);
	if (!spec) {
		const [row] = yield* run(readSpec(db, tx, { id: versionId }));
		if (!row) return null;
		spec = row.spec;
		parsed.set(versionId, spec);
	}
	return spec;
}

/** A new version of an item, as its writer (the bundled banks or the editor) describes it. */
export interface NewItemVersion {
	spec: ItemSpec;
	contentHash: string;
	origin: ItemVersion['origin'];
	createdAt: Date;
	authorId?: string | null;
	approvedBy?: string | null;
	approval?: ItemVersion['approval'];
	note?: string;
}

/**
 * Writes a spec as its item's next version, numbered after the highest so far, and records the
 * hash each cited passage has now so that a later edit of the passage shows against this version.
 * Serving it is the caller's step: the sync and the editor each set the item row their own way.
 * Two writers of one item's versions at once collide on the (item, version) key; on PostgreSQL
 * the caller's transaction holds `itemLock` so that they take turns instead.
 */
export function* writeItemVersionStep(
	tx: Queries,
	next: NewItemVersion,
	{ itemVersions, itemVersionPassages, passages }: ContentTables = contentTables
): Step<{ id: number; version: number }> {
	const itemId = next.spec.id;
	const [last] = yield* run(
		tx
			.select({ version: max(itemVersions.version) })
			.from(itemVersions)
			.where(eq(itemVersions.itemId, itemId))
	);
	const version = (last?.version ?? 0) + 1;
	const [row] = yield* run(
		tx
			.insert(itemVersions)
			.values({ ...next, itemId, version })
			.returning({ id: itemVersions.id })
	);
	const cited = [...new Set(next.spec.source.passageIds)];
	const found = cited.length
		? yield* run(
				tx
					.select({ id: passages.id, hash: passages.hash })
					.from(passages)
					.where(inArray(passages.id, cited))
			)
		: [];
	const hashes = new Map(found.map((p) => [p.id, p.hash]));
	if (cited.length)
		yield* run(
			tx.insert(itemVersionPassages).values(
				cited.map((passageId) => ({
					itemVersionId: row.id,
					passageId,
					passageHash: hashes.get(passageId) ?? null
				}))
			)
		);
	return { id: row.id, version };
}

/** The advisory lock a PostgreSQL transaction holds while it writes one item's versions or draft. */
export function itemLock(itemId: string): string {
	return `item:${itemId}`;
}
