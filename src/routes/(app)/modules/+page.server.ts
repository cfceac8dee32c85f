import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { learnerCohorts } from '$lib/server/cohorts/cohorts';
import { listAssignedModules } from '$lib/server/cohorts/assigned';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const cohorts = await learnerCohorts(db, user.id);
	const joinedId = event.url.searchParams.get('joined');
	return {
		// Named only when the learner is a member, so the link says nothing of other cohorts.
		joined: cohorts.find((c) => c.id === joinedId)?.name ?? null,
		modules: (await listAssignedModules(db, user.id)).map((a) => ({
			id: a.module.id,
			title: a.module.title,
			cohortName: a.cohortName,
			itemCount: a.module.itemCount,
			passMark: a.module.passMark,
			...a.standing,
			certificateCode: a.certificateCode
		}))
	};
};
