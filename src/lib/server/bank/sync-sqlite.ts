import { banks as bankSpecs, loadSourceDocument } from '$lib/content';
import type { SourceDocument } from '$lib/content/document';
import type { BankSpec } from '$lib/content/types';
import type { DB } from '$lib/server/db';
import * as schema from '$lib/server/db/schema';
import { runSync } from '$lib/server/db/steps';
import type { ContentTables } from './content-tables';
import { requireValidBanks, syncBanksStep, type SyncSummary } from './sync';

const sqliteTables: ContentTables = {
	banks: schema.banks,
	itemEvents: schema.itemEvents,
	items: schema.items,
	itemVersionPassages: schema.itemVersionPassages,
	itemVersions: schema.itemVersions,
	packUpdates: schema.packUpdates,
	passages: schema.passages,
	sourceDocuments: schema.sourceDocuments
};

/**
 * `loadBanks` into a SQLite file, synchronously: one better-sqlite3 transaction on SQLite's
 * tables, whichever backend the process otherwise uses. For the benchmark's bulk seeding only;
 * the app and the tests load content with `loadBanks`.
 */
export function syncBanks(
	db: DB,
	doc: SourceDocument,
	specs: BankSpec[],
	now = new Date()
): SyncSummary {
	requireValidBanks(doc, specs);
	return db.transaction((tx) => runSync(syncBanksStep(tx, doc, specs, now, sqliteTables)));
}

/** `loadContent`, synchronously on SQLite. */
export function syncContent(db: DB): SyncSummary {
	return syncBanks(db, loadSourceDocument(), bankSpecs);
}
