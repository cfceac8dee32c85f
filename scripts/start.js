// Serves the production build on PORT (default 3000), building first when the build is missing
// or older than the sources. Migrations and content sync run as the server starts.
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { buildEntry, buildIsCurrent } from './build-state.js';
import { BODY_SIZE_LIMIT } from './server-defaults.js';

const root = path.resolve(import.meta.dirname, '..');

if (!buildIsCurrent()) {
	console.log('Building the app...');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const env = {
	...process.env,
	PORT: port,
	// The origin browsers use; form posts from any other origin are refused.
	ORIGIN: process.env.ORIGIN ?? `http://localhost:${port}`,
	BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? BODY_SIZE_LIMIT
};
// adapter-node listens on HOST (all interfaces by default) and PORT.
console.log(`Serving on ${env.ORIGIN}, listening on ${process.env.HOST ?? '0.0.0.0'}:${port}`);
const server = spawn(process.execPath, [buildEntry], { cwd: root, env, stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
