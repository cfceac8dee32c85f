import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { accountForm } from '$lib/server/auth/forms';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { announceWait } from '$lib/server/auth/rate-limit';
import { registerAccount } from '$lib/server/auth/register';
import { startSession } from '$lib/server/auth/start-session';
import { parseForm, readFormData } from '$lib/server/forms';
import { openCohortByJoinCode } from '$lib/server/settings/registration';
import { getSettings } from '$lib/server/settings/settings';
import type { Actions, PageServerLoad } from './$types';

/** The cohort a registration link (`/register?join=CODE`) or the posted form names, if it takes members. */
function joiningCohort(code: string | null) {
	const cohort = code ? openCohortByJoinCode(getDb(), code) : null;
	return cohort ? { code: cohort.joinCode, name: cohort.name } : null;
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, '/');
	const settings = getSettings(getDb());
	return {
		passwordMinLength: PASSWORD_MIN_LENGTH,
		openRegistration: settings.openRegistration,
		allowedEmailDomains: settings.allowedEmailDomains,
		joining: joiningCohort(url.searchParams.get('join'))
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, setHeaders }) => {
		const form = await readFormData(request);
		const joinField = form.get('join');
		const joining = joiningCohort(typeof joinField === 'string' ? joinField : null);
		const parsed = parseForm(accountForm, form, { secret: ['password'] });
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { password, ...values } = parsed.data;

		const db = getDb();
		const result = await registerAccount(
			db,
			{ ...values, password },
			getClientAddress(),
			Date.now(),
			joining?.code ?? null
		);
		if (!result.ok) {
			if ('retryAfterMs' in result) {
				const wait = announceWait(setHeaders, result.retryAfterMs);
				return fail(429, {
					values,
					message: `Too many accounts were created from your network just now. Try again in ${wait}.`
				});
			}
			if ('refused' in result) return fail(403, { values, message: result.refused });
			return fail(400, { values, errors: result.errors });
		}
		startSession(db, cookies, result.user.id);
		redirect(303, joining ? '/modules' : '/');
	}
};
