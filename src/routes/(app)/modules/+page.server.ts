import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listAssignedModules } from '$lib/server/cohorts/modules';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return {
		modules: listAssignedModules(getDb(), user.id).map((a) => ({
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
