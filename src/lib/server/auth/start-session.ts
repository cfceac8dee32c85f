import type { Cookies } from '@sveltejs/kit';
import type { DB } from '$lib/server/db';
import { setSessionCookie } from './cookies';
import { createSession } from './session';

/** Signs a user in on this browser. */
export async function startSession(db: DB, cookies: Cookies, userId: string): Promise<void> {
	const { token, session } = await createSession(db, userId);
	setSessionCookie(cookies, token, session.expiresAt);
}
