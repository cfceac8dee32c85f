// Builds the production app and serves it on a fresh, throwaway database for the browser tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildIsCurrent } from './build-state.js';
import { BODY_SIZE_LIMIT } from './server-defaults.js';

const root = path.resolve(import.meta.dirname, '..');
const databasePath = process.env.DATABASE_PATH;
if (!databasePath) throw new Error('DATABASE_PATH must name the throwaway test database');

rmSync(path.dirname(databasePath), { recursive: true, force: true });
mkdirSync(path.dirname(databasePath), { recursive: true });
if (process.env.DATABASE_URL) await recreatePostgresDatabase(process.env.DATABASE_URL);

/**
 * Drops and creates the database `url` names, through the server's `postgres` database, so each
 * run starts empty on PostgreSQL as it does on SQLite.
 * @param {string} url
 */
async function recreatePostgresDatabase(url) {
	const target = new URL(url);
	const name = target.pathname.slice(1);
	if (!/^\w+$/.test(name)) throw new Error(`Unexpected database name in ${url}`);
	target.pathname = '/postgres';
	const client = new pg.Client({ connectionString: target.toString() });
	await client.connect();
	try {
		await client.query(`drop database if exists ${name} with (force)`);
		await client.query(`create database ${name}`);
	} finally {
		await client.end();
	}
}

// A build as current as the sources is served as it is (a second run, on PostgreSQL, reuses it).
if (!process.env.E2E_SKIP_BUILD && !buildIsCurrent()) {
	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [path.join(root, 'build', 'index.js')], {
	cwd: root,
	stdio: 'inherit',
	env: { BODY_SIZE_LIMIT, ...process.env, NODE_ENV: 'production' }
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
