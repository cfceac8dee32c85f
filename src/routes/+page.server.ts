import { getDb } from '$lib/server/db';
import { perform } from '$lib/server/db/steps';
import { listBanks } from '$lib/server/bank/queries';
import { unfinishedSessions } from '$lib/server/quiz/session';
import { countDueReviewsStep } from '$lib/server/review/cards';
import { learnerCohorts } from '$lib/server/cohorts/cohorts';
import { dismissNotification, unreadNotifications } from '$lib/server/notifications/notifications';
import { requireUser } from '$lib/server/auth/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	if (!user) return { banks: [], dueNow: 0, unfinished: 0, joinPrompt: false, notifications: [] };
	const db = getDb();
	return {
		notifications: await unreadNotifications(db, user.id),
		banks: await listBanks(db),
		// A learner in no cohort yet is shown where to enter the code their educator gives out.
		joinPrompt: user.role === 'learner' && (await learnerCohorts(db, user.id)).length === 0,
		dueNow: await perform(db, countDueReviewsStep(db, user.id, new Date())),
		unfinished: (await unfinishedSessions(db, user.id)).length
	};
};

export const actions: Actions = {
	dismiss: async (event) => {
		const user = requireUser(event);
		const id = Number((await event.request.formData()).get('id'));
		if (Number.isSafeInteger(id)) await dismissNotification(getDb(), user.id, id);
		return { dismissed: true };
	}
};
