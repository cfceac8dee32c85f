import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listBanks } from '$lib/server/bank/queries';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { createModule, moduleProblems, type ModuleInput } from '$lib/server/cohorts/modules';
import { field } from '$lib/server/forms';
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

function optionalNumber(value: string): number | null {
	return value.trim() === '' ? null : Number(value);
}

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const cohort = requireCohortAccess(db, user, event.params.cohortId);
		const form = await event.request.formData();
		const due = field(form, 'dueAt');
		const input: ModuleInput = {
			title: field(form, 'title'),
			bankIds: form.getAll('bank').filter((v): v is string => typeof v === 'string'),
			itemCount: Number(field(form, 'itemCount')),
			secondsPerItem: Number(field(form, 'secondsPerItem')),
			passMark: Number(field(form, 'passMark')),
			// A due date means the end of that day.
			dueAt: due ? new Date(`${due}T23:59:59`) : null,
			attemptsAllowed: optionalNumber(field(form, 'attemptsAllowed')),
			renewalDays: optionalNumber(field(form, 'renewalDays'))
		};
		const errors = moduleProblems(
			input,
			listBanks(db).map((b) => b.id)
		);
		const values = {
			...Object.fromEntries([...form].filter(([k]) => k !== 'bank')),
			bank: input.bankIds
		};
		if (Object.keys(errors).length) return fail(400, { errors, values });
		createModule(db, cohort.id, user.id, input);
		redirect(303, `/educator/cohorts/${cohort.id}`);
	}
};
