import { randomBytes } from 'node:crypto';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/node-postgres';
import { is } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DB } from '$lib/server/db';
import { databaseBackend } from '$lib/server/db/backend';
import { openPostgres, type PgDB } from '$lib/server/db/pg';
import * as pgSchema from '$lib/server/db/pg/schema';
import { testDatabaseUrl } from './pg';

/** Whether this run is against PostgreSQL (`npm run test:pg`): tests of SQLite's own behaviour skip. */
export const runningOnPostgres = databaseBackend() === 'postgres';

/** A fresh in-memory SQLite database with every migration applied, for unit tests. */
export function testDb(): DB {
	return openDatabase(':memory:');
}

let postgres: Promise<PgDB> | null = null;

/** This test file's database on the test server: a clone of the run's migrated template. */
function cloneTemplate(): Promise<PgDB> {
	postgres ??= (async () => {
		const template = inject('postgresTemplate');
		if (!template || !testDatabaseUrl)
			throw new Error('A PostgreSQL run needs TEST_DATABASE_URL: use npm run test:pg.');
		const name = `${template}_${randomBytes(4).toString('hex')}`;
		const admin = new pg.Client({ connectionString: testDatabaseUrl });
		await admin.connect();
		try {
			await admin.query(`create database "${name}" template "${template}"`);
		} finally {
			await admin.end();
		}
		const url = new URL(testDatabaseUrl);
		url.pathname = `/${name}`;
		return openPostgres(url.toString(), { max: 10, allowExitOnIdle: true });
	})();
	return postgres;
}

const tableNames = (Object.values(pgSchema) as unknown[])
	.filter((value): value is PgTable => is(value, PgTable))
	.map((table) => `"${getTableConfig(table).name}"`)
	.join(', ');

/**
 * A migrated database holding nothing, on the backend the run selects: a new in-memory SQLite
 * database, or on PostgreSQL (`npm run test:pg`) this test file's clone of the migrated template,
 * emptied. Each call gives a new handle, so what a module keeps per handle starts afresh too.
 */
export async function testDatabase(): Promise<DB> {
	if (databaseBackend() === 'sqlite') return testDb();
	const { $client: pool } = await cloneTemplate();
	await pool.query(`truncate ${tableNames} restart identity cascade`);
	return drizzle(pool, { schema: pgSchema }) as unknown as DB;
}
