import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { canShareCohort, requireCohortAccess } from '$lib/server/cohorts/access';
import {
	listCoEducators,
	listMembers,
	removeCoEducator,
	removeMember,
	setJoiningOpen
} from '$lib/server/cohorts/cohorts';
import { cohortPersonForm, invitationForm, joiningForm } from '$lib/server/cohorts/forms';
import {
	inviteCoEducator,
	listCohortInvitations,
	withdrawInvitation
} from '$lib/server/cohorts/invitations';
import { outcomeFor, parseForm, readFormData, submittedValues } from '$lib/server/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohort = await requireCohortAccess(db, user, event.params.cohortId);
	const isOwner = canShareCohort(user, cohort);
	return {
		cohort: {
			id: cohort.id,
			name: cohort.name,
			joinCode: cohort.joinCode,
			joiningOpen: cohort.joiningOpen
		},
		joinLink: `${event.url.origin}/join/${cohort.joinCode}`,
		isOwner,
		members: await listMembers(db, cohort.id),
		coEducators: await listCoEducators(db, cohort.id),
		invitations: isOwner ? await listCohortInvitations(db, cohort.id) : []
	};
};

async function cohortFor(event: RequestEvent) {
	const user = requireRole(event, 'educator');
	const db = getDb();
	return { db, user, cohort: await requireCohortAccess(db, user, event.params.cohortId) };
}

async function ownerOnly(event: RequestEvent) {
	const found = await cohortFor(event);
	return { ...found, isOwner: canShareCohort(found.user, found.cohort) };
}

const NOT_OWNER = 'Only the owner can change who shares the cohort.';

export const actions: Actions = {
	joining: async (event) => {
		const { db, cohort } = await cohortFor(event);
		const parsed = parseForm(joiningForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, outcomeFor('joining', { message: parsed.errors.open }));
		await setJoiningOpen(db, cohort.id, parsed.data.open);
		return outcomeFor('joining', { saved: 'Joining settings saved.' });
	},
	removeMember: async (event) => {
		const { db, cohort } = await cohortFor(event);
		const parsed = parseForm(cohortPersonForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, outcomeFor('removeMember', { message: parsed.errors.userId }));
		await removeMember(db, cohort.id, parsed.data.userId);
		return outcomeFor('removeMember', { saved: 'Member removed.' });
	},
	invite: async (event) => {
		const { db, user, cohort, isOwner } = await ownerOnly(event);
		if (!isOwner) return fail(403, outcomeFor('invite', { message: NOT_OWNER }));
		const form = await readFormData(event.request);
		const parsed = parseForm(invitationForm, form);
		if (!parsed.ok)
			return fail(400, outcomeFor('invite', { errors: parsed.errors, values: parsed.values }));
		const result = await inviteCoEducator(db, cohort, user.id, parsed.data.email);
		if (!result.ok)
			return fail(
				400,
				outcomeFor('invite', {
					errors: { email: result.message },
					values: submittedValues(invitationForm, form)
				})
			);
		return outcomeFor('invite', {
			saved: `Invitation saved for ${parsed.data.email}. If this address belongs to an educator, they will find it on their Teaching page and join once they accept.`
		});
	},
	withdraw: async (event) => {
		const { db, cohort, isOwner } = await ownerOnly(event);
		if (!isOwner) return fail(403, outcomeFor('withdraw', { message: NOT_OWNER }));
		const parsed = parseForm(invitationForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, outcomeFor('withdraw', { message: parsed.errors.email }));
		await withdrawInvitation(db, cohort.id, parsed.data.email);
		return outcomeFor('withdraw', { saved: 'Invitation withdrawn.' });
	},
	removeEducator: async (event) => {
		const { db, cohort, isOwner } = await ownerOnly(event);
		if (!isOwner) return fail(403, outcomeFor('removeEducator', { message: NOT_OWNER }));
		const parsed = parseForm(cohortPersonForm, await readFormData(event.request));
		if (!parsed.ok)
			return fail(400, outcomeFor('removeEducator', { message: parsed.errors.userId }));
		await removeCoEducator(db, cohort.id, parsed.data.userId);
		return outcomeFor('removeEducator', { saved: 'Co-educator removed.' });
	}
};
