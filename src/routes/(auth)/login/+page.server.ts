import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { authenticate, DEACTIVATED_MESSAGE, INVALID_LOGIN_MESSAGE } from '$lib/server/auth/login';
import { loginForm } from '$lib/server/auth/forms';
import { safeReturnPath } from '$lib/server/auth/guards';
import { announceWait } from '$lib/server/auth/rate-limit';
import { startSession } from '$lib/server/auth/start-session';
import { joinCodeInPath, joinCohort, joinedLanding } from '$lib/server/cohorts/cohorts';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeReturnPath(url.searchParams.get('redirectTo'), url.origin);
	if (locals.user) redirect(303, redirectTo);
	return {
		redirectTo,
		joinCode: joinCodeInPath(redirectTo),
		passwordReset: url.searchParams.get('reset') === 'done'
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, setHeaders, url }) => {
		const parsed = parseForm(loginForm, await request.formData(), { secret: ['password'] });
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { email, password, redirectTo } = parsed.data;
		const values = { email };

		const db = getDb();
		const result = await authenticate(db, email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'throttled') {
				const wait = announceWait(setHeaders, result.retryAfterMs);
				return fail(429, {
					values,
					message: `Too many failed attempts to log in with this email. Try again in ${wait}.`
				});
			}
			if (result.reason === 'deactivated')
				return fail(403, { values, message: DEACTIVATED_MESSAGE });
			return fail(400, { values, message: INVALID_LOGIN_MESSAGE });
		}
		await startSession(db, cookies, result.user.id);
		const returnTo = safeReturnPath(redirectTo, url.origin);
		// Logging in from a shared join link is the learner asking to join: they land in the cohort.
		const joinCode = joinCodeInPath(returnTo);
		if (joinCode) {
			const joined = await joinCohort(db, result.user.id, joinCode);
			if (joined.ok) redirect(303, joinedLanding(joined.cohort));
		}
		redirect(303, returnTo);
	}
};
