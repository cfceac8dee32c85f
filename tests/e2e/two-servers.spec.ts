import { request, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect } from '../helpers/test';
import { createAccount, logIn, PASSWORD } from '../helpers/accounts';
import { bankSize } from '../helpers/banks';
import { onPostgres, queryTestDb } from '../helpers/db';
import { freshAddress, requestFrom } from '../helpers/from-address';
import { admissibleWithin, burst, expectRefusedAfterBurst } from '../helpers/throttle';
import { LOGIN_PAIR_RULE } from '../../src/lib/server/auth/rate-limit';

// A second production server beside the suite's own, on the suite's PostgreSQL database.
const SECOND_PORT = Number(process.env.E2E_PORT ?? 4173) + 19;
const SECOND = `http://localhost:${SECOND_PORT}`;

test.describe.configure({ mode: 'serial' });
test.skip(!onPostgres, 'App servers share one database on PostgreSQL; SQLite serves one machine.');

let second: ChildProcess | null = null;

test.beforeAll(async () => {
	const server = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(SECOND_PORT),
			ORIGIN: SECOND,
			DATABASE_URL: process.env.E2E_DATABASE_URL!,
			SETUP_TOKEN: 'x'.repeat(24)
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let errors = '';
	server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	second = await new Promise<ChildProcess>((resolve, reject) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Listening on')) resolve(server);
		});
		server.on('exit', (code) => reject(new Error(`server exited early with ${code}: ${errors}`)));
	});
});

test.afterAll(async () => {
	if (!second || second.exitCode !== null) return;
	const exited = new Promise((resolve) => second!.once('exit', resolve));
	second.kill('SIGTERM');
	await exited;
});

/**
 * One learner's browser, talking to either server: cookies ignore the port, so the session
 * made on one is the session on the other, as behind a load balancer.
 */
async function browserOf(email: string, servers: string[]): Promise<APIRequestContext> {
	const client = await request.newContext();
	const login = await post(client, servers[0], '/login', { email, password: PASSWORD });
	expect(login.status()).toBe(303);
	return client;
}

function post(
	client: APIRequestContext,
	server: string,
	path: string,
	form: Record<string, string>
) {
	return client.post(`${server}${path}`, {
		form,
		headers: { accept: 'text/html', origin: server },
		maxRedirects: 0
	});
}

/** A field for every kind of question, so the same form answers any of them. */
const ANY_ANSWER = { choice: '0', 'stem-a': '0', 'stem-b': '0', answer: 'a guess', intent: 'save' };

async function startTimedTest(client: APIRequestContext, server: string, count: number) {
	const started = await post(client, server, '/practice?/start', {
		bank: 'surgery',
		count: String(count),
		mode: 'timed',
		secondsPerItem: '600',
		selection: 'all'
	});
	expect(started.status()).toBe(303);
	return /\/practice\/([a-z0-9]+)\//.exec(started.headers()['location'])![1];
}

test('a learner alternates between two servers through a whole timed test', async ({ baseURL }) => {
	const servers = [baseURL!, SECOND];
	const learner = await createAccount({});
	const client = await browserOf(learner.email, servers);
	const sessionId = await startTimedTest(client, SECOND, 6);

	for (let position = 1; position <= 6; position++) {
		const server = servers[position % 2];
		const page = await client.get(`${server}/practice/${sessionId}/${position}`);
		expect(page.status()).toBe(200);
		const answered = await post(
			client,
			server,
			`/practice/${sessionId}/${position}?/answer`,
			ANY_ANSWER
		);
		expect(answered.status(), `answer ${position} on ${server}`).toBeLessThan(400);
	}
	const finished = await post(client, baseURL!, `/practice/${sessionId}/finish`, {});
	expect(finished.status()).toBe(303);
	expect(finished.headers()['location']).toBe(`/practice/${sessionId}/results`);

	const results = await client.get(`${SECOND}/practice/${sessionId}/results`);
	expect(results.status()).toBe(200);
	expect(
		queryTestDb<{ n: number }>('select count(*) as n from answers where session_id = ?', sessionId)
	).toEqual([{ n: 6 }]);
	expect(
		queryTestDb(
			'select status from quiz_sessions where id = ? and finish_order is not null',
			sessionId
		)
	).toEqual([{ status: 'finished' }]);
	await client.dispose();
});

test('twenty finishes at once, spread over both servers, finish the test once and count it once', async ({
	baseURL
}) => {
	const servers = [baseURL!, SECOND];
	const learner = await createAccount({});
	const client = await browserOf(learner.email, servers);
	const sessionId = await startTimedTest(client, baseURL!, 4);
	for (let position = 1; position <= 4; position++)
		await post(
			client,
			servers[position % 2],
			`/practice/${sessionId}/${position}?/answer`,
			ANY_ANSWER
		);

	const finishes = await Promise.all(
		Array.from({ length: 20 }, (_, i) =>
			post(client, servers[i % 2], `/practice/${sessionId}/finish`, {})
		)
	);
	for (const finish of finishes) {
		expect(finish.status()).toBe(303);
		expect(finish.headers()['location']).toBe(`/practice/${sessionId}/results`);
	}
	const [session] = queryTestDb<{ finish_order: number; user_id: string }>(
		'select finish_order, user_id from quiz_sessions where id = ?',
		sessionId
	);
	expect(session.finish_order).not.toBeNull();
	// The learner's bank totals hold each answer once, however many finishes raced.
	expect(
		queryTestDb<{ answered: number }>(
			"select answered from user_bank_stats where user_id = ? and bank_id = 'surgery'",
			session.user_id
		)
	).toEqual([{ answered: 4 }]);
	await client.dispose();
});

test('the login throttle counts guesses sent to either server as one', async ({ baseURL }) => {
	const servers = [baseURL!, SECOND];
	const { email } = await createAccount({});
	const attacker = freshAddress();
	const { counts, startedAt, elapsedMs } = await burst(40, (i) =>
		requestFrom(servers[i % 2], attacker, '/login', { form: { email, password: `wrong ${i}` } })
	);
	expect((counts[400] ?? 0) + (counts[429] ?? 0)).toBe(40);
	expect(counts[400]).toBeLessThanOrEqual(admissibleWithin(LOGIN_PAIR_RULE, elapsedMs));
	for (const server of servers) {
		const right = await requestFrom(server, attacker, '/login', {
			form: { email, password: PASSWORD }
		});
		expectRefusedAfterBurst(right, LOGIN_PAIR_RULE, counts[400], startedAt);
	}
});

test('a question published through one server is served new by the other', async ({
	page,
	baseURL
}) => {
	const itemId = 'surgery-higher-chance-of-cure';
	const admin = await createAccount({ role: 'admin' });
	const learner = await createAccount({});
	const learnerClient = await browserOf(learner.email, [SECOND]);
	// The second server has served the question before it changes.
	expect((await learnerClient.get(`${SECOND}/practice`)).status()).toBe(200);

	await logIn(page, admin.email);
	await page.goto(`${baseURL}/items/${itemId}/edit`);
	const stem = page.getByLabel('Stem (the vignette or statement)');
	// A change the item-writing rules let through: the patient's age.
	const edited = (await stem.inputValue()).replace('58-year-old woman', '61-year-old woman');
	expect(edited).toContain('61-year-old woman');
	await stem.fill(edited);
	await page.getByLabel('Why this change (kept with the version)').fill('Clearer wording.');
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByText('Draft saved.')).toBeVisible();
	await page
		.getByRole('button', { name: 'Publish as administrator, without a second review' })
		.click();
	await expect(page.getByText('Published: learners get this version')).toBeVisible();

	const sessionId = await startTimedTest(learnerClient, SECOND, bankSize('surgery'));
	const [{ position }] = queryTestDb<{ position: number }>(
		'select position from quiz_session_items where session_id = ? and item_id = ?',
		sessionId,
		itemId
	);
	const served = await learnerClient.get(`${SECOND}/practice/${sessionId}/${position}`);
	expect(await served.text()).toContain('A 61-year-old woman had a sigmoid colon cancer');
	await learnerClient.dispose();
});

test('a server told to stop finishes, closes its connections and exits at once', async () => {
	// The second server has connections open from the tests above; a pool left open would keep
	// the process alive until its idle connections time out, ten seconds later.
	const client = await request.newContext();
	expect((await client.get(`${SECOND}/login`)).status()).toBe(200);
	await client.dispose();
	const started = Date.now();
	const exited = new Promise<number | null>((resolve) => second!.once('exit', resolve));
	second!.kill('SIGTERM');
	await exited;
	expect(Date.now() - started).toBeLessThan(5_000);
});
