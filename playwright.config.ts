import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Playwright's own Chromium when installed, otherwise the system's (Debian: apt-get install chromium). */
function chromiumExecutable(): string | undefined {
	try {
		if (existsSync(chromium.executablePath())) return undefined;
	} catch {
		// Playwright's browser is not installed; fall through to the system's.
	}
	const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (existsSync(candidate)) return candidate;
	throw new Error(
		'No Chromium found for the browser tests. Install one with `npx playwright install chromium`, ' +
			'or `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary.'
	);
}

const PORT = Number(process.env.E2E_PORT ?? 4173);
process.env.E2E_DATABASE_PATH ??= path.join(
	os.tmpdir(),
	`liver-quiz-e2e-${process.pid}-${Date.now()}`,
	'app.db'
);
process.env.E2E_SETUP_TOKEN ??= 'e2e-setup-token-0123456789';
// `npm run test:e2e:pg` runs the suite inside a throwaway PostgreSQL cluster, on a database of its own.
if (process.env.E2E_BACKEND === 'postgres') {
	if (!process.env.TEST_DATABASE_URL)
		throw new Error('E2E_BACKEND=postgres needs a throwaway cluster: run `npm run test:e2e:pg`.');
	const url = new URL(process.env.TEST_DATABASE_URL);
	url.pathname = '/liver_quiz_e2e';
	process.env.E2E_DATABASE_URL = url.toString();
}

// Test helpers call the application's own database functions on the suite's database, so they
// choose the backend as its server does.
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? '';

const launchOptions = {
	executablePath: chromiumExecutable(),
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions
	},
	projects: [
		{
			name: 'first-run',
			testMatch: /first-run\.spec\.ts/,
			use: { ...devices['Desktop Chrome'], launchOptions }
		},
		{
			name: 'chromium',
			testIgnore: /first-run\.spec\.ts/,
			dependencies: ['first-run'],
			use: { ...devices['Desktop Chrome'], launchOptions }
		}
	],
	webServer: {
		command: 'node scripts/e2e-server.js',
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe',
		env: {
			PORT: String(PORT),
			ORIGIN: `http://localhost:${PORT}`,
			DATABASE_PATH: process.env.E2E_DATABASE_PATH,
			DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
			SETUP_TOKEN: process.env.E2E_SETUP_TOKEN
		}
	}
});
