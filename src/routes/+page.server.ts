import { getDb } from '$lib/server/db';
import { listBanks } from '$lib/server/bank/queries';
import { listUnfinishedSessions } from '$lib/server/quiz/session';
import { countDueReviews } from '$lib/server/review/cards';
import { learnerCohorts } from '$lib/server/cohorts/cohorts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const user = locals.user;
	if (!user) return { banks: [], dueNow: 0, unfinished: 0, joinPrompt: false };
	const db = getDb();
	return {
		banks: listBanks(db),
		// A learner in no cohort yet is shown where to enter the code their educator gives out.
		joinPrompt: user.role === 'learner' && learnerCohorts(db, user.id).length === 0,
		dueNow: countDueReviews(db, user.id, new Date()),
		unfinished: listUnfinishedSessions(db, user.id).length
	};
};
