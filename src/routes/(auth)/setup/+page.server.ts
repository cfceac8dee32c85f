import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { setupForm } from '$lib/server/auth/forms';
import { announceWait } from '$lib/server/auth/rate-limit';
import { createFirstAdmin, setupNeeded, setupTokenMatches } from '$lib/server/auth/setup';
import { startSession } from '$lib/server/auth/start-session';
import { parseForm, type FormOutcome } from '$lib/server/forms';
import { DEFAULT_SETTINGS } from '$lib/server/settings/settings';
import type { Actions, PageServerLoad } from './$types';

const REFUSED =
	'This setup link is not valid, or setup is already done. Use the link the server printed when it started.';

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token');
	if (!setupTokenMatches(token) || !(await setupNeeded(getDb()))) error(404, REFUSED);
	return {
		token,
		timeZones: Intl.supportedValuesOf('timeZone'),
		defaultTimeZone: DEFAULT_SETTINGS.timeZone
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, setHeaders }) => {
		const parsed = parseForm(setupForm, await request.formData(), {
			secret: ['password', 'token']
		});
		if (!parsed.ok) return fail<FormOutcome>(400, { values: parsed.values, errors: parsed.errors });
		const { token, password, organisationName, timeZone, ...values } = parsed.data;

		const db = getDb();
		const result = await createFirstAdmin(
			db,
			token,
			{ ...values, password },
			getClientAddress(),
			Date.now(),
			{ organisationName, timeZone }
		);
		if (!result.ok) {
			// An error page, not the form: the page itself is only shown for a valid token.
			if ('retryAfterMs' in result)
				error(
					429,
					`Too many attempts. Try again in ${announceWait(setHeaders, result.retryAfterMs)}.`
				);
			if ('form' in result.errors) error(404, REFUSED);
			return fail<FormOutcome>(400, {
				values: { ...values, organisationName, timeZone },
				errors: result.errors
			});
		}
		await startSession(db, cookies, result.user.id);
		redirect(303, '/admin');
	}
};
