import { afterEach, describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import { createFirstAdmin, setupNeeded, setupToken } from './setup';
import { SETUP_RULE } from './rate-limit';

const account = {
	email: 'admin@example.org',
	password: 'a long enough passphrase',
	displayName: 'Admin',
	profession: 'other' as const
};

describe('first-run setup', () => {
	afterEach(() => {
		delete process.env.SETUP_TOKEN;
	});

	it('creates the first administrator with the printed token', async () => {
		const db = await testDatabase();
		expect(await setupNeeded(db)).toBe(true);
		const result = await createFirstAdmin(db, setupToken(), account, '1.1.1.1');
		expect(result.ok && result.user.role).toBe('admin');
		expect(await setupNeeded(db)).toBe(false);
	});

	it('refuses a missing or wrong token', async () => {
		const db = await testDatabase();
		expect((await createFirstAdmin(db, null, account, '1.1.1.1')).ok).toBe(false);
		expect((await createFirstAdmin(db, setupToken() + 'x', account, '1.1.1.1')).ok).toBe(false);
		expect(await setupNeeded(db)).toBe(true);
	});

	it('works once only, even when two requests race', async () => {
		const db = await testDatabase();
		const results = await Promise.all([
			createFirstAdmin(db, setupToken(), account, '1.1.1.1'),
			createFirstAdmin(db, setupToken(), { ...account, email: 'second@example.org' }, '1.1.1.2')
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});

	it('throttles attempts per address, counted before the token is compared', async () => {
		const db = await testDatabase();
		const now = Date.parse('2026-06-01T09:00:00Z');
		const guesses = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				createFirstAdmin(db, `guess-${i}`, account, '6.6.6.6', now)
			)
		);
		expect(guesses.filter((g) => !g.ok && 'errors' in g)).toHaveLength(SETUP_RULE.freeAttempts);
		const right = await createFirstAdmin(db, setupToken(), account, '6.6.6.6', now);
		expect(right).toEqual({ ok: false, retryAfterMs: SETUP_RULE.baseDelayMs });
		expect(await setupNeeded(db)).toBe(true);
		const elsewhere = await createFirstAdmin(db, setupToken(), account, '7.7.7.7', now);
		expect(elsewhere.ok).toBe(true);
	});

	it('uses SETUP_TOKEN when the deployment sets one', async () => {
		process.env.SETUP_TOKEN = 'scripted-token-value';
		expect(setupToken()).toBe('scripted-token-value');
	});
});
