import path from 'node:path';
import type { Writable } from 'node:stream';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { poolSize } from '$lib/server/db/backend';
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

/** What a deferred `begin` answers at once: what PostgreSQL answers to it. */
const BEGUN = { command: 'BEGIN', rowCount: null, oid: null, rows: [], fields: [] };

/** The text of a query as node-postgres takes it: a string, or a config with `text`. */
function queryText(config: unknown): string | undefined {
	if (typeof config === 'string') return config;
	if (config !== null && typeof config === 'object') {
		const { text } = config as { text?: unknown };
		if (typeof text === 'string') return text;
	}
	return undefined;
}

/**
 * Makes a connection cost fewer round trips and less parsing. On a machine of two cores the
 * server's time per answer goes mostly to the system calls that write to PostgreSQL and wake it,
 * so each write saved counts.
 *
 * - Each statement with parameters is prepared once. Drizzle sends its queries unnamed, and
 *   PostgreSQL then parses and plans the text on every call: for the item page's one-statement
 *   join, planning took longer than running it. Named after its text, a statement is parsed on its
 *   first use on the connection and only bound and run after that, and PostgreSQL keeps its plan.
 * - Queries issued in one turn of the event loop (a step's `all`, the steps of a `parallel`) are
 *   written to the socket at once: node-postgres writes each query as it is issued.
 * - A transaction's `begin` is sent with its first query rather than on its own. Drizzle awaits
 *   `begin` before running anything else, so it is answered at once and written in front of the
 *   next query on the connection; should it fail, that query fails with its error.
 */
function tuneConnection(client: pg.PoolClient): void {
	const send = client.query.bind(client) as (...args: unknown[]) => unknown;
	const stream = (client as unknown as { connection: { stream: Writable } }).connection.stream;
	let holding = false;
	const release = () => {
		holding = false;
		stream.uncork();
	};
	let deferredBegin: unknown = null;
	const query = (config: unknown, values?: unknown, ...rest: unknown[]): unknown => {
		if (!holding) {
			holding = true;
			stream.cork();
			process.nextTick(release);
		}
		const text = queryText(config);
		const awaited = typeof values !== 'function' && rest.length === 0;
		const noValues = values === undefined || (Array.isArray(values) && values.length === 0);
		if (awaited && noValues && text !== undefined && /^begin\b/i.test(text)) {
			deferredBegin = config;
			return Promise.resolve(BEGUN);
		}
		if (deferredBegin !== null) {
			const begun = send(deferredBegin) as Promise<unknown>;
			deferredBegin = null;
			if (!awaited) begun.catch(() => {});
			else return Promise.all([begun, query(config, values)]).then(([, result]) => result);
		}
		if (text !== undefined && typeof config === 'object' && Array.isArray(values) && !noValues) {
			const statement = config as pg.QueryConfig;
			const name = statement.name ? undefined : statementName(text);
			if (name) return send({ ...statement, name }, values, ...rest);
		}
		return send(config, values, ...rest);
	};
	client.query = query as typeof client.query;
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
		max: options.max ?? poolSize(),
		allowExitOnIdle: options.allowExitOnIdle,
		// Queries issued together on a connection (a step's `all`) are written at once rather than
		// each waiting for the one before it to answer.
		pipeline: true
	});
	pool.on('connect', tuneConnection);
	// An idle connection the server ends (a restart, a failover, `pg_terminate_backend`) is dropped
	// by the pool, and the next query opens another; unheard, its error would end the process.
	pool.on('error', (error) => {
		console.warn(`PostgreSQL ended an idle connection: ${error.message}`);
	});
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
