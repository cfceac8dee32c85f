import { getTableColumns, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DB, Queries } from '.';
import { onPostgres, type Query } from './steps';

/**
 * A query prepared once per database handle. Building a query with Drizzle costs more than
 * running it, so the queries on every request are built once and run with placeholders. Also
 * serves anything else kept per handle, such as a cache of what its queries read.
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

type ColumnName<T extends SQLiteTable> = keyof T['_']['columns'] & string;

/**
 * Insert values for a prepared insert: a placeholder named after each column, so the row is
 * passed as it is. Typed as the row, which is what `.values()` accepts.
 */
export function placeholders<T extends SQLiteTable, K extends ColumnName<T>>(
	_table: T,
	columns: readonly K[]
): Pick<T['$inferInsert'], K> {
	return Object.fromEntries(
		columns.map((column) => [column, sql.placeholder(column)] as [K, Placeholder])
	) as unknown as Pick<T['$inferInsert'], K>;
}

/** An upsert's update: each column takes the value of the row the conflict turned away. */
export function fromExcluded<T extends SQLiteTable>(
	table: T,
	columns: readonly ColumnName<T>[]
): Record<string, SQL> {
	const all = getTableColumns(table);
	return Object.fromEntries(
		columns.map((column) => [column, sql`excluded.${sql.identifier(all[column].name)}`])
	);
}

/** What `preparedStep` builds: a query with placeholders that SQLite prepares. */
interface Preparable<R> {
	prepare(): { execute(values?: Record<string, unknown>): Query<R> };
}

/**
 * A query a step runs many times, with placeholders: on SQLite prepared once per handle and run
 * on it (a transaction's queries share the handle's one connection); on PostgreSQL built on the
 * transaction each time, since a query prepared on the pool would run on another connection,
 * outside the transaction. `yield* run(query(db, tx, values))`.
 */
export function preparedStep<R>(
	build: (db: Queries) => Preparable<R>
): (db: DB, tx: Queries, values?: Record<string, unknown>) => Query<R> {
	// Null for a PostgreSQL handle. Asked of the handle, once: its transactions are of its dialect.
	const onSqlite = preparedFor((db) => (onPostgres(db) ? null : build(db).prepare()));
	return (db, tx, values = {}) => {
		const prepared = onSqlite(db);
		if (prepared) return prepared.execute(values);
		return (build(tx) as unknown as { execute(values: Record<string, unknown>): Query<R> }).execute(
			values
		);
	};
}
