import Database from 'better-sqlite3';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '../helpers/test';
import { createAccount, logIn, PASSWORD, uniqueEmail } from '../helpers/accounts';
import { apiClient, postForm } from '../helpers/api';
import {
	damageTable,
	freshDatabase,
	onPostgres,
	queryTestDb,
	suiteDatabase,
	type TestDatabase
} from '../helpers/db';

const run = promisify(execFile);

const folders: string[] = [];
function freshFolder(prefix: string): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
	folders.push(folder);
	return folder;
}
const databases: TestDatabase[] = [];
test.afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
	for (const database of databases.splice(0)) database.drop();
});

/** Starts the production server on `env`'s database, for a test that expects it to refuse. */
function startServerSync(env: Record<string, string>) {
	return spawnSync(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(Number(process.env.E2E_PORT ?? 4173) + 18),
			SETUP_TOKEN: 'x'.repeat(24),
			...env
		},
		encoding: 'utf8',
		timeout: 30_000
	});
}

test('an administrator creates an account from the shell, which then logs in; a wrong role is refused', async ({
	page
}) => {
	const env = { ...process.env, ...suiteDatabase().env };
	const email = uniqueEmail('shell');
	const created = await run(
		process.execPath,
		[
			'--import',
			'tsx',
			'scripts/user-create.ts',
			'--email',
			email,
			'--name',
			'Shell Made',
			'--role',
			'educator'
		],
		{ env }
	);
	expect(created.stdout).toContain(`Created educator ${email}`);
	const password = /Password: (\S+)/.exec(created.stdout)?.[1];
	expect(password).toBeTruthy();
	await logIn(page, email, password);
	await page.goto('/educator');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const again = run(
		process.execPath,
		['--import', 'tsx', 'scripts/user-create.ts', '--email', email, '--password', PASSWORD],
		{ env }
	);
	await expect(again).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('email:') });
	const wrongRole = run(
		process.execPath,
		[
			'--import',
			'tsx',
			'scripts/user-create.ts',
			'--email',
			uniqueEmail('shell'),
			'--role',
			'owner'
		],
		{ env }
	);
	await expect(wrongRole).rejects.toMatchObject({ code: 2 });
});

test('the server refuses to start on a damaged database and says why', async () => {
	test.skip(onPostgres, "A damaged file is SQLite's; PostgreSQL checks its own pages.");
	const database = freshDatabase('liver-quiz-damaged');
	databases.push(database);
	await createAccount({ database });
	// Nothing reads answers as the server starts: only the check can notice this page.
	damageTable(database.file!, 'answers');

	const server = startServerSync(database.env);
	expect(server.stdout).not.toContain('Listening on');
	expect(server.stderr).toContain(`The database ${database.file} is damaged`);
	expect(server.stderr).toContain('The server has not started.');
	expect(server.status).toBe(1);
});

test('the server refuses to start on a PostgreSQL database it cannot reach, and says which', () => {
	const server = startServerSync({
		DATABASE_URL: 'postgres://quiz:secret-word@127.0.0.1:1/training?connect_timeout=5'
	});
	expect(server.stdout).not.toContain('Listening on');
	expect(server.stderr).toContain('The PostgreSQL database training on 127.0.0.1:1 cannot be used');
	expect(server.stderr).toContain('The server has not started.');
	expect(server.stderr).not.toContain('secret-word');
	expect(server.status).toBe(1);
});

test('a backup taken while the server answers requests is a sound copy of its database', async ({
	baseURL
}) => {
	test.skip(
		onPostgres,
		'db:backup copies the SQLite file; PostgreSQL is backed up with its own tools.'
	);
	const target = path.join(freshFolder('liver-quiz-backup-'), 'copy.db');
	const learners = await Promise.all(Array.from({ length: 3 }, () => createAccount({})));
	const clients = await Promise.all(learners.map((l) => apiClient(baseURL!, l.email)));
	const [{ n: sessionsBefore }] = queryTestDb<{ n: number }>(
		'select count(*) as n from quiz_sessions'
	);

	let backingUp = true;
	const practise = clients.map(async (client) => {
		while (backingUp) {
			const started = await postForm(client, '/practice?/start', {
				bank: 'surgery',
				count: '3',
				mode: 'tutor',
				selection: 'all'
			});
			expect(started.status()).toBe(303);
		}
	});
	const backup = await run('npx', ['tsx', 'scripts/db-backup.ts', '--to', target], {
		env: { ...process.env, ...suiteDatabase().env }
	}).finally(() => (backingUp = false));
	await Promise.all(practise);
	await Promise.all(clients.map((c) => c.dispose()));
	expect(backup.stdout).toContain('integrity_check ok');

	const [{ n: sessionsAfter }] = queryTestDb<{ n: number }>(
		'select count(*) as n from quiz_sessions'
	);
	expect(sessionsAfter).toBeGreaterThan(sessionsBefore);
	const copy = new Database(target, { readonly: true });
	try {
		expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
		const copied = copy.prepare('select count(*) from quiz_sessions').pluck().get() as number;
		expect(copied).toBeGreaterThanOrEqual(sessionsBefore);
		expect(copied).toBeLessThanOrEqual(sessionsAfter);
		const emails = copy.prepare('select email from users').pluck().all();
		expect(emails).toEqual(expect.arrayContaining(learners.map((l) => l.email)));
	} finally {
		copy.close();
	}
});
