import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { accountForm } from '$lib/server/auth/forms';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { announceWait } from '$lib/server/auth/rate-limit';
import { registerAccount } from '$lib/server/auth/register';
import { startSession } from '$lib/server/auth/start-session';
import { findJoinableCohort, joinCohort, joinedLanding } from '$lib/server/cohorts/cohorts';
import { registrationJoinForm } from '$lib/server/cohorts/forms';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, '/');
	return {
		passwordMinLength: PASSWORD_MIN_LENGTH,
		// A shared join link sends newcomers here with its code, already filled in.
		joinCode: (url.searchParams.get('join') ?? '').slice(0, 40)
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, setHeaders }) => {
		const form = await request.formData();
		const parsed = parseForm(accountForm, form, { secret: ['password'] });
		const join = parseForm(registrationJoinForm, form);
		if (!parsed.ok || !join.ok)
			return fail(400, {
				values: { ...(parsed.ok ? {} : parsed.values), ...(join.ok ? {} : join.values) },
				errors: { ...(parsed.ok ? {} : parsed.errors), ...(join.ok ? {} : join.errors) }
			});
		const { password, ...values } = parsed.data;
		const formValues = { ...values, joinCode: join.data.joinCode };

		const db = getDb();
		// The code is checked before the account exists, so a wrong one loses nothing.
		if (join.data.joinCode) {
			const found = findJoinableCohort(db, join.data.joinCode);
			if (!found.ok) return fail(400, { values: formValues, errors: { joinCode: found.message } });
		}
		const result = await registerAccount(db, { ...values, password }, getClientAddress());
		if (!result.ok) {
			if ('retryAfterMs' in result) {
				const wait = announceWait(setHeaders, result.retryAfterMs);
				return fail(429, {
					values: formValues,
					message: `Too many accounts were created from your network just now. Try again in ${wait}.`
				});
			}
			return fail(400, { values: formValues, errors: result.errors });
		}
		startSession(db, cookies, result.user.id);
		if (join.data.joinCode) {
			const joined = joinCohort(db, result.user.id, join.data.joinCode);
			// Joining closed in the moment since the check: the join page says so, code filled in.
			redirect(303, joined.ok ? joinedLanding(joined.cohort) : `/join/${join.data.joinCode}`);
		}
		redirect(303, '/');
	}
};
