import type * as schema from '../db/schema';
import {
	banks,
	itemEvents,
	items,
	itemVersionPassages,
	itemVersions,
	packUpdates,
	passages,
	sourceDocuments
} from '../db/tables';

/**
 * The tables bundled content is written to. The steps that write it take them as an argument,
 * so that the synchronous SQLite-only sync (`./sync-sqlite`) names SQLite's tables even in a
 * process whose tables are PostgreSQL's, as a PostgreSQL run that seeds a SQLite file is.
 */
export type ContentTables = Pick<
	typeof schema,
	| 'banks'
	| 'itemEvents'
	| 'items'
	| 'itemVersionPassages'
	| 'itemVersions'
	| 'packUpdates'
	| 'passages'
	| 'sourceDocuments'
>;

/** The process's own tables, as `db/tables` chooses them. */
export const contentTables: ContentTables = {
	banks,
	itemEvents,
	items,
	itemVersionPassages,
	itemVersions,
	packUpdates,
	passages,
	sourceDocuments
};
