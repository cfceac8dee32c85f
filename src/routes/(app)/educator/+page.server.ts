import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { cohortProblems, createCohort, listManagedCohorts } from '$lib/server/cohorts/cohorts';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'educator');
	return { cohorts: listManagedCohorts(getDb(), user) };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'educator');
		const form = await event.request.formData();
		const input = { name: field(form, 'name'), description: field(form, 'description') };
		const errors = cohortProblems(input);
		if (Object.keys(errors).length) return fail(400, { values: input, errors });
		const cohort = createCohort(getDb(), user.id, input);
		redirect(303, `/educator/cohorts/${cohort.id}/manage`);
	}
};
