import { describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import { createUser } from './user';
import {
	createSession,
	invalidateSession,
	invalidateUserSessions,
	SESSION_LIFETIME_MS,
	SESSION_RENEW_WITHIN_MS,
	validateSessionToken
} from './session';
import { userSessions } from '$lib/server/db/tables';

async function withUser() {
	const db = await testDatabase();
	const result = await createUser(db, {
		email: 'learner@example.org',
		password: 'a long enough passphrase',
		displayName: 'Learner',
		profession: 'doctor'
	});
	if (!result.ok) throw new Error('user not created');
	return { db, user: result.user };
}

describe('session tokens', () => {
	it('carry at least 128 bits of secret and store only its SHA-256 hash', async () => {
		const { db, user } = await withUser();
		const { token, session } = await createSession(db, user.id);
		const [id, secret] = token.split('.');
		// base32: 5 bits a character
		expect(secret.length * 5).toBeGreaterThanOrEqual(128);
		expect(id).toBe(session.id);
		const stored = await db.select().from(userSessions);
		expect(stored).toHaveLength(1);
		expect(stored[0].secretHash.length).toBe(32);
		expect(Buffer.from(stored[0].secretHash).toString()).not.toContain(secret);
		expect(JSON.stringify(stored)).not.toContain(secret);
	});

	it('are different every time', async () => {
		const { db, user } = await withUser();
		const tokens = new Set<string>();
		for (let i = 0; i < 50; i++) tokens.add((await createSession(db, user.id)).token);
		expect(tokens.size).toBe(50);
	});

	it('validate only with the right secret', async () => {
		const { db, user } = await withUser();
		const { token } = await createSession(db, user.id);
		expect((await validateSessionToken(db, token))?.user.id).toBe(user.id);
		const [id, secret] = token.split('.');
		const tampered = `${id}.${secret.slice(0, -1)}${secret.endsWith('a') ? 'b' : 'a'}`;
		expect(await validateSessionToken(db, tampered)).toBeNull();
		expect(await validateSessionToken(db, id)).toBeNull();
		expect(await validateSessionToken(db, `${token}.extra`)).toBeNull();
		expect(await validateSessionToken(db, '')).toBeNull();
	});

	it('carry the user without the password hash', async () => {
		const { db, user } = await withUser();
		const signedIn = (await validateSessionToken(db, (await createSession(db, user.id)).token))
			?.user;
		expect(signedIn).toMatchObject({ email: user.email, role: user.role });
		expect(signedIn).not.toHaveProperty('passwordHash');
	});

	it('expire after their lifetime and are then deleted', async () => {
		const { db, user } = await withUser();
		const start = new Date('2026-01-01T00:00:00Z');
		const { token } = await createSession(db, user.id, start);
		const after = new Date(start.getTime() + SESSION_LIFETIME_MS + 1);
		expect(await validateSessionToken(db, token, after)).toBeNull();
		expect(await db.select().from(userSessions)).toHaveLength(0);
	});

	it('are renewed when used close to expiry, and not before', async () => {
		const { db, user } = await withUser();
		const start = new Date('2026-01-01T00:00:00Z');
		const { token, session } = await createSession(db, user.id, start);

		const early = await validateSessionToken(db, token, new Date(start.getTime() + 1000));
		expect(early?.renewed).toBe(false);
		expect(early?.session.expiresAt.getTime()).toBe(session.expiresAt.getTime());

		const late = new Date(session.expiresAt.getTime() - SESSION_RENEW_WITHIN_MS + 1000);
		const renewed = await validateSessionToken(db, token, late);
		expect(renewed?.renewed).toBe(true);
		expect(renewed?.session.expiresAt.getTime()).toBe(late.getTime() + SESSION_LIFETIME_MS);
		// Past the original expiry, the renewed session still holds.
		const pastOriginal = new Date(session.expiresAt.getTime() + 1000);
		expect((await validateSessionToken(db, token, pastOriginal))?.user.id).toBe(user.id);
	});

	it('stop working once invalidated (logout)', async () => {
		const { db, user } = await withUser();
		const { token, session } = await createSession(db, user.id);
		await invalidateSession(db, session.id);
		expect(await validateSessionToken(db, token)).toBeNull();
	});

	it('of a user can all be ended except the current one', async () => {
		const { db, user } = await withUser();
		const current = await createSession(db, user.id);
		const other = await createSession(db, user.id);
		await invalidateUserSessions(db, user.id, current.session.id);
		expect(await validateSessionToken(db, current.token)).not.toBeNull();
		expect(await validateSessionToken(db, other.token)).toBeNull();
	});
});
