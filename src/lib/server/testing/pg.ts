import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server tests may create databases on, or undefined to skip them:
 * `npm run test:pg` starts a throwaway one and sets it.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

/** An empty database of its own on the test server, dropped by `drop()`. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
	if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
	const name = `test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: testDatabaseUrl });
	await admin.connect();
	try {
		await admin.query(`create database "${name}"`);
	} finally {
		await admin.end();
	}
	const url = new URL(testDatabaseUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const client = new pg.Client({ connectionString: testDatabaseUrl });
			await client.connect();
			try {
				await client.query(`drop database if exists "${name}" with (force)`);
			} finally {
				await client.end();
			}
		}
	};
}
