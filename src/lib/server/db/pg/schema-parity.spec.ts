import { is, SQL } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import {
	getTableConfig as sqliteTableConfig,
	SQLiteTable,
	type SQLiteColumn
} from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as sqliteSchema from '$lib/server/db/schema';
import * as pgSchema from './schema';

/**
 * What each kind of SQLite column becomes on PostgreSQL, as `columnType:SQL type`. An integer may
 * become a 64-bit `bigint` (rowids and what refers to them, running totals, durations), never
 * anything else; a type missing here fails the test until it is given a twin.
 */
const TYPE_TWINS: Record<string, string[]> = {
	SQLiteText: ['PgText:text'],
	SQLiteInteger: ['PgInteger:integer', 'PgBigInt53:bigint'],
	SQLiteReal: ['PgDoublePrecision:double precision'],
	SQLiteBoolean: ['PgBoolean:boolean'],
	SQLiteTextJson: ['PgJson:json'],
	SQLiteTimestamp: ['PgCustomColumn:bigint'],
	SQLiteBlobBuffer: ['PgCustomColumn:bytea']
};

type Dialect = 'sqlite' | 'pg';
type AnyColumn = SQLiteColumn | PgColumn;

/** The SQL text of an index's `where`, with spacing evened out. */
function sqlText(where: SQL | undefined): string | null {
	if (!where) return null;
	return where.queryChunks
		.map((chunk) => ((chunk as { value?: string[] }).value ?? []).join(''))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

function columnNames(columns: ({ name: string } | SQL)[]): string[] {
	return columns.map((column) => (is(column, SQL) ? `(${sqlText(column)})` : column.name));
}

/**
 * An integer primary key without AUTOINCREMENT is SQLite's rowid, which SQLite fills in when an
 * insert leaves it out, so drizzle counts it as having a default. Ours are always given
 * (`site_settings.id` is 1, a tally's key is its item version), and PostgreSQL keeps them plain.
 */
function isPlainRowidKey(column: AnyColumn): boolean {
	return (
		column.columnType === 'SQLiteInteger' &&
		column.primary &&
		(column as { autoIncrement?: boolean }).autoIncrement !== true
	);
}

/** A dialect-neutral description of one table: what both schemas must agree on. */
function describeTable(dialect: Dialect, table: SQLiteTable | PgTable) {
	const config =
		dialect === 'sqlite'
			? sqliteTableConfig(table as SQLiteTable)
			: pgTableConfig(table as PgTable);
	const columns = (config.columns as AnyColumn[]).map((column) => ({
		name: column.name,
		notNull: column.notNull,
		primary: column.primary,
		unique: column.isUnique ? (column.uniqueName ?? true) : false,
		enumValues: column.enumValues ?? null,
		hasDefault: column.hasDefault && !isPlainRowidKey(column),
		// SQL defaults differ in spelling between dialects; literal ones must be equal.
		default: is(column.default, SQL) ? 'sql' : (column.default ?? null)
	}));
	const foreignKeys = config.foreignKeys
		.map((foreignKey) => {
			const reference = foreignKey.reference();
			return {
				columns: reference.columns.map((column) => column.name),
				table:
					dialect === 'sqlite'
						? sqliteTableConfig(reference.foreignTable as SQLiteTable).name
						: pgTableConfig(reference.foreignTable as PgTable).name,
				foreignColumns: reference.foreignColumns.map((column) => column.name),
				onDelete: foreignKey.onDelete ?? 'no action',
				onUpdate: foreignKey.onUpdate ?? 'no action'
			};
		})
		.sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
	const indexes = config.indexes
		.map((index) => ({
			name: index.config.name,
			columns: columnNames(index.config.columns as { name: string }[]),
			unique: index.config.unique,
			where: sqlText(index.config.where)
		}))
		.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
	const primaryKeys = config.primaryKeys.map((key) => key.columns.map((column) => column.name));
	const uniqueConstraints = config.uniqueConstraints.map((constraint) => ({
		name: constraint.name,
		columns: constraint.columns.map((column) => column.name)
	}));
	return { name: config.name, columns, foreignKeys, indexes, primaryKeys, uniqueConstraints };
}

function tablesOf<T>(schema: Record<string, unknown>, isTable: (value: unknown) => boolean) {
	return new Map(Object.entries(schema).filter(([, value]) => isTable(value)) as [string, T][]);
}

const sqliteTables = tablesOf<SQLiteTable>(sqliteSchema, (value) => is(value, SQLiteTable));
const pgTables = tablesOf<PgTable>(pgSchema, (value) => is(value, PgTable));

function columnPairs(exportName: string): [SQLiteColumn, PgColumn][] {
	const sqliteColumns = sqliteTableConfig(sqliteTables.get(exportName)!).columns;
	const pgColumns = new Map(
		pgTableConfig(pgTables.get(exportName)!).columns.map((column) => [column.name, column])
	);
	return sqliteColumns
		.filter((column) => pgColumns.has(column.name))
		.map((column) => [column, pgColumns.get(column.name)!]);
}

describe('the PostgreSQL schema', () => {
	it('exports the same names as the SQLite schema', () => {
		expect(Object.keys(pgSchema).sort()).toEqual(Object.keys(sqliteSchema).sort());
	});

	it('has the same tables under the same export names', () => {
		expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
		for (const [exportName, table] of sqliteTables)
			expect(pgTableConfig(pgTables.get(exportName)!).name).toBe(sqliteTableConfig(table).name);
	});

	describe.each([...sqliteTables.keys()])('table %s', (exportName) => {
		const sqlite = describeTable('sqlite', sqliteTables.get(exportName)!);
		const pg = describeTable('pg', pgTables.get(exportName)!);

		it('has the same columns: names, order, nullability, keys, enums and defaults', () => {
			expect(pg.columns).toEqual(sqlite.columns);
		});

		it('has the same foreign keys, with the same targets and actions', () => {
			expect(pg.foreignKeys).toEqual(sqlite.foreignKeys);
		});

		it('has the same indexes: names, columns, uniqueness and conditions', () => {
			expect(pg.indexes).toEqual(sqlite.indexes);
		});

		it('has the same composite primary keys and unique constraints', () => {
			expect(pg.primaryKeys).toEqual(sqlite.primaryKeys);
			expect(pg.uniqueConstraints).toEqual(sqlite.uniqueConstraints);
		});

		it("gives each column its type's PostgreSQL twin", () => {
			for (const [sqliteColumn, pgColumn] of columnPairs(exportName)) {
				const twins = TYPE_TWINS[sqliteColumn.columnType] ?? [];
				expect(twins, `${exportName}.${sqliteColumn.name}`).toContain(
					`${pgColumn.columnType}:${pgColumn.getSQLType()}`
				);
			}
		});

		it('reads timestamps back as the same instants, as Dates', () => {
			const instant = 1_767_225_600_123;
			for (const [sqliteColumn, pgColumn] of columnPairs(exportName)) {
				if (sqliteColumn.columnType !== 'SQLiteTimestamp') continue;
				// node-postgres gives `bigint` as a string unless its parser is replaced.
				for (const stored of [String(instant), instant]) {
					const read = pgColumn.mapFromDriverValue(stored) as Date;
					expect(read, `${exportName}.${pgColumn.name}`).toBeInstanceOf(Date);
					expect(read.getTime()).toBe(instant);
				}
				expect(pgColumn.mapToDriverValue(new Date(instant))).toBe(instant);
			}
		});

		it('makes every SQLite rowid a 64-bit identity that copied ids can be inserted into', () => {
			for (const [sqliteColumn, pgColumn] of columnPairs(exportName)) {
				const rowid = (sqliteColumn as { autoIncrement?: boolean }).autoIncrement === true;
				if (!rowid) continue;
				expect(pgColumn.getSQLType(), `${exportName}.${pgColumn.name}`).toBe('bigint');
				expect(pgColumn.generatedIdentity?.type).toBe('byDefault');
			}
		});

		it('gives every column that refers to another the type of the column it refers to', () => {
			for (const foreignKey of pgTableConfig(pgTables.get(exportName)!).foreignKeys) {
				const { columns, foreignColumns } = foreignKey.reference();
				columns.forEach((column, i) =>
					expect(column.getSQLType(), `${exportName}.${column.name}`).toBe(
						foreignColumns[i].getSQLType()
					)
				);
			}
		});
	});

	it('gives items.current_version_id the type of the item version ids it holds', () => {
		// It holds an item_versions id without a foreign key, so the check above does not see it.
		const column = pgTableConfig(pgSchema.items).columns.find(
			(c) => c.name === 'current_version_id'
		);
		expect(column?.getSQLType()).toBe('bigint');
	});
});
