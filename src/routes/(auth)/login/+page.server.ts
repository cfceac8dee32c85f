import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { authenticate, INVALID_LOGIN_MESSAGE } from '$lib/server/auth/login';
import { safeReturnPath } from '$lib/server/auth/guards';
import { startSession } from '$lib/server/auth/start-session';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeReturnPath(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo };
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress }) => {
		const form = await request.formData();
		const email = field(form, 'email');
		const password = field(form, 'password');
		const redirectTo = safeReturnPath(field(form, 'redirectTo'));
		if (!email || !password)
			return fail(400, { email, message: 'Enter your email address and password.' });

		const db = getDb();
		const result = await authenticate(db, email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'throttled') {
				const seconds = Math.ceil(result.retryAfterMs / 1000);
				return fail(429, {
					email,
					message: `Too many failed attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`
				});
			}
			return fail(400, { email, message: INVALID_LOGIN_MESSAGE });
		}
		startSession(db, cookies, result.user.id);
		redirect(303, redirectTo);
	}
};
