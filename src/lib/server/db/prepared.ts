import {
	getTableColumns,
	getTableName,
	sql,
	type AnyColumn,
	type Placeholder,
	type SQL
} from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DB, Queries } from '.';
import { onPostgres, type Query } from './steps';

/**
 * Something built once per database handle and kept for as long as the handle lives: a query
 * prepared on it (building a query with Drizzle costs more than running it, so the queries on
 * every request are built once and run with placeholders), or a cache of what its queries read.
 * Kept per handle because a prepared statement and a cache each belong to one database, and a
 * process may hold several handles (a database per spec, two servers' handles in a race spec).
 */
export function perHandle<T>(build: (db: DB) => T): (db: DB) => T {
	const byHandle = new WeakMap<DB, T>();
	return (db) => {
		let kept = byHandle.get(db);
		if (!kept) {
			kept = build(db);
			byHandle.set(db, kept);
		}
		return kept;
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

/**
 * Every column of `table`, in its order, as the select of an insert-select (`insert(table).select(…)`)
 * names them: each from the placeholder named after it, encoded as the column encodes a value, and
 * `identity` left to the database. PostgreSQL infers no type for a bare parameter in a select
 * list, so there each is cast to its column's type.
 */
export function selectedPlaceholders<T extends SQLiteTable>(
	db: Queries,
	table: T,
	identity: ColumnName<T>
): Record<ColumnName<T>, SQL.Aliased> {
	const postgres = onPostgres(db);
	const selected = (column: AnyColumn, key: string): SQL => {
		if (key === identity)
			return postgres
				? sql`nextval(pg_get_serial_sequence(${getTableName(table)}, ${column.name}))`
				: sql`null`;
		const value = sql.param(sql.placeholder(key), column);
		return postgres ? sql`cast(${value} as ${sql.raw(column.getSQLType())})` : sql`${value}`;
	};
	return Object.fromEntries(
		Object.entries(getTableColumns(table)).map(([key, column]) => [
			key,
			selected(column, key).as(column.name)
		])
	) as Record<ColumnName<T>, SQL.Aliased>;
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

/** What `preparedStep` builds: a query with placeholders, prepared on either dialect. */
interface Preparable<R> {
	prepare(): { execute(values?: Record<string, unknown>): Query<R> };
}

/**
 * A PostgreSQL query prepared on the pool, made to run on the connection of transaction `tx`
 * instead: the same built text, parameters and row mapping, another client. Drizzle keeps a
 * transaction's connection as `session.client`, and a prepared query reads `this.client` when
 * it runs.
 */
function onConnectionOf<Q extends object>(tx: Queries, prepared: Q): Q {
	const { client } = (tx as unknown as { session: { client: unknown } }).session;
	return Object.create(prepared, { client: { value: client } }) as Q;
}

/**
 * A query a step runs many times, with placeholders, built once per handle (building a query with
 * Drizzle costs more than running it, on either database): `yield* run(query(db, tx, values))`.
 *
 * Passing both `db` and `tx` is safe: `db` only finds the statement prepared for that handle, and
 * `tx` (a transaction opened on that same `db`, or `db` itself outside one) is where it runs. On
 * SQLite a transaction has no connection of its own (better-sqlite3 runs it on the handle's one
 * connection), so the statement prepared on `db` runs inside it; on PostgreSQL, inside a
 * transaction, the statement is moved onto the transaction's connection first (`onConnectionOf`),
 * so that it sees and is part of what the transaction wrote.
 */
export function preparedStep<R>(
	build: (db: Queries) => Preparable<R>
): (db: DB, tx: Queries, values?: Record<string, unknown>) => Query<R> {
	const prepared = perHandle((db) => ({ query: build(db).prepare(), postgres: onPostgres(db) }));
	return (db, tx, values = {}) => {
		const { query, postgres } = prepared(db);
		if (!postgres || tx === db) return query.execute(values);
		return onConnectionOf(tx, query).execute(values);
	};
}

/**
 * A condition on values fixed in the code (`eq(quizSessions.status, 'active')`), with the values
 * written into the statement's text instead of sent as parameters. PostgreSQL keeps one plan of a
 * prepared statement for every value of its parameters only while that plan costs no more than
 * one made for the values given. On a column whose values are skewed (few sessions are active)
 * a plan blind to the value costs more, so every call was planned again, and for the item page's
 * query planning took eight times as long as running it. Written into the text, the value is
 * seen by the one plan. Only for values in the code: a value a request brings stays a parameter.
 */
export function fixed(condition: SQL): SQL {
	return condition.inlineParams();
}
