import type { Handle, ServerInit } from '@sveltejs/kit';
import { closeDatabase, getDb, startDatabase, type DB } from '$lib/server/db';
import { DatabaseUnusableError } from '$lib/server/db/health';
import { deleteSessionCookie, SESSION_COOKIE, setSessionCookie } from '$lib/server/auth/cookies';
import { validateSessionToken } from '$lib/server/auth/session';
import { announceSetup } from '$lib/server/auth/setup';
import { loadContent } from '$lib/server/bank/sync';
import { finaliseExpiredSessions } from '$lib/server/quiz/session';
import { keepAllTotals } from '$lib/server/analytics/kept-totals';

/** Timed tests are finalised at their deadline even when the learner never comes back. */
const EXPIRY_SWEEP_MS = 15_000;

/** A damaged or read-only database is refused before the server listens: it says why and exits. */
async function openDatabaseOrExit(): Promise<DB> {
	try {
		return await startDatabase();
	} catch (error) {
		if (!(error instanceof DatabaseUnusableError)) throw error;
		console.error(`${error.message}\nThe server has not started.`);
		process.exit(1);
	}
}

export const init: ServerInit = async () => {
	const db = await openDatabaseOrExit();
	await loadContent(db);
	await announceSetup(db, process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`);
	await finaliseExpiredSessions(db);
	const sweeper = setInterval(() => {
		finaliseExpiredSessions(db).catch((error: unknown) =>
			console.error('Finalising expired timed tests failed:', error)
		);
	}, EXPIRY_SWEEP_MS).unref();
	// Item-analysis totals never counted (a new installation, or one that kept none) are counted in
	// steps while the server serves, so that no educator's first view waits for it.
	keepAllTotals(db).catch((error: unknown) =>
		console.error('Counting item-analysis totals failed:', error)
	);
	// On SIGTERM or SIGINT the server stops taking requests, finishes those under way, then
	// closes the database, so the process ends at once rather than when idle connections time out.
	process.once('sveltekit:shutdown', () => {
		clearInterval(sweeper);
		closeDatabase().catch((error: unknown) => console.error('Closing the database failed:', error));
	});
};

/**
 * Browsers that reach an https deployment keep to https for a year. Only then: on plain http
 * the header is ignored, and it would wrongly pin a host that later serves http only.
 */
const strictTransportSecurity = process.env.ORIGIN?.startsWith('https://')
	? 'max-age=31536000; includeSubDomains'
	: null;

/** Signs the request in from its session cookie, then sets the security headers on the response. */
export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = await validateSessionToken(getDb(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.renewed) setSessionCookie(event.cookies, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (strictTransportSecurity)
		response.headers.set('Strict-Transport-Security', strictTransportSecurity);
	if (event.locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};
