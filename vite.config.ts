import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dialectNeutral } from './dialect-neutral.js';
import { databaseBackend } from './src/lib/server/db/backend.js';

/**
 * On PostgreSQL (`npm run test:pg`) vitest runs the specs of the dialect-neutral code (a listed
 * file's spec is the file beside it ending `.spec.ts`) and the PostgreSQL-only specs; on SQLite,
 * everything.
 */
const specs =
	databaseBackend() === 'postgres'
		? [
				...dialectNeutral.folders.map((folder) => `${folder}/**/*.spec.ts`),
				...dialectNeutral.files.map((file) => file.replace(/\.ts$/, '.spec.ts')),
				'src/lib/server/db/tables.spec.ts',
				'src/lib/server/db/steps.spec.ts',
				'src/**/*.pg.spec.ts'
			]
		: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'];

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	test: {
		include: specs,
		globalSetup: ['src/lib/server/testing/pg-template.ts'],
		environment: 'node',
		pool: 'forks',
		testTimeout: 20_000
	}
});
