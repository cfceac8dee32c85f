import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { requireCohortLearnerSession } from '$lib/server/cohorts/access';
import { moduleOutcome } from '$lib/server/cohorts/module-results';
import { readResults } from '$lib/server/quiz/view';
import type { PageServerLoad } from './$types';

/**
 * A learner's finished session as those running their cohort see it: the score, and each
 * question with the answer given, except questions held back by a test the learner has open.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const { cohort, learner, session } = await requireCohortLearnerSession(
		db,
		user,
		event.params.cohortId,
		event.params.userId,
		event.params.sessionId
	);
	return {
		cohort: { id: cohort.id, name: cohort.name },
		learner: { id: learner.id, name: learner.displayName },
		session: {
			id: session.id,
			mode: session.mode,
			itemCount: session.itemCount,
			startedAt: session.startedAt
		},
		// The session is finished (requireCohortLearnerSession), so there are always results.
		results: (await readResults(db, session))!,
		module: session.moduleId ? await moduleOutcome(db, session.id) : null
	};
};
