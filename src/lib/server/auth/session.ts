import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import { DAY_MS } from '$lib/time';
import { perHandle } from '$lib/server/db/prepared';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import { userSessions, users, type User, type UserSession } from '$lib/server/db/tables';

/** A signed-in user as requests see them: everything but the password hash. */
export type SignedInUser = Omit<User, 'passwordHash'>;

const signedInUserColumns = {
	id: users.id,
	email: users.email,
	displayName: users.displayName,
	profession: users.profession,
	role: users.role,
	desiredRetention: users.desiredRetention,
	timeZone: users.timeZone,
	deactivatedAt: users.deactivatedAt,
	createdAt: users.createdAt
};

export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** A session used within this long of its expiry is extended to a full lifetime again. */
export const SESSION_RENEW_WITHIN_MS = 15 * DAY_MS;

/** 120 bits for the lookup id, 160 bits for the secret that only the browser holds. */
const ID_BYTES = 15;
const SECRET_BYTES = 20;

export function randomString(bytes: number): string {
	const buffer = new Uint8Array(bytes);
	crypto.getRandomValues(buffer);
	return encodeBase32LowerCaseNoPadding(buffer);
}

export function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

const sessionWithUser = perHandle((db) =>
	db
		.select({ session: userSessions, user: signedInUserColumns })
		.from(userSessions)
		.innerJoin(users, eq(users.id, userSessions.userId))
		// A deactivated account's sessions are deleted when it is deactivated; this is the second lock.
		.where(and(eq(userSessions.id, sql.placeholder('id')), isNull(users.deactivatedAt)))
		.prepare()
);

export interface SessionValidation {
	session: UserSession;
	user: SignedInUser;
	/** True when the expiry moved, so the cookie must be sent again. */
	renewed: boolean;
}

/** Creates a session and returns the token for the cookie: `<id>.<secret>`. Only the secret's hash is stored. */
export async function createSession(db: DB, userId: string, now = new Date()) {
	const id = randomString(ID_BYTES);
	const secret = randomString(SECRET_BYTES);
	const session: UserSession = {
		id,
		userId,
		secretHash: Buffer.from(hashSecret(secret)),
		createdAt: now,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
	};
	await db.insert(userSessions).values(session);
	return { token: `${id}.${secret}`, session };
}

/**
 * The session and user of a cookie's token, or null; a session used within `SESSION_RENEW_WITHIN_MS`
 * of its expiry is extended. Two requests renewing one session at once both extend it, and the
 * expiry only ever moves later, so the stored expiry is the later of theirs.
 */
export async function validateSessionToken(
	db: DB,
	token: string,
	now = new Date()
): Promise<SessionValidation | null> {
	const [id, secret, extra] = token.split('.');
	if (!id || !secret || extra !== undefined) return null;
	const [row] = await sessionWithUser(db).execute({ id });
	if (!row) return null;
	if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.session.secretHash))) return null;
	if (row.session.expiresAt.getTime() <= now.getTime()) {
		await invalidateSession(db, id);
		return null;
	}
	let renewed = false;
	if (row.session.expiresAt.getTime() - now.getTime() < SESSION_RENEW_WITHIN_MS) {
		row.session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await db
			.update(userSessions)
			.set({ expiresAt: row.session.expiresAt })
			.where(and(eq(userSessions.id, id), lt(userSessions.expiresAt, row.session.expiresAt)));
		renewed = true;
	}
	return { session: row.session, user: row.user, renewed };
}

export async function invalidateSession(db: DB, sessionId: string): Promise<void> {
	await db.delete(userSessions).where(eq(userSessions.id, sessionId));
}

/** Ends every session of a user, except the one given (the one that asked). */
export function* invalidateUserSessionsStep(
	tx: Queries,
	userId: string,
	exceptSessionId?: string
): Step<void> {
	const condition = exceptSessionId
		? and(eq(userSessions.userId, userId), ne(userSessions.id, exceptSessionId))
		: eq(userSessions.userId, userId);
	yield* run(tx.delete(userSessions).where(condition));
}

/** `invalidateUserSessionsStep` on its own. */
export function invalidateUserSessions(
	db: DB,
	userId: string,
	exceptSessionId?: string
): Promise<void> {
	return perform(db, invalidateUserSessionsStep(db, userId, exceptSessionId));
}
