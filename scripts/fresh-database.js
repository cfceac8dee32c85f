// A PostgreSQL database made afresh for a throwaway run: the browser suite's and the bench's.
import pg from 'pg';

/**
 * Drops the database `name` on the server `serverUrl` reaches (connecting to the database that
 * address names, never to `name` itself) and creates it empty; returns its address.
 * @param {string} serverUrl
 * @param {string} name
 */
export async function freshPostgresDatabase(serverUrl, name) {
	if (!/^\w+$/.test(name)) throw new Error(`Unexpected database name: ${name}`);
	const client = new pg.Client({ connectionString: serverUrl });
	await client.connect();
	try {
		await client.query(`drop database if exists ${name} with (force)`);
		await client.query(`create database ${name}`);
	} finally {
		await client.end();
	}
	const target = new URL(serverUrl);
	target.pathname = `/${name}`;
	return target.toString();
}
