import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '$lib/time';
import type { DB } from '$lib/server/db';
import { openPostgres, type PgDB } from '$lib/server/db/pg';
import { throttles, userSessions, users } from '$lib/server/db/tables';
import { runningOnPostgres, testDatabase } from '$lib/server/testing/db';
import { authenticate } from './login';
import { issueResetLink, resetPassword } from './password-reset';
import { LOGIN_ACCOUNT_RULE, LOGIN_PAIR_RULE } from './rate-limit';
import { registerAccount } from './register';
import { createSession, SESSION_LIFETIME_MS, validateSessionToken } from './session';
import { createUser, setUserRole } from './user';

const EMAIL = 'doctor@example.org';
const PASSWORD = 'a long enough passphrase';
const NOW = Date.parse('2026-06-01T09:00:00Z');
const PARALLEL = 20;

/**
 * The test database and a second handle on it with a pool of its own: two app servers. Requests
 * alternate between them, so no two that race share a connection.
 */
async function twoServers(): Promise<[DB, DB]> {
	const db = await testDatabase();
	const url = (db as unknown as PgDB).$client.options.connectionString!;
	const other = openPostgres(url, { max: 10, allowExitOnIdle: true });
	return [db, other as unknown as DB];
}

async function withAccount(db: DB) {
	const created = await createUser(db, {
		email: EMAIL,
		password: PASSWORD,
		displayName: 'Dr Example',
		profession: 'doctor'
	});
	if (!created.ok) throw new Error('account not created');
	return created.user;
}

async function counter(db: DB, key: string) {
	const [row] = await db.select().from(throttles).where(eq(throttles.key, key));
	return row?.attempts;
}

describe.skipIf(!runningOnPostgres)('on PostgreSQL, with two servers racing', () => {
	it('counts every one of twenty wrong passwords sent at once from one address, and checks only the free ones', async () => {
		const servers = await twoServers();
		await withAccount(servers[0]);
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				authenticate(servers[i % 2], EMAIL, `wrong ${i}`, '6.6.6.6', NOW)
			)
		);
		const checked = results.filter((r) => !r.ok && r.reason === 'invalid');
		expect(checked).toHaveLength(LOGIN_PAIR_RULE.freeAttempts);
		expect(await counter(servers[0], `login:${EMAIL}|6.6.6.6`)).toBe(LOGIN_PAIR_RULE.freeAttempts);
		expect(await counter(servers[0], `login:${EMAIL}`)).toBe(LOGIN_PAIR_RULE.freeAttempts);
	});

	it('lets exactly the account’s free guesses through from twenty addresses at once, and counts each', async () => {
		const servers = await twoServers();
		await withAccount(servers[0]);
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				authenticate(servers[i % 2], EMAIL, `wrong ${i}`, `10.0.0.${i}`, NOW)
			)
		);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(
			LOGIN_ACCOUNT_RULE.freeAttempts
		);
		expect(await counter(servers[0], `login:${EMAIL}`)).toBe(LOGIN_ACCOUNT_RULE.freeAttempts);
	});

	it('makes one account of twenty registrations of one email at once', async () => {
		const servers = await twoServers();
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				registerAccount(
					servers[i % 2],
					{ email: EMAIL, password: PASSWORD, displayName: `Doctor ${i}`, profession: 'doctor' },
					`10.0.1.${i}`,
					NOW
				)
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && 'errors' in r && r.errors.email)).toHaveLength(
			PARALLEL - 1
		);
		expect(await servers[0].select().from(users).where(eq(users.email, EMAIL))).toHaveLength(1);
	});

	// Whether the second request still reads the old expiry depends on timing: then both extend
	// it, harmlessly, and the stored expiry is the later of the two; otherwise one does.
	it('extends a session validated twice at once, and keeps the latest expiry either gave', async () => {
		const servers = await twoServers();
		const user = await withAccount(servers[0]);
		const start = new Date(NOW);
		const { token, session } = await createSession(servers[0], user.id, start);
		// Both requests fall inside the renewal window, a second apart.
		const first = new Date(session.expiresAt.getTime() - DAY_MS);
		const second = new Date(first.getTime() + 1000);
		const [a, b] = await Promise.all([
			validateSessionToken(servers[0], token, first),
			validateSessionToken(servers[1], token, second)
		]);
		expect([a?.user.id, b?.user.id]).toEqual([user.id, user.id]);
		expect(a?.renewed || b?.renewed).toBe(true);
		const [stored] = await servers[0]
			.select()
			.from(userSessions)
			.where(eq(userSessions.id, session.id));
		const latest = Math.max(a!.session.expiresAt.getTime(), b!.session.expiresAt.getTime());
		expect(stored.expiresAt.getTime()).toBe(latest);
		expect([first, second].map((t) => t.getTime() + SESSION_LIFETIME_MS)).toContain(latest);
	});

	it('sets one password of twenty uses of one reset link at once', async () => {
		const servers = await twoServers();
		const user = await withAccount(servers[0]);
		const link = (await issueResetLink(servers[0], user.id, null))!;
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				resetPassword(servers[i % 2], link.token, `new passphrase number ${i}`)
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});

	it('keeps one administrator when two demote each other at once', async () => {
		const servers = await twoServers();
		const admins = [];
		for (const email of ['first@example.org', 'second@example.org']) {
			const created = await createUser(servers[0], {
				email,
				password: PASSWORD,
				displayName: email,
				profession: 'other',
				role: 'admin'
			});
			if (!created.ok) throw new Error('admin not created');
			admins.push(created.user);
		}
		const results = await Promise.all(
			admins.map((admin, i) => setUserRole(servers[i], admin.id, 'educator'))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const left = await servers[0].select().from(users).where(eq(users.role, 'admin'));
		expect(left).toHaveLength(1);
	});
});
