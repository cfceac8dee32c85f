import { fail, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { joinCohort } from '$lib/server/cohorts/cohorts';
import { joinForm } from '$lib/server/cohorts/forms';
import { parseForm, readFormData, submittedValues } from '$lib/server/forms';

/** The join form's action, served both at /join and at a shared /join/CODE link. */
export async function joinAction(event: RequestEvent) {
	const user = requireUser(event);
	const form = await readFormData(event.request);
	const parsed = parseForm(joinForm, form);
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
	const result = await joinCohort(getDb(), user.id, parsed.data.code);
	const values = submittedValues(joinForm, form);
	if (!result.ok) return fail(400, { errors: { code: result.message }, values });
	return {
		values,
		saved: result.already
			? `You are already a member of ${result.cohort.name}.`
			: `You have joined ${result.cohort.name}.`
	};
}
