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

/** A drizzle handle on a pool of connections to `url` (`postgres://…`). Close with `$client.end()`. */
export function openPostgres(url: string, options: { max?: number } = {}): PgDB {
	const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
	return drizzle(pool, { schema }) as PgDB;
}

/** Applies the PostgreSQL migrations of `drizzle/pg` that the database has not had yet. */
export async function migratePostgres(db: PgDB): Promise<void> {
	await migrate(db, {
		migrationsFolder: process.env.PG_MIGRATIONS_DIR ?? path.resolve('drizzle/pg')
	});
}
