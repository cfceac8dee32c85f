import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { createCohort, listManagedCohorts } from '$lib/server/cohorts/cohorts';
import { cohortForm, invitationAnswerForm } from '$lib/server/cohorts/forms';
import {
	acceptInvitation,
	declineInvitation,
	invitationsFor
} from '$lib/server/cohorts/invitations';
import { outcomeFor, parseForm, readFormData } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	return {
		cohorts: await listManagedCohorts(db, user),
		invitations: await invitationsFor(db, user)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'educator');
		const parsed = parseForm(cohortForm, await readFormData(event.request));
		if (!parsed.ok)
			return fail(400, outcomeFor('create', { errors: parsed.errors, values: parsed.values }));
		const cohort = await createCohort(getDb(), user.id, parsed.data);
		redirect(303, `/educator/cohorts/${cohort.id}/manage`);
	},
	accept: async (event) => {
		const user = requireRole(event, 'educator');
		const parsed = parseForm(invitationAnswerForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, outcomeFor('invitation', { message: parsed.errors.cohortId }));
		const result = await acceptInvitation(getDb(), user, parsed.data.cohortId);
		if (!result.ok) return fail(400, outcomeFor('invitation', { message: result.message }));
		return outcomeFor('invitation', { saved: `You now co-run ${result.cohort.name}.` });
	},
	decline: async (event) => {
		const user = requireRole(event, 'educator');
		const parsed = parseForm(invitationAnswerForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, outcomeFor('invitation', { message: parsed.errors.cohortId }));
		const result = await declineInvitation(getDb(), user, parsed.data.cohortId);
		if (!result.ok) return fail(400, outcomeFor('invitation', { message: result.message }));
		return outcomeFor('invitation', { saved: 'Invitation declined.' });
	}
};
