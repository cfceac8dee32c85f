import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { learnerCohorts } from '$lib/server/cohorts/cohorts';
import { joinAction } from '../join-action';
import type { Actions, PageServerLoad } from './$types';

/** A shared join link: the form, filled in; joining still takes a deliberate click. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { code: event.params.code, cohorts: await learnerCohorts(getDb(), user.id) };
};

export const actions: Actions = { default: joinAction };
