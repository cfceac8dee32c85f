import { type APIRequestContext } from '@playwright/test';
import { test, expect } from '../helpers/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createAccount } from '../helpers/accounts';
import { apiClient, postAction, postForm } from '../helpers/api';
import { freshDatabase, queryDatabase, type TestDatabase } from '../helpers/db';

// Beside the suite's own server, so that suites run side by side on other ports do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 17;
const ORIGIN = `http://localhost:${PORT}`;
const CLIENTS = 4;
const ITEMS = 30;

function startServer(database: TestDatabase): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			ORIGIN,
			...database.env,
			SETUP_TOKEN: 'x'.repeat(24)
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let errors = '';
	server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	return new Promise((resolve, reject) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Listening on')) resolve(server);
		});
		server.on('exit', (code) => reject(new Error(`server exited early with ${code}: ${errors}`)));
	});
}

test('every answer acknowledged before the server is killed is still there after a restart', async () => {
	test.setTimeout(120_000);
	const database = freshDatabase('liver-quiz-durability');
	let server = await startServer(database);
	try {
		const accounts = await Promise.all(
			Array.from({ length: CLIENTS }, () => createAccount({ database }))
		);
		const clients = await Promise.all(accounts.map((a) => apiClient(ORIGIN, a.email)));
		const sessions: string[] = [];
		for (const client of clients) {
			const start = await postForm(client, '/practice?/start', {
				bank: 'surgery',
				count: String(ITEMS),
				mode: 'timed',
				secondsPerItem: '600',
				selection: 'all'
			});
			expect(start.status()).toBe(303);
			sessions.push(/\/practice\/([a-z0-9]+)\//.exec(start.headers()['location'])![1]);
		}

		const acknowledged: { sessionId: string; position: number }[] = [];
		let killed = false;
		const answerAll = async (client: APIRequestContext, sessionId: string) => {
			for (let position = 1; position <= ITEMS && !killed; position++) {
				try {
					const response = await postAction(
						client,
						`/practice/${sessionId}/${position}?/answer`,
						{ choice: '0', 'stem-a': '0', 'stem-b': '0', intent: 'save' },
						ORIGIN
					);
					const body = await response.json();
					if (response.ok() && body.type === 'success') acknowledged.push({ sessionId, position });
				} catch {
					return; // the server is gone
				}
			}
		};
		const work = Promise.all(clients.map((client, i) => answerAll(client, sessions[i])));
		while (acknowledged.length < (CLIENTS * ITEMS) / 3) await new Promise((r) => setTimeout(r, 5));
		server.kill('SIGKILL');
		killed = true;
		await work;
		expect(acknowledged.length).toBeGreaterThan(0);

		server = await startServer(database);
		server.kill('SIGTERM');
		try {
			if (database.file) {
				const db = new Database(database.file, { readonly: true });
				expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
				db.close();
			}
			const stored = new Set(
				queryDatabase<{ session_id: string; position: number }>(
					database,
					'select session_id, position from answers'
				).map((r) => `${r.session_id}/${r.position}`)
			);
			const missing = acknowledged.filter((a) => !stored.has(`${a.sessionId}/${a.position}`));
			expect(missing).toEqual([]);
		} finally {
			await Promise.all(clients.map((c) => c.dispose()));
		}
	} finally {
		if (server.exitCode === null && server.signalCode === null) {
			const exited = new Promise((resolve) => server.once('exit', resolve));
			server.kill('SIGKILL');
			await exited;
		}
		database.drop();
	}
});
