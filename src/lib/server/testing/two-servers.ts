import type { DB } from '$lib/server/db';
import { openPostgres, type PgDB } from '$lib/server/db/pg';
import { testDatabase } from './db';

/**
 * On PostgreSQL, the test database and a second handle on it with a pool of its own: two app
 * servers. Requests that alternate between them never share a connection.
 */
export async function twoServers(): Promise<[DB, DB]> {
	const db = await testDatabase();
	const url = (db as unknown as PgDB).$client.options.connectionString!;
	const other = openPostgres(url, { max: 10, allowExitOnIdle: true });
	return [db, other as unknown as DB];
}

/** Twenty calls at once, alternating between the two servers. */
export function twentyAtOnce<T>(
	servers: [DB, DB],
	call: (db: DB, i: number) => Promise<T>
): Promise<T[]> {
	return Promise.all(Array.from({ length: 20 }, (_, i) => call(servers[i % 2], i)));
}

/** On PostgreSQL, a second handle on the database of `db` with a pool of its own: another server. */
export function secondServer(db: DB): DB {
	const url = (db as unknown as PgDB).$client.options.connectionString!;
	return openPostgres(url, { max: 10, allowExitOnIdle: true }) as unknown as DB;
}
