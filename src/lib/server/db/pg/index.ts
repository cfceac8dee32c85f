import path from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type PgDB = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/**
 * node-postgres returns `bigint` (int8), and so `count(*)`, as a string; read it as a number, as
 * SQLite gives it (exact up to 2^53). Drizzle's queries read with node-postgres's own parsers,
 * whatever a pool is given, so the parser is registered for the whole process.
 */
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/** The most statements named in one process: texts beyond it are sent unnamed, parsed each time. */
const MAX_NAMED_STATEMENTS = 2000;
const statementNames = new Map<string, string>();

/** The name of a statement's text, the same on every connection; undefined once the cap is reached. */
function statementName(text: string): string | undefined {
	let name = statementNames.get(text);
	if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
		name = `q${statementNames.size}`;
		statementNames.set(text, name);
	}
	return name;
}

/**
 * Makes a connection prepare each statement with parameters once. Drizzle sends its queries
 * unnamed, and PostgreSQL then parses and plans the text on every call: for the item page's
 * one-statement join, planning took longer than running it. Named after its text, a statement
 * is parsed on its first use on the connection and only bound and run after that, and
 * PostgreSQL keeps its plan. Statements without parameters (`begin`, a migration's text) are
 * left as they are.
 */
function prepareStatements(client: pg.PoolClient): void {
	const query = client.query.bind(client) as (...args: unknown[]) => unknown;
	const named = (config: unknown, values?: unknown, ...rest: unknown[]) => {
		if (
			config !== null &&
			typeof config === 'object' &&
			typeof (config as pg.QueryConfig).text === 'string' &&
			!(config as pg.QueryConfig).name &&
			Array.isArray(values) &&
			values.length > 0
		) {
			const name = statementName((config as pg.QueryConfig).text);
			if (name) return query({ ...config, name }, values, ...rest);
		}
		return query(config, values, ...rest);
	};
	client.query = named as typeof client.query;
}

/**
 * A drizzle handle on a pool of connections to `url` (`postgres://…`). Close with `$client.end()`,
 * or let idle connections end with the process (`allowExitOnIdle`).
 */
export function openPostgres(
	url: string,
	options: { max?: number; allowExitOnIdle?: boolean } = {}
): PgDB {
	const pool = new pg.Pool({
		connectionString: url,
		max: options.max ?? 10,
		allowExitOnIdle: options.allowExitOnIdle,
		// Queries issued together on a connection (a step's `all`) are written at once rather than
		// each waiting for the one before it to answer.
		pipeline: true
	});
	pool.on('connect', prepareStatements);
	return drizzle(pool, { schema }) as PgDB;
}

/** The advisory lock migrations hold, so servers starting together apply each migration once. */
const MIGRATION_LOCK = 0x6c71_6d67;

/**
 * Applies the PostgreSQL migrations of `drizzle/pg` that the database has not had yet. Several
 * servers may start at once: each waits for the one migrating, then finds nothing left to apply.
 */
export async function migratePostgres(db: PgDB): Promise<void> {
	const client = await db.$client.connect();
	try {
		await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
		await migrate(drizzle(client, { schema }), {
			migrationsFolder: process.env.PG_MIGRATIONS_DIR ?? path.resolve('drizzle/pg')
		});
	} finally {
		// A connection that cannot give the lock back is closed, which gives it back.
		const unlocked = await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).then(
			() => undefined,
			(error: Error) => error
		);
		client.release(unlocked);
	}
}
