import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { databaseBackend } from './backend';
import { checkpointInBackground } from './checkpoint';
import { DatabaseUnusableError, openUsableDatabase } from './health';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** What a function needs to read and write, inside a transaction or not. */
export type Queries = Pick<DB, 'select' | 'insert' | 'update' | 'delete'>;

export const DEFAULT_DATABASE_PATH = './data/app.db';

const STATEMENT_CACHE_SIZE = 1000;

/**
 * Drizzle asks SQLite to compile every query it runs, even one it ran a moment ago; compiling
 * costs more than running most of ours. Keep compiled statements by their SQL text instead.
 */
function cacheStatements(sqlite: Database.Database): void {
	const compile = sqlite.prepare.bind(sqlite);
	const cache = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string) => {
		let statement = cache.get(source);
		if (statement) {
			cache.delete(source);
			// A caller may have switched the statement to arrays; start each use from objects.
			if (statement.reader) statement.raw(false);
		} else {
			statement = compile(source);
			if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
		}
		cache.set(source, statement);
		return statement;
	}) as typeof sqlite.prepare;
}

/**
 * Opens a database with the pragmas every connection needs and applies pending migrations,
 * after refusing a damaged or read-only file (`DatabaseUnusableError`).
 * `synchronous=FULL` makes each acknowledged write durable across power loss, not only crashes.
 */
export function openDatabase(file: string): DB {
	if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	const sqlite = openUsableDatabase(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// Savepoints keep a statement journal: in memory, not in a temporary file per transaction.
	sqlite.pragma('temp_store = MEMORY');
	cacheStatements(sqlite);
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder: process.env.MIGRATIONS_DIR ?? path.resolve('drizzle') });
	return db;
}

let handle: DB | null = null;
let starting: Promise<DB> | null = null;

/**
 * The application's one database handle. On SQLite it is opened on first use; on PostgreSQL
 * `startDatabase()` opens it, and must have finished first.
 */
export function getDb(): DB {
	if (!handle) {
		if (databaseBackend() === 'postgres')
			throw new Error('On PostgreSQL the database is opened by startDatabase(), awaited first.');
		handle = openDatabase(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
		checkpointInBackground(handle.$client);
	}
	return handle;
}

/**
 * Opens the application's database before it serves anything: SQLite as `getDb()` does, or, when
 * `DATABASE_URL` selects PostgreSQL, a pool of connections with its pending migrations applied
 * (asynchronously, hence this function). The PostgreSQL handle has the SQLite handle's type, as
 * the tables of `./tables` do; domain code reaches it through `./steps` and awaited reads.
 */
export function startDatabase(): Promise<DB> {
	if (databaseBackend() === 'sqlite') {
		try {
			return Promise.resolve(getDb());
		} catch (error) {
			return Promise.reject(error);
		}
	}
	starting ??= (async () => {
		const { migratePostgres, openPostgres } = await import('./pg');
		const url = process.env.DATABASE_URL!;
		const db = openPostgres(url);
		try {
			await migratePostgres(db);
		} catch (error) {
			await db.$client.end();
			throw new DatabaseUnusableError(
				`The PostgreSQL database ${describePostgresUrl(url)} cannot be used: ${(error as Error).message}`
			);
		}
		handle = db as unknown as DB;
		return handle;
	})();
	// A failed start can be tried again.
	starting.catch(() => (starting = null));
	return starting;
}

/** Closes the application's database handle (a command's last step), SQLite's file or PostgreSQL's pool. */
export async function closeDatabase(): Promise<void> {
	const open = handle;
	handle = null;
	starting = null;
	if (!open) return;
	if (databaseBackend() === 'postgres')
		await (open.$client as unknown as { end(): Promise<void> }).end();
	else open.$client.close();
}

/** A PostgreSQL address for messages: its host and database, never its password. */
export function describePostgresUrl(url: string): string {
	try {
		const parsed = new URL(url);
		const host = parsed.searchParams.get('host') ?? parsed.host;
		return `${parsed.pathname.slice(1) || '(default)'} on ${host}`;
	} catch {
		return '(unreadable address)';
	}
}
