import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { getAssignedModule, listAssignedModules } from '$lib/server/cohorts/assigned';
import { beginModuleAttempt } from '$lib/server/cohorts/attempts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const assigned = (await listAssignedModules(getDb(), user.id)).find(
		(a) => a.module.id === event.params.moduleId
	);
	if (!assigned) error(404, 'This module is not assigned to you.');
	const { module, standing } = assigned;
	return {
		module: {
			id: module.id,
			title: module.title,
			itemCount: module.itemCount,
			secondsPerItem: module.secondsPerItem,
			passMark: module.passMark,
			attemptsAllowed: module.attemptsAllowed,
			renewalDays: module.renewalDays
		},
		cohortName: assigned.cohortName,
		standing,
		activeSessionId: assigned.activeSessionId,
		certificateCode: assigned.certificateCode
	};
};

export const actions: Actions = {
	start: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const module = await getAssignedModule(db, user.id, event.params.moduleId);
		if (!module) error(404, 'This module is not assigned to you.');
		const result = await beginModuleAttempt(db, user.id, module);
		if (!result.ok) return fail(400, { message: result.message });
		redirect(303, `/practice/${result.sessionId}/1`);
	}
};
