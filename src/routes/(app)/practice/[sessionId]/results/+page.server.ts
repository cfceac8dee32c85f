import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { requireOwnSession } from '$lib/server/quiz/access';
import { loadResults } from '$lib/server/quiz/view';
import { moduleOutcome } from '$lib/server/cohorts/modules';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = requireOwnSession(db, user.id, event.params.sessionId);
	const results = loadResults(db, session);
	if (!results) redirect(303, `/practice/${session.id}`);
	return {
		session: {
			id: session.id,
			mode: session.mode,
			itemCount: session.itemCount,
			startedAt: session.startedAt
		},
		results,
		module: session.moduleId ? moduleOutcome(db, session.id) : null
	};
};
