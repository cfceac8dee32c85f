import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { eq } from 'drizzle-orm';
import { DAY_MS } from '$lib/time';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, transaction, type Step } from '$lib/server/db/steps';
import { passwordResetTokens, users } from '$lib/server/db/tables';
import { hashPassword } from './password';
import { hashSecret, invalidateUserSessionsStep, randomString } from './session';

/** How long an issued link works. */
export const RESET_LINK_LIFETIME_MS = DAY_MS;

export interface ResetLink {
	/** `<id>.<secret>`, for the link's `token` parameter; shown once and never stored. */
	token: string;
	expiresAt: Date;
}

/**
 * Issues a one-time password reset link for an account, replacing any link issued for it before.
 * Only a hash of its secret is stored, as for sessions. Two issued at once for one account leave
 * one link: the later waits for the earlier, then replaces it.
 */
export function issueResetLink(
	db: DB,
	userId: string,
	issuedBy: string | null,
	now = new Date()
): Promise<ResetLink | null> {
	const id = randomString(15);
	const secret = randomString(20);
	const expiresAt = new Date(now.getTime() + RESET_LINK_LIFETIME_MS);
	return transaction(
		db,
		function* (tx): Step<ResetLink | null> {
			const [user] = yield* run(
				tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1)
			);
			if (!user) return null;
			yield* run(tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)));
			yield* run(
				tx.insert(passwordResetTokens).values({
					id,
					userId,
					secretHash: Buffer.from(hashSecret(secret)),
					createdBy: issuedBy,
					createdAt: now,
					expiresAt
				})
			);
			return { token: `${id}.${secret}`, expiresAt };
		},
		{ locks: [`reset-link:${userId}`] }
	);
}

export interface ResetTarget {
	tokenId: string;
	userId: string;
	email: string;
	displayName: string;
}

/** The account a link resets, while the link is unused, unexpired and genuine; otherwise null. */
export function* findResetTargetStep(
	tx: Queries,
	token: string,
	now = new Date()
): Step<ResetTarget | null> {
	const [id, secret, extra] = token.split('.');
	if (!id || !secret || extra !== undefined) return null;
	const [row] = yield* run(
		tx
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
			.limit(1)
	);
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

export function findResetTarget(
	db: DB,
	token: string,
	now = new Date()
): Promise<ResetTarget | null> {
	return perform(db, findResetTargetStep(db, token, now));
}

/**
 * Sets a new password (already checked against the policy) through a reset link, and ends every
 * session of the account. The link is spent in the same transaction that checks it, and only the
 * use whose delete removed it goes on, so of two uses racing each other only one sets a password.
 */
export async function resetPassword(
	db: DB,
	token: string,
	newPassword: string,
	now = new Date()
): Promise<{ ok: true; userId: string } | { ok: false }> {
	if (!(await findResetTarget(db, token, now))) return { ok: false };
	const passwordHash = await hashPassword(newPassword);
	return transaction(db, function* (tx): Step<{ ok: true; userId: string } | { ok: false }> {
		const target = yield* findResetTargetStep(tx, token, now);
		if (!target) return { ok: false };
		const spent = yield* run(
			tx
				.delete(passwordResetTokens)
				.where(eq(passwordResetTokens.id, target.tokenId))
				.returning({ id: passwordResetTokens.id })
		);
		if (spent.length === 0) return { ok: false };
		yield* run(tx.update(users).set({ passwordHash }).where(eq(users.id, target.userId)));
		yield* invalidateUserSessionsStep(tx, target.userId);
		return { ok: true, userId: target.userId };
	});
}
