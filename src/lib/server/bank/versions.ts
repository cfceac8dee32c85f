import { eq, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
import { preparedFor } from '../db/prepared';
import { itemVersions } from '../db/schema';

/**
 * An item version's content never changes once written (a revision is a new version), so each
 * is read and parsed once per database handle and then served from memory.
 */
const versionSpecs = preparedFor((db) => ({
	read: db
		.select({ spec: itemVersions.spec })
		.from(itemVersions)
		.where(eq(itemVersions.id, sql.placeholder('id')))
		.prepare(),
	parsed: new Map<number, ItemSpec>()
}));

/** The content of an item version; null when there is no such version. */
export function versionSpec(db: DB, versionId: number): ItemSpec | null {
	const { read, parsed } = versionSpecs(db);
	let spec = parsed.get(versionId);
	if (!spec) {
		spec = read.get({ id: versionId })?.spec;
		if (!spec) return null;
		parsed.set(versionId, spec);
	}
	return spec;
}
