import { describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import { createSession, validateSessionToken } from './session';
import { changePassword, createUser, getUserByEmail, setUserRole } from './user';
import type { DB } from '$lib/server/db';

const PASSPHRASE = 'a long enough passphrase';

async function make(db: DB, email: string, role: 'learner' | 'educator' | 'admin' = 'learner') {
	const result = await createUser(db, {
		email,
		password: PASSPHRASE,
		displayName: email,
		profession: 'nurse',
		role
	});
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.user;
}

describe('accounts', () => {
	it('are created with a normalised email and an argon2id hash, never the password', async () => {
		const db = await testDatabase();
		const user = await make(db, ' Nurse@Example.ORG ');
		expect(user.email).toBe('nurse@example.org');
		expect(user.passwordHash).toMatch(/^\$argon2id\$/);
		expect(user.passwordHash).not.toContain(PASSPHRASE);
		expect(user.role).toBe('learner');
	});

	it('refuse a second account with the same email', async () => {
		const db = await testDatabase();
		await make(db, 'nurse@example.org');
		const again = await createUser(db, {
			email: 'NURSE@example.org',
			password: PASSPHRASE,
			displayName: 'Someone',
			profession: 'nurse'
		});
		expect(again).toEqual({
			ok: false,
			errors: { email: expect.stringMatching(/already exists/) }
		});
	});

	it('report every invalid field at once', async () => {
		const db = await testDatabase();
		const result = await createUser(db, {
			email: 'not-an-email',
			password: 'short',
			displayName: ' ',
			profession: 'surgeon'
		});
		expect(result.ok).toBe(false);
		expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
			'displayName',
			'email',
			'password',
			'profession'
		]);
		expect(await getUserByEmail(db, 'not-an-email')).toBeNull();
	});

	it('refuse the email address as the password', async () => {
		const db = await testDatabase();
		const result = await createUser(db, {
			email: 'long.name@example.org',
			password: 'Long.Name@example.org',
			displayName: 'Long Name',
			profession: 'nurse'
		});
		expect(result).toEqual({ ok: false, errors: { password: expect.stringMatching(/email/) } });
	});

	it.each([
		['a NUL', 'Nurse\u0000Example'],
		['a bell', 'Nurse\u0007Example'],
		['a right-to-left override', 'Nurse \u202eelpmaxE'],
		['a left-to-right isolate', 'Nurse \u2066Example'],
		['a line break', 'Nurse\nExample']
	])('refuse a display name with %s', async (_, displayName) => {
		const db = await testDatabase();
		const result = await createUser(db, {
			email: 'nurse@example.org',
			password: PASSPHRASE,
			displayName,
			profession: 'nurse'
		});
		expect(result).toEqual({
			ok: false,
			errors: { displayName: 'Remove the control or text-direction characters.' }
		});
	});

	it('store the display name trimmed and in NFC', async () => {
		const db = await testDatabase();
		const result = await createUser(db, {
			email: 'zoe@example.org',
			password: PASSPHRASE,
			displayName: '  Zoe\u0301 Example  ',
			profession: 'nurse'
		});
		expect(result.ok && result.user.displayName).toBe('Zo\u00e9 Example');
	});
});

describe('changing a password', () => {
	it('needs the current password', async () => {
		const db = await testDatabase();
		const user = await make(db, 'doctor@example.org');
		const { session } = await createSession(db, user.id);
		const result = await changePassword(db, user, session.id, {
			currentPassword: 'wrong',
			newPassword: 'another long passphrase'
		});
		expect(result).toEqual({ ok: false, errors: { currentPassword: expect.any(String) } });
	});

	it('checks no more than five guesses of the current password sent at once, then makes them wait', async () => {
		const db = await testDatabase();
		const user = await make(db, 'doctor@example.org');
		const { session } = await createSession(db, user.id);
		const now = Date.parse('2026-06-01T09:00:00Z');
		const change = (currentPassword: string, at = now) =>
			changePassword(
				db,
				user,
				session.id,
				{ currentPassword, newPassword: 'another long passphrase' },
				at
			);
		const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) => change(`guess ${i}`)));
		expect(guesses.filter((g) => !g.ok && 'errors' in g)).toHaveLength(5);
		expect(await change(PASSPHRASE)).toEqual({ ok: false, retryAfterMs: 1000 });
		expect(await change(PASSPHRASE, now + 1000)).toEqual({ ok: true });
	});

	it('ends every other session of the user and keeps the current one', async () => {
		const db = await testDatabase();
		const user = await make(db, 'doctor@example.org');
		const current = await createSession(db, user.id);
		const laptop = await createSession(db, user.id);
		const result = await changePassword(db, user, current.session.id, {
			currentPassword: PASSPHRASE,
			newPassword: 'another long passphrase'
		});
		expect(result).toEqual({ ok: true });
		expect(await validateSessionToken(db, current.token)).not.toBeNull();
		expect(await validateSessionToken(db, laptop.token)).toBeNull();
	});
});

describe('roles', () => {
	it('can be changed, but the last administrator stays one', async () => {
		const db = await testDatabase();
		const admin = await make(db, 'admin@example.org', 'admin');
		const learner = await make(db, 'learner@example.org');
		expect(await setUserRole(db, learner.id, 'educator')).toEqual({ ok: true });
		expect(await setUserRole(db, admin.id, 'learner')).toEqual({
			ok: false,
			message: expect.any(String)
		});
		expect(await setUserRole(db, learner.id, 'admin')).toEqual({ ok: true });
		expect(await setUserRole(db, admin.id, 'learner')).toEqual({ ok: true });
	});
});
