import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { accountForm } from '$lib/server/auth/forms';
import { announceWait } from '$lib/server/auth/rate-limit';
import { registerAccount } from '$lib/server/auth/register';
import { startSession } from '$lib/server/auth/start-session';
import { findJoinableCohort, joinedLanding } from '$lib/server/cohorts/cohorts';
import { registrationJoinForm } from '$lib/server/cohorts/forms';
import { parseForm, readFormData, type FormOutcome } from '$lib/server/forms';
import { readSettings } from '$lib/server/settings/settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, '/');
	const db = getDb();
	const settings = await readSettings(db);
	// A shared join link sends newcomers here with its code, already filled in.
	const joinCode = (url.searchParams.get('join') ?? '').slice(0, 40);
	const found = joinCode ? await findJoinableCohort(db, joinCode) : null;
	return {
		openRegistration: settings.openRegistration,
		allowedEmailDomains: settings.allowedEmailDomains,
		joinCode,
		joining: found?.ok ? { name: found.cohort.name } : null
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, setHeaders }) => {
		const form = await readFormData(request);
		const parsed = parseForm(accountForm, form, { secret: ['password'] });
		const join = parseForm(registrationJoinForm, form);
		if (!parsed.ok || !join.ok)
			return fail<FormOutcome>(400, {
				values: { ...(parsed.ok ? {} : parsed.values), ...(join.ok ? {} : join.values) },
				errors: { ...(parsed.ok ? {} : parsed.errors), ...(join.ok ? {} : join.errors) }
			});
		const { password, ...values } = parsed.data;
		const { joinCode } = join.data;
		const formValues = { ...values, joinCode };

		const db = getDb();
		const result = await registerAccount(
			db,
			{ ...values, password },
			getClientAddress(),
			Date.now(),
			joinCode || null
		);
		if (!result.ok) {
			if ('retryAfterMs' in result) {
				const wait = announceWait(setHeaders, result.retryAfterMs);
				return fail<FormOutcome>(429, {
					values: formValues,
					message: `Too many accounts were created from your network just now. Try again in ${wait}.`
				});
			}
			if ('refused' in result)
				return fail<FormOutcome>(403, { values: formValues, message: result.refused });
			return fail<FormOutcome>(400, { values: formValues, errors: result.errors });
		}
		await startSession(db, cookies, result.user.id);
		redirect(303, result.joined ? joinedLanding(result.joined) : '/');
	}
};
