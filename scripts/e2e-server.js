// Builds the production app and serves it on a fresh, throwaway database for the browser tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildIsCurrent } from './build-state.js';
import { freshPostgresDatabase } from './fresh-database.js';
import { BODY_SIZE_LIMIT } from './server-defaults.js';

const root = path.resolve(import.meta.dirname, '..');
const databasePath = process.env.DATABASE_PATH;
if (!databasePath) throw new Error('DATABASE_PATH must name the throwaway test database');

rmSync(path.dirname(databasePath), { recursive: true, force: true });
mkdirSync(path.dirname(databasePath), { recursive: true });
// On PostgreSQL the suite's database is made empty, through the server's `postgres` database.
if (process.env.DATABASE_URL) {
	const target = new URL(process.env.DATABASE_URL);
	const name = target.pathname.slice(1);
	target.pathname = '/postgres';
	await freshPostgresDatabase(target.toString(), name);
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
