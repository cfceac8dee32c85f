import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import {
	addCoEducator,
	listCoEducators,
	listMembers,
	removeCoEducator,
	removeMember,
	setJoiningOpen
} from '$lib/server/cohorts/cohorts';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohort = requireCohortAccess(db, user, event.params.cohortId);
	return {
		cohort: {
			id: cohort.id,
			name: cohort.name,
			joinCode: cohort.joinCode,
			joiningOpen: cohort.joiningOpen
		},
		joinLink: `${event.url.origin}/join/${cohort.joinCode}`,
		isOwner: cohort.ownerId === user.id || user.role === 'admin',
		members: listMembers(db, cohort.id),
		coEducators: listCoEducators(db, cohort.id)
	};
};

function cohortFor(event: RequestEvent) {
	const user = requireRole(event, 'educator');
	const db = getDb();
	return { db, user, cohort: requireCohortAccess(db, user, event.params.cohortId) };
}

export const actions: Actions = {
	joining: async (event) => {
		const { db, cohort } = cohortFor(event);
		const form = await event.request.formData();
		setJoiningOpen(db, cohort.id, field(form, 'open') === 'true');
		return { saved: 'Joining settings saved.' };
	},
	removeMember: async (event) => {
		const { db, cohort } = cohortFor(event);
		const form = await event.request.formData();
		removeMember(db, cohort.id, field(form, 'userId'));
		return { saved: 'Member removed.' };
	},
	addEducator: async (event) => {
		const { db, user, cohort } = cohortFor(event);
		if (cohort.ownerId !== user.id && user.role !== 'admin')
			return fail(403, { educatorError: 'Only the owner can share the cohort.', email: '' });
		const form = await event.request.formData();
		const result = addCoEducator(db, cohort, field(form, 'email'));
		if (!result.ok)
			return fail(400, { educatorError: result.message, email: field(form, 'email') });
		return { saved: 'Co-educator added.' };
	},
	removeEducator: async (event) => {
		const { db, user, cohort } = cohortFor(event);
		if (cohort.ownerId !== user.id && user.role !== 'admin')
			return fail(403, {
				educatorError: 'Only the owner can change who shares the cohort.',
				email: ''
			});
		const form = await event.request.formData();
		removeCoEducator(db, cohort.id, field(form, 'userId'));
		return { saved: 'Co-educator removed.' };
	}
};
