import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getUserById } from '$lib/server/auth/user';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { isMember } from '$lib/server/cohorts/cohorts';
import {
	attemptFacts,
	factsFor,
	listCohortModules,
	moduleStanding
} from '$lib/server/cohorts/modules';
import { loadProgress } from '$lib/server/progress/queries';
import { cohortComparison } from '$lib/server/charts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohort = requireCohortAccess(db, user, event.params.cohortId);
	const learner = getUserById(db, event.params.userId);
	if (!learner || !isMember(db, cohort.id, learner.id))
		error(404, 'This learner is not in the cohort.');
	const modules = listCohortModules(db, cohort.id);
	const facts = attemptFacts(
		db,
		modules.map((m) => m.id),
		[learner.id]
	);
	const progress = loadProgress(db, learner);
	return {
		cohort: { id: cohort.id, name: cohort.name },
		learner: { name: learner.displayName, email: learner.email, profession: learner.profession },
		modules: modules.map((m) => ({
			id: m.id,
			title: m.title,
			passMark: m.passMark,
			...moduleStanding(m, factsFor(facts, m.id, learner.id), new Date())
		})),
		banks: progress.banks,
		cohortComparison: cohortComparison(db, learner.id, cohort.id),
		headline: {
			answered: progress.answered,
			correct: progress.correct,
			streakDays: progress.streakDays
		},
		history: progress.history
	};
};
