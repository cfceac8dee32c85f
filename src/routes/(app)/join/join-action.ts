import { fail, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { joinCohort } from '$lib/server/cohorts/cohorts';
import { field } from '$lib/server/forms';

/** The join form's action, served both at /join and at a shared /join/CODE link. */
export async function joinAction(event: RequestEvent) {
	const user = requireUser(event);
	const form = await event.request.formData();
	const code = field(form, 'code');
	if (!code.trim())
		return fail(400, { code, message: 'Enter the join code your educator gave you.' });
	const result = joinCohort(getDb(), user.id, code);
	if (!result.ok) return fail(400, { code, message: result.message });
	return {
		code,
		joined: result.already
			? `You are already a member of ${result.cohort.name}.`
			: `You have joined ${result.cohort.name}.`
	};
}
