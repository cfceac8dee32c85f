import type * as schema from '$lib/server/db/schema';
import * as tables from '$lib/server/db/tables';

/** The tables bundled content is written to. */
const CONTENT_TABLE_NAMES = [
	'banks',
	'itemEvents',
	'items',
	'itemVersionPassages',
	'itemVersions',
	'packUpdates',
	'passages',
	'sourceDocuments'
] as const;

/**
 * The steps that write bundled content take these tables as an argument, so that the synchronous
 * SQLite-only sync (`./sync-sqlite`) names SQLite's tables even in a process whose tables are
 * PostgreSQL's, as a PostgreSQL run that seeds a SQLite file is.
 */
export type ContentTables = Pick<typeof schema, (typeof CONTENT_TABLE_NAMES)[number]>;

/** The process's own tables, as `db/tables` chooses them. */
export const contentTables = Object.fromEntries(
	CONTENT_TABLE_NAMES.map((name) => [name, tables[name]])
) as ContentTables;
