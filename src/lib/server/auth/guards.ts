import { error, redirect } from '@sveltejs/kit';
import type { Role } from '$lib/server/db/schema';
import type { SignedInUser } from './session';

interface GuardEvent {
	locals: App.Locals;
	url: URL;
}

/**
 * A path on this site to return to after logging in; anything else gives the home page. The
 * candidate is read as a browser reads a link on this site (tabs and line breaks dropped, `\`
 * taken as `/`), and only a result on `origin` is kept.
 */
export function safeReturnPath(candidate: string | null | undefined, origin: string): string {
	if (!candidate) return '/';
	let url: URL;
	try {
		url = new URL(candidate, origin);
	} catch {
		return '/';
	}
	const path = url.pathname + url.search + url.hash;
	// A path that starts `//` would be read by the browser as another host.
	if (url.origin !== origin || !path.startsWith('/') || path.startsWith('//')) return '/';
	return path;
}

/** The signed-in user; anonymous visitors are sent to log in and brought back afterwards. */
export function requireUser(event: GuardEvent): SignedInUser {
	const user = event.locals.user;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return user;
}

const ROLE_NAMES: Record<Role, string> = {
	learner: 'learners',
	educator: 'educators',
	admin: 'administrators'
};

/** The signed-in user when they hold one of the roles; 403 otherwise. Admins hold every role. */
export function requireRole(event: GuardEvent, ...roles: Role[]): SignedInUser {
	const user = requireUser(event);
	if (user.role !== 'admin' && !roles.includes(user.role)) {
		error(403, `This page is for ${roles.map((r) => ROLE_NAMES[r]).join(' and ')} only.`);
	}
	return user;
}

/**
 * The administration area (`/admin/…`): accounts, settings. Every load and action there asks
 * this, and nothing else grants it.
 */
export function requireAdmin(event: GuardEvent): SignedInUser {
	return requireRole(event, 'admin');
}
