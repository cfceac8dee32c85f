import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { accountForm } from '$lib/server/auth/forms';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { announceWait } from '$lib/server/auth/rate-limit';
import { registerAccount } from '$lib/server/auth/register';
import { startSession } from '$lib/server/auth/start-session';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/');
	return { passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, setHeaders }) => {
		const parsed = parseForm(accountForm, await request.formData(), { secret: ['password'] });
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { password, ...values } = parsed.data;

		const db = getDb();
		const result = await registerAccount(db, { ...values, password }, getClientAddress());
		if (!result.ok) {
			if ('retryAfterMs' in result) {
				const wait = announceWait(setHeaders, result.retryAfterMs);
				return fail(429, {
					values,
					message: `Too many accounts were created from your network just now. Try again in ${wait}.`
				});
			}
			return fail(400, { values, errors: result.errors });
		}
		startSession(db, cookies, result.user.id);
		redirect(303, '/');
	}
};
