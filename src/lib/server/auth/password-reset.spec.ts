import { describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import { passwordResetTokens } from '$lib/server/db/tables';
import { authenticate } from './login';
import { createSession, validateSessionToken } from './session';
import { createUser } from './user';
import {
	findResetTarget,
	issueResetLink,
	RESET_LINK_LIFETIME_MS,
	resetPassword
} from './password-reset';

const OLD = 'the old passphrase here';
const NEW = 'a fresh passphrase now';

async function setting() {
	const db = await testDatabase();
	const created = await createUser(db, {
		email: 'nurse@example.org',
		password: OLD,
		displayName: 'Nurse',
		profession: 'nurse'
	});
	if (!created.ok) throw new Error('no user');
	return { db, user: created.user };
}

describe('password reset links', () => {
	it('store only a hash of their secret', async () => {
		const { db, user } = await setting();
		const link = (await issueResetLink(db, user.id, null))!;
		const [id, secret] = link.token.split('.');
		const [row] = await db.select().from(passwordResetTokens);
		expect(row.id).toBe(id);
		expect(secret.length).toBeGreaterThanOrEqual(32);
		expect(Buffer.from(row.secretHash).toString('hex')).not.toContain(
			Buffer.from(secret).toString('hex')
		);
		expect(await findResetTarget(db, `${id}.${secret}x`)).toBeNull();
		expect((await findResetTarget(db, link.token))?.email).toBe('nurse@example.org');
	});

	it('set the password, end every session, and cannot be used twice', async () => {
		const { db, user } = await setting();
		const { token: session } = await createSession(db, user.id);
		const link = (await issueResetLink(db, user.id, null))!;
		expect(await resetPassword(db, link.token, NEW)).toEqual({ ok: true, userId: user.id });
		expect(await validateSessionToken(db, session)).toBeNull();
		expect((await authenticate(db, 'nurse@example.org', NEW, '1.1.1.1')).ok).toBe(true);
		expect((await authenticate(db, 'nurse@example.org', OLD, '1.1.1.1')).ok).toBe(false);
		expect(await resetPassword(db, link.token, 'yet another passphrase')).toEqual({ ok: false });
		expect(await findResetTarget(db, link.token)).toBeNull();
	});

	it('used twice at once set one password only', async () => {
		const { db, user } = await setting();
		const link = (await issueResetLink(db, user.id, null))!;
		const results = await Promise.all([
			resetPassword(db, link.token, 'first racing passphrase'),
			resetPassword(db, link.token, 'second racing passphrase')
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});

	it('expire a day after they are issued', async () => {
		const { db, user } = await setting();
		const issued = new Date('2026-06-01T09:00:00Z');
		const link = (await issueResetLink(db, user.id, null, issued))!;
		expect(link.expiresAt.getTime() - issued.getTime()).toBe(RESET_LINK_LIFETIME_MS);
		expect(RESET_LINK_LIFETIME_MS).toBe(24 * 3600 * 1000);
		const justBefore = new Date(link.expiresAt.getTime() - 1);
		expect(await findResetTarget(db, link.token, justBefore)).not.toBeNull();
		expect(await findResetTarget(db, link.token, link.expiresAt)).toBeNull();
		expect(await resetPassword(db, link.token, NEW, link.expiresAt)).toEqual({ ok: false });
	});

	it('replace the link issued before for the same account', async () => {
		const { db, user } = await setting();
		const first = (await issueResetLink(db, user.id, null))!;
		const second = (await issueResetLink(db, user.id, null))!;
		expect(await findResetTarget(db, first.token)).toBeNull();
		expect(await findResetTarget(db, second.token)).not.toBeNull();
	});

	it('are not issued for an unknown account, and malformed links find nobody', async () => {
		const { db } = await setting();
		expect(await issueResetLink(db, 'nobody', null)).toBeNull();
		for (const token of ['', 'abc', 'a.b.c', '.x'])
			expect(await findResetTarget(db, token)).toBeNull();
	});
});

describe('logging in to a deactivated account', () => {
	it('is refused with the reason only when the password is right', async () => {
		const { db, user } = await setting();
		await db
			.update((await import('$lib/server/db/tables')).users)
			.set({ deactivatedAt: new Date() });
		expect(await authenticate(db, 'nurse@example.org', OLD, '2.2.2.2')).toEqual({
			ok: false,
			reason: 'deactivated'
		});
		expect(await authenticate(db, 'nurse@example.org', 'wrong password here', '2.2.2.2')).toEqual({
			ok: false,
			reason: 'invalid'
		});
		void user;
	});
});
