import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getUserById } from '$lib/server/auth/user';
import { requireCohortLearner } from '$lib/server/cohorts/access';
import { LEARNER_SESSIONS_SHOWN, listLearnerSessions } from '$lib/server/cohorts/learner-sessions';
import { dueRuleOf, listCohortModules } from '$lib/server/cohorts/modules';
import { attemptFacts, factsFor, moduleStanding } from '$lib/server/cohorts/standing';
import { loadProgress } from '$lib/server/progress/queries';
import { cohortComparison } from '$lib/server/charts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const { cohort, learner } = await requireCohortLearner(
		db,
		user,
		event.params.cohortId,
		event.params.userId
	);
	const modules = await listCohortModules(db, cohort.id);
	const facts = await attemptFacts(
		db,
		modules.map((m) => m.id),
		[learner.id]
	);
	const progress = await loadProgress(db, (await getUserById(db, learner.id))!);
	const now = new Date();
	return {
		cohort: { id: cohort.id, name: cohort.name },
		learner: {
			id: learner.id,
			name: learner.displayName,
			email: learner.email,
			profession: learner.profession,
			joinedAt: learner.joinedAt
		},
		modules: modules.map((m) => ({
			id: m.id,
			title: m.title,
			passMark: m.passMark,
			due: dueRuleOf(m),
			...moduleStanding(m, factsFor(facts, m.id, learner.id), now, learner.joinedAt)
		})),
		banks: progress.banks,
		cohortComparison: await cohortComparison(db, learner.id, cohort.id),
		headline: {
			answered: progress.answered,
			correct: progress.correct,
			streakDays: progress.streakDays
		},
		sessions: await listLearnerSessions(db, learner.id),
		sessionsShown: LEARNER_SESSIONS_SHOWN
	};
};
