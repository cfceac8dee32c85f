import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { is } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import {
	getTableConfig as sqliteTableConfig,
	SQLiteTable,
	type SQLiteColumn
} from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from '$lib/server/db/schema';
import { migratePostgres, openPostgres, type PgDB } from '.';
import * as pgSchema from './schema';

/** A copy that cannot start, or whose check found a difference: its message says which. */
export class CopyError extends Error {}

export interface TableReport {
	table: string;
	sourceRows: number;
	targetRows: number;
	sampled: number;
	/** One line per difference found; empty when the table checked out. */
	mismatches: string[];
}

export interface CopyReport {
	tables: TableReport[];
	ok: boolean;
	seconds: number;
}

export interface CopyOptions {
	/** Rows read and inserted at a time, which bounds the memory a copy takes. */
	batchSize?: number;
	/** Rows per table compared field by field after the copy. */
	sampleSize?: number;
	/** Told of each table as it is copied. */
	progress?: (message: string) => void;
}

interface TablePair {
	name: string;
	sqlite: SQLiteTable;
	pg: PgTable;
	sqliteColumns: SQLiteColumn[];
	pgColumns: Map<string, PgColumn>;
	/** The columns a row is found by on PostgreSQL: the primary key, or a unique index's. */
	key: string[];
	/** The PostgreSQL identity column whose sequence must continue after the copied ids. */
	identity: string | null;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function tablePairs(): TablePair[] {
	const pgByName = new Map(
		(Object.values(pgSchema) as unknown[])
			.filter((value): value is PgTable => is(value, PgTable))
			.map((table) => [pgTableConfig(table).name, table])
	);
	return (Object.values(sqliteSchema) as unknown[])
		.filter((value): value is SQLiteTable => is(value, SQLiteTable))
		.map((sqlite) => {
			const config = sqliteTableConfig(sqlite);
			const pg = pgByName.get(config.name);
			if (!pg) throw new CopyError(`Table ${config.name} has no PostgreSQL twin.`);
			const pgConfig = pgTableConfig(pg);
			const primary = config.columns.filter((column) => column.primary).map((c) => c.name);
			const uniqueIndex = config.indexes.find(
				(index) =>
					index.config.unique &&
					!index.config.where &&
					(index.config.columns as SQLiteColumn[]).every((column) => column.notNull)
			);
			const key =
				primary.length > 0
					? primary
					: ((uniqueIndex?.config.columns as SQLiteColumn[] | undefined) ?? []).map(
							(column) => column.name
						);
			if (key.length === 0) throw new CopyError(`Table ${config.name} has no key to check by.`);
			return {
				name: config.name,
				sqlite,
				pg,
				sqliteColumns: config.columns,
				pgColumns: new Map(pgConfig.columns.map((column) => [column.name, column])),
				key,
				identity: pgConfig.columns.find((column) => column.generatedIdentity)?.name ?? null
			};
		});
}

/** Tables ordered so that each comes after every table its foreign keys point to. */
function inForeignKeyOrder(pairs: TablePair[]): TablePair[] {
	const byName = new Map(pairs.map((pair) => [pair.name, pair]));
	const ordered: TablePair[] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (pair: TablePair) => {
		if (state.get(pair.name) === 'done') return;
		if (state.get(pair.name) === 'visiting')
			throw new CopyError(`Foreign keys form a cycle through ${pair.name}.`);
		state.set(pair.name, 'visiting');
		for (const foreignKey of pgTableConfig(pair.pg).foreignKeys) {
			const target = pgTableConfig(foreignKey.reference().foreignTable).name;
			if (target !== pair.name) visit(byName.get(target)!);
		}
		state.set(pair.name, 'done');
		ordered.push(pair);
	};
	for (const pair of pairs) visit(pair);
	return ordered;
}

/**
 * A stored SQLite value as PostgreSQL should receive it. Integers are read exactly (as bigint)
 * and sent as text, so ids beyond 2^53 survive; booleans must be 0 or 1; a timestamp with a
 * fraction of a millisecond keeps the whole milliseconds, as the app's `Date` does; JSON is sent
 * as the text SQLite holds, which `json` keeps as it is.
 */
function toPostgres(column: SQLiteColumn, value: unknown, table: string): unknown {
	if (value === null) return null;
	if (column.columnType === 'SQLiteBoolean') {
		if (value === 0n || value === 0) return false;
		if (value === 1n || value === 1) return true;
		throw new CopyError(`${table}.${column.name} holds ${String(value)}, not a boolean (0 or 1).`);
	}
	if (typeof value === 'bigint') return value.toString();
	if (column.columnType === 'SQLiteTimestamp' && typeof value === 'number')
		return Math.trunc(value).toString();
	return value;
}

function missingColumns(source: Database.Database, pair: TablePair): string[] {
	const present = new Set(
		(source.pragma(`table_info(${quote(pair.name)})`) as { name: string }[]).map((c) => c.name)
	);
	return pair.sqliteColumns.map((c) => c.name).filter((name) => !present.has(name));
}

async function targetRowCounts(db: PgDB, pairs: TablePair[]): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (const pair of pairs) {
		const { rows } = await db.$client.query<{ n: number }>(
			`select count(*) as n from ${quote(pair.name)}`
		);
		counts.set(pair.name, rows[0].n);
	}
	return counts;
}

async function copyTable(
	source: Database.Database,
	client: import('pg').PoolClient,
	pair: TablePair,
	batchSize: number
): Promise<number> {
	const names = pair.sqliteColumns.map((column) => column.name);
	// PostgreSQL takes at most 65,535 parameters in one statement.
	const rowsPerInsert = Math.max(1, Math.min(batchSize, Math.floor(65_000 / names.length)));
	const select = source
		.prepare(
			`select rowid as "__rowid", ${names.map(quote).join(', ')} from ${quote(pair.name)}
			 where rowid > ? order by rowid limit ?`
		)
		.safeIntegers(true);
	let after: bigint = -(2n ** 63n);
	let copied = 0;
	for (;;) {
		const rows = select.all(after, rowsPerInsert) as Record<string, unknown>[];
		if (rows.length === 0) return copied;
		after = rows[rows.length - 1].__rowid as bigint;
		const values: unknown[] = [];
		const tuples = rows.map((row) => {
			const placeholders = pair.sqliteColumns.map((column) => {
				values.push(toPostgres(column, row[column.name], pair.name));
				return `$${values.length}`;
			});
			return `(${placeholders.join(', ')})`;
		});
		await client.query(
			`insert into ${quote(pair.name)} (${names.map(quote).join(', ')}) values ${tuples.join(', ')}`,
			values
		);
		copied += rows.length;
	}
}

/** A value as the app sees it, in a form two dialects' values can be compared in. */
function comparable(value: unknown): unknown {
	if (value instanceof Date) return `Date(${value.getTime()})`;
	if (Buffer.isBuffer(value)) return `bytes(${value.toString('hex')})`;
	return value;
}

/** Evenly spread rows of a table (first and last included), by rowid. */
function sampleRows(
	source: Database.Database,
	pair: TablePair,
	size: number
): Record<string, unknown>[] {
	const bounds = source
		.prepare(`select min(rowid) as low, max(rowid) as high from ${quote(pair.name)}`)
		.get() as { low: number | null; high: number | null };
	if (bounds.low === null || bounds.high === null) return [];
	const next = source.prepare(
		`select rowid as "__rowid", * from ${quote(pair.name)} where rowid >= ? order by rowid limit 1`
	);
	const rows = new Map<number, Record<string, unknown>>();
	for (let i = 0; i < size; i++) {
		const target =
			bounds.low + Math.floor(((bounds.high - bounds.low) * i) / Math.max(1, size - 1));
		const row = next.get(target) as Record<string, unknown> | undefined;
		if (row) rows.set(row.__rowid as number, row);
	}
	return [...rows.values()];
}

async function checkSample(
	source: Database.Database,
	db: PgDB,
	pair: TablePair,
	size: number
): Promise<{ sampled: number; mismatches: string[] }> {
	const mismatches: string[] = [];
	const rows = sampleRows(source, pair, size);
	const where = pair.key.map((name, i) => `${quote(name)} = $${i + 1}`).join(' and ');
	for (const row of rows) {
		const keyValues = pair.key.map((name) => row[name]);
		const label = `${pair.name} (${pair.key.map((k, i) => `${k}=${keyValues[i]}`).join(', ')})`;
		const { rows: found } = await db.$client.query(
			`select * from ${quote(pair.name)} where ${where}`,
			keyValues
		);
		if (found.length !== 1) {
			mismatches.push(`${label}: not found in the target`);
			continue;
		}
		for (const column of pair.sqliteColumns) {
			const pgColumn = pair.pgColumns.get(column.name)!;
			const raw = { sqlite: row[column.name], pg: found[0][column.name] };
			const read = {
				sqlite: raw.sqlite === null ? null : column.mapFromDriverValue(raw.sqlite),
				pg: raw.pg === null ? null : pgColumn.mapFromDriverValue(raw.pg)
			};
			if (!isDeepStrictEqual(comparable(read.sqlite), comparable(read.pg)))
				mismatches.push(
					`${label}.${column.name}: ${JSON.stringify(comparable(read.sqlite))} became ${JSON.stringify(comparable(read.pg))}`
				);
		}
	}
	return { sampled: rows.length, mismatches };
}

/**
 * Copies every table of the SQLite database `from` into the PostgreSQL database `to`: migrates
 * the target, refuses one that holds any row, copies in foreign-key order in one transaction (a
 * failed copy leaves the target empty), moves identity sequences past the copied ids, then
 * compares row counts and a sample of rows of each table field by field.
 */
export async function copyToPostgres(
	from: string,
	to: string,
	options: CopyOptions = {}
): Promise<CopyReport> {
	const started = performance.now();
	const batchSize = options.batchSize ?? 500;
	const sampleSize = options.sampleSize ?? 50;
	const progress = options.progress ?? (() => {});
	let source: Database.Database;
	try {
		source = new Database(from, { readonly: true, fileMustExist: true });
	} catch (error) {
		throw new CopyError(`Cannot open ${from}: ${(error as Error).message}`);
	}
	const db = openPostgres(to, { max: 2 });
	try {
		const pairs = inForeignKeyOrder(tablePairs());
		const behind = pairs
			.map((pair) => [pair.name, missingColumns(source, pair)] as const)
			.filter(([, missing]) => missing.length > 0);
		if (behind.length > 0)
			throw new CopyError(
				`${from} is not at the current schema (missing: ${behind
					.map(([table, missing]) => `${table}.${missing.join(`, ${table}.`)}`)
					.join('; ')}). Start the app on it once (npm start) to migrate it, then copy.`
			);

		await migratePostgres(db);
		const occupied = [...(await targetRowCounts(db, pairs))].filter(([, rows]) => rows > 0);
		if (occupied.length > 0) {
			const listed = occupied
				.slice(0, 5)
				.map(([table, rows]) => `${table}: ${rows} ${rows === 1 ? 'row' : 'rows'}`);
			if (occupied.length > 5) listed.push(`${occupied.length - 5} more tables`);
			throw new CopyError(
				`The target database is not empty (${listed.join(', ')}). Copy into a new, empty database.`
			);
		}

		// One read transaction: every table is read from the same moment of the source.
		source.exec('begin');
		const sourceRows = new Map<string, number>();
		const client = await db.$client.connect();
		try {
			await client.query('begin');
			for (const pair of pairs) {
				const rows = await copyTable(source, client, pair, batchSize);
				sourceRows.set(pair.name, rows);
				progress(`${pair.name}: ${rows} rows`);
				if (pair.identity)
					await client.query(
						`select setval(pg_get_serial_sequence($1, $2), coalesce(max(${quote(pair.identity)}), 0) + 1, false) from ${quote(pair.name)}`,
						[quote(pair.name), pair.identity]
					);
			}
			await client.query('commit');
		} catch (error) {
			await client.query('rollback').catch(() => {});
			throw error;
		} finally {
			client.release();
		}
		// Vacuumed with statistics for the planner now, rather than when autovacuum gets round to
		// the new rows: until then the planner plans the first requests' joins on empty tables,
		// the first reads of each page write its rows' hint bits, and index-only scans visit the
		// table, as no page is yet marked all-visible.
		await db.$client.query('vacuum (analyze)');

		const tables = await compareTables(source, db, pairs, sampleSize);
		for (const table of tables)
			if (table.sourceRows !== sourceRows.get(table.table))
				table.mismatches.unshift(
					`${table.table}: ${sourceRows.get(table.table)} rows read, ${table.sourceRows} counted`
				);
		source.exec('commit');
		return {
			tables,
			ok: tables.every((table) => table.mismatches.length === 0),
			seconds: (performance.now() - started) / 1000
		};
	} finally {
		if (source.inTransaction) source.exec('rollback');
		source.close();
		await db.$client.end();
	}
}

/** Compares row counts and a sample of rows of every table, field by field. */
async function compareTables(
	source: Database.Database,
	db: PgDB,
	pairs: TablePair[],
	sampleSize: number
): Promise<TableReport[]> {
	const targetRows = await targetRowCounts(db, pairs);
	const tables: TableReport[] = [];
	for (const pair of pairs) {
		const sourceRows = (
			source.prepare(`select count(*) as n from ${quote(pair.name)}`).get() as { n: number }
		).n;
		const sample = await checkSample(source, db, pair, sampleSize);
		const mismatches = [...sample.mismatches];
		if (targetRows.get(pair.name) !== sourceRows)
			mismatches.unshift(
				`${pair.name}: ${sourceRows} rows in the source, ${targetRows.get(pair.name)} in the target`
			);
		tables.push({
			table: pair.name,
			sourceRows,
			targetRows: targetRows.get(pair.name)!,
			sampled: sample.sampled,
			mismatches
		});
	}
	return tables;
}

/** Checks a finished copy again, as `copyToPostgres` checks its own. */
export async function checkCopy(from: string, to: string, sampleSize = 50): Promise<CopyReport> {
	const started = performance.now();
	const source = new Database(from, { readonly: true, fileMustExist: true });
	const db = openPostgres(to, { max: 2 });
	try {
		const tables = await compareTables(source, db, inForeignKeyOrder(tablePairs()), sampleSize);
		return {
			tables,
			ok: tables.every((table) => table.mismatches.length === 0),
			seconds: (performance.now() - started) / 1000
		};
	} finally {
		source.close();
		await db.$client.end();
	}
}
