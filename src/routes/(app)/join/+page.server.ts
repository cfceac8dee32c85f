import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { joinCohort, learnerCohorts } from '$lib/server/cohorts/cohorts';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { code: '', cohorts: learnerCohorts(getDb(), user.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const code = field(form, 'code');
		if (!code.trim())
			return fail(400, { code, message: 'Enter the join code your educator gave you.' });
		const result = joinCohort(getDb(), user.id, code);
		if (!result.ok) return fail(400, { code, message: result.message });
		return {
			joined: result.already
				? `You are already a member of ${result.cohort.name}.`
				: `You have joined ${result.cohort.name}.`
		};
	}
};
