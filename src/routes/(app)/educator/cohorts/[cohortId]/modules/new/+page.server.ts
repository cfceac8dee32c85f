import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listBanks } from '$lib/server/bank/queries';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { moduleForm } from '$lib/server/cohorts/forms';
import { createModule } from '$lib/server/cohorts/modules';
import { parseForm, readFormData } from '$lib/server/forms';
import { DEFAULT_SECONDS_PER_ITEM } from '$lib/quiz';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohort = requireCohortAccess(db, user, event.params.cohortId);
	return {
		cohort: { id: cohort.id, name: cohort.name },
		banks: listBanks(db),
		defaultSeconds: DEFAULT_SECONDS_PER_ITEM
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const cohort = requireCohortAccess(db, user, event.params.cohortId);
		const schema = moduleForm(listBanks(db).map((b) => b.id));
		const parsed = parseForm(schema, await readFormData(event.request));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		createModule(db, cohort.id, user.id, parsed.data);
		redirect(303, `/educator/cohorts/${cohort.id}`);
	}
};
