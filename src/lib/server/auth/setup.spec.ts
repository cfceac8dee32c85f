import { afterEach, describe, expect, it } from 'vitest';
import { testDb } from '../testing/db';
import { createFirstAdmin, setupNeeded, setupToken } from './setup';

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
		const db = testDb();
		expect(setupNeeded(db)).toBe(true);
		const result = await createFirstAdmin(db, setupToken(), account);
		expect(result.ok && result.user.role).toBe('admin');
		expect(setupNeeded(db)).toBe(false);
	});

	it('refuses a missing or wrong token', async () => {
		const db = testDb();
		expect((await createFirstAdmin(db, null, account)).ok).toBe(false);
		expect((await createFirstAdmin(db, setupToken() + 'x', account)).ok).toBe(false);
		expect(setupNeeded(db)).toBe(true);
	});

	it('works once only, even when two requests race', async () => {
		const db = testDb();
		const results = await Promise.all([
			createFirstAdmin(db, setupToken(), account),
			createFirstAdmin(db, setupToken(), { ...account, email: 'second@example.org' })
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});

	it('uses SETUP_TOKEN when the deployment sets one', () => {
		process.env.SETUP_TOKEN = 'scripted-token-value';
		expect(setupToken()).toBe('scripted-token-value');
	});
});
