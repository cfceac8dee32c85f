import { getDb } from '$lib/server/db';
import { listBanks } from '$lib/server/bank/queries';
import { listUnfinishedSessions } from '$lib/server/quiz/session';
import { countDueReviews } from '$lib/server/review/cards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const user = locals.user;
	if (!user) return { banks: [], dueNow: 0, unfinished: 0 };
	const db = getDb();
	return {
		banks: listBanks(db),
		dueNow: countDueReviews(db, user.id, new Date()),
		unfinished: listUnfinishedSessions(db, user.id).length
	};
};
