import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdtempSync,
	openSync,
	readdirSync,
	rmSync,
	writeSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DB } from '../../src/lib/server/db';

/**
 * The suite runs on SQLite at E2E_DATABASE_PATH, or on PostgreSQL at E2E_DATABASE_URL when the
 * suite is run inside a throwaway cluster (`npm run test:e2e:pg`).
 */
export const onPostgres = Boolean(process.env.E2E_DATABASE_URL);

/** A database a test's own server or command may use, and how to point a process at it. */
export interface TestDatabase {
	/** Environment that selects it; it overrides any DATABASE_URL inherited from the cluster. */
	env: { DATABASE_PATH?: string; DATABASE_URL: string };
	/** The SQLite file, on SQLite. */
	file?: string;
	drop(): void;
}

/** The suite's own database, the one its server serves. */
export function suiteDatabase(): TestDatabase {
	return onPostgres
		? { env: { DATABASE_URL: process.env.E2E_DATABASE_URL! }, drop() {} }
		: {
				env: { DATABASE_PATH: process.env.E2E_DATABASE_PATH!, DATABASE_URL: '' },
				file: process.env.E2E_DATABASE_PATH!,
				drop() {}
			};
}

/** A new, empty database of the suite's kind, for a test that starts a server of its own. */
export function freshDatabase(prefix: string): TestDatabase {
	if (onPostgres) {
		const name = `${prefix.replace(/\W/g, '_')}_${process.pid}_${Date.now().toString(36)}`;
		psql(process.env.E2E_DATABASE_URL!, `create database ${name}`);
		const url = new URL(process.env.E2E_DATABASE_URL!);
		url.pathname = `/${name}`;
		return {
			env: { DATABASE_URL: url.toString() },
			drop: () =>
				psql(process.env.E2E_DATABASE_URL!, `drop database if exists ${name} with (force)`)
		};
	}
	const folder = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
	const file = path.join(folder, 'app.db');
	return {
		env: { DATABASE_PATH: file, DATABASE_URL: '' },
		file,
		drop: () => rmSync(folder, { recursive: true, force: true })
	};
}

const suiteHandle: { open?: Promise<DB> } = {};

async function openHandle(database: TestDatabase): Promise<DB> {
	if (database.file) return openDatabase(database.file);
	const { migratePostgres, openPostgres } = await import('../../src/lib/server/db/pg');
	const db = openPostgres(database.env.DATABASE_URL, { max: 2 });
	await migratePostgres(db);
	return db as unknown as DB;
}

async function closeHandle(db: DB): Promise<void> {
	if (onPostgres) await (db.$client as unknown as { end(): Promise<void> }).end();
	else db.$client.close();
}

/**
 * Runs `work` with the application's own database functions on `database`, in this process.
 * The suite's database stays open for the worker's life; another database, whose test may drop
 * it, is opened for the call and closed after it.
 */
export async function withDatabase<T>(
	database: TestDatabase,
	work: (db: DB) => Promise<T>
): Promise<T> {
	const suite = suiteDatabase();
	if (database.env.DATABASE_URL === suite.env.DATABASE_URL && database.file === suite.file) {
		suiteHandle.open ??= openHandle(suite);
		return work(await suiteHandle.open);
	}
	const db = await openHandle(database);
	try {
		return await work(db);
	} finally {
		await closeHandle(db);
	}
}

/** PostgreSQL's command-line client: from PG_BIN, Debian's server folders, or the PATH. */
function psqlPath(): string {
	if (process.env.PG_BIN) return path.join(process.env.PG_BIN, 'psql');
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	const found = versions.map((v) => path.join(root, v, 'bin', 'psql')).find(existsSync);
	return found ?? 'psql';
}

function psql(url: string, sql: string): string {
	return execFileSync(psqlPath(), ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', url], {
		input: sql,
		encoding: 'utf8'
	});
}

/** A value written into SQL text as a literal, for the PostgreSQL client which has no `?`. */
function literal(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return `'${String(value).replaceAll("'", "''")}'`;
}

/** Puts each parameter in place of its `?`, leaving question marks inside string literals alone. */
function bind(sql: string, params: unknown[]): string {
	let out = '';
	let quoted = false;
	let next = 0;
	for (const char of sql) {
		if (char === "'") quoted = !quoted;
		if (char === '?' && !quoted) {
			if (next >= params.length) throw new Error(`Too few parameters for: ${sql}`);
			out += literal(params[next++]);
		} else out += char;
	}
	if (next !== params.length) throw new Error(`Too many parameters for: ${sql}`);
	return out;
}

/** A parameter as SQLite stores it: a boolean as 1 or 0, which a PostgreSQL boolean column takes as it is. */
const sqliteValue = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value);

/** A PostgreSQL row as SQLite gives it: booleans as 1 or 0, JSON as its text. */
function asSqliteRow(row: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(row).map(([key, value]) => [
			key,
			typeof value === 'boolean'
				? Number(value)
				: value !== null && typeof value === 'object'
					? JSON.stringify(value)
					: value
		])
	);
}

/** Rows of `sql` on `database`, as SQLite gives them on either backend. */
export function queryDatabase<T>(database: TestDatabase, sql: string, ...params: unknown[]): T[] {
	if (!database.file) {
		const out = psql(
			database.env.DATABASE_URL,
			`select coalesce(json_agg(row_to_json(q)), '[]'::json) from (${bind(sql, params)}) q`
		);
		return (JSON.parse(out) as Record<string, unknown>[]).map(asSqliteRow) as T[];
	}
	const db = new Database(database.file, { readonly: true });
	try {
		return db.prepare(sql).all(...params.map(sqliteValue)) as T[];
	} finally {
		db.close();
	}
}

/**
 * Reads the suite's database directly, to check what the server stored. Rows come as SQLite
 * gives them on either backend; quote mixed-case aliases (`as "versionId"`) for PostgreSQL.
 */
export function queryTestDb<T>(sql: string, ...params: unknown[]): T[] {
	return queryDatabase<T>(suiteDatabase(), sql, ...params);
}

/**
 * Changes the suite's database directly, standing in for time passing (the server reads it
 * fresh). Returns how many rows changed.
 */
export function runOnTestDb(sql: string, ...params: unknown[]): number {
	const database = suiteDatabase();
	if (!database.file) {
		const out = psql(
			database.env.DATABASE_URL,
			`with changed as (${bind(sql, params)} returning 1) select count(*) from changed`
		);
		return Number(out.trim());
	}
	const db = new Database(database.file);
	try {
		db.pragma('busy_timeout = 5000');
		return db.prepare(sql).run(...params.map(sqliteValue)).changes;
	} finally {
		db.close();
	}
}

/** Overwrites the start of a table's first page, as a bad sector or a stray write would. */
export function damageTable(file: string, table: string): void {
	const db = new Database(file, { readonly: true });
	const rootpage = db
		.prepare("select rootpage from sqlite_schema where type = 'table' and name = ?")
		.pluck()
		.get(table) as number;
	const pageSize = db.pragma('page_size', { simple: true }) as number;
	db.close();
	const fd = openSync(file, 'r+');
	try {
		writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (rootpage - 1) * pageSize);
	} finally {
		closeSync(fd);
	}
}
