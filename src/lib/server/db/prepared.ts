import type { DB } from '.';

/**
 * A query prepared once per database handle. Building a query with Drizzle costs more than
 * running it, so the queries on every request are built once and run with placeholders.
 */
export function preparedFor<T>(build: (db: DB) => T): (db: DB) => T {
	const byHandle = new WeakMap<DB, T>();
	return (db) => {
		let prepared = byHandle.get(db);
		if (!prepared) {
			prepared = build(db);
			byHandle.set(db, prepared);
		}
		return prepared;
	};
}
