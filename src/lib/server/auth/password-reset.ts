import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { eq } from 'drizzle-orm';
import type { DB } from '../db';
import { passwordResetTokens, users } from '../db/schema';
import { hashPassword } from './password';
import { hashSecret, invalidateUserSessions, randomString } from './session';

/** How long an issued link works. */
export const RESET_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface ResetLink {
	/** `<id>.<secret>`, for the link's `token` parameter; shown once and never stored. */
	token: string;
	expiresAt: Date;
}

/**
 * Issues a one-time password reset link for an account, replacing any link issued for it before.
 * Only a hash of its secret is stored, as for sessions.
 */
export function issueResetLink(
	db: DB,
	userId: string,
	issuedBy: string | null,
	now = new Date()
): ResetLink | null {
	const id = randomString(15);
	const secret = randomString(20);
	const expiresAt = new Date(now.getTime() + RESET_LINK_LIFETIME_MS);
	return db.transaction((tx) => {
		const user = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
		if (!user) return null;
		tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)).run();
		tx.insert(passwordResetTokens)
			.values({
				id,
				userId,
				secretHash: Buffer.from(hashSecret(secret)),
				createdBy: issuedBy,
				createdAt: now,
				expiresAt
			})
			.run();
		return { token: `${id}.${secret}`, expiresAt };
	});
}

export interface ResetTarget {
	tokenId: string;
	userId: string;
	email: string;
	displayName: string;
}

/** The account a link resets, while the link is unused, unexpired and genuine; otherwise null. */
export function findResetTarget(db: DB, token: string, now = new Date()): ResetTarget | null {
	const [id, secret, extra] = token.split('.');
	if (!id || !secret || extra !== undefined) return null;
	const row = db
		.select({
			tokenId: passwordResetTokens.id,
			secretHash: passwordResetTokens.secretHash,
			expiresAt: passwordResetTokens.expiresAt,
			userId: users.id,
			email: users.email,
			displayName: users.displayName
		})
		.from(passwordResetTokens)
		.innerJoin(users, eq(users.id, passwordResetTokens.userId))
		.where(eq(passwordResetTokens.id, id))
		.get();
	if (!row) return null;
	if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secretHash))) return null;
	if (row.expiresAt.getTime() <= now.getTime()) return null;
	return {
		tokenId: row.tokenId,
		userId: row.userId,
		email: row.email,
		displayName: row.displayName
	};
}

/**
 * Sets a new password (already checked against the policy) through a reset link, and ends every
 * session of the account. The link is spent in the same transaction that checks it, so of two
 * uses racing each other only one sets a password.
 */
export async function resetPassword(
	db: DB,
	token: string,
	newPassword: string,
	now = new Date()
): Promise<{ ok: true; userId: string } | { ok: false }> {
	if (!findResetTarget(db, token, now)) return { ok: false };
	const passwordHash = await hashPassword(newPassword);
	return db.transaction((tx) => {
		const target = findResetTarget(tx as unknown as DB, token, now);
		if (!target) return { ok: false as const };
		tx.delete(passwordResetTokens).where(eq(passwordResetTokens.id, target.tokenId)).run();
		tx.update(users).set({ passwordHash }).where(eq(users.id, target.userId)).run();
		invalidateUserSessions(tx as unknown as DB, target.userId);
		return { ok: true as const, userId: target.userId };
	});
}
