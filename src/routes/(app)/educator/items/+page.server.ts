import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { itemAnalysis, type AttemptScope } from '$lib/server/analytics/items';
import { isFlagged } from '$lib/server/analytics/statistics';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { listManagedCohorts } from '$lib/server/cohorts/cohorts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohortId = event.url.searchParams.get('cohort') || null;
	if (cohortId) requireCohortAccess(db, user, cohortId);
	const attempts: AttemptScope = event.url.searchParams.get('attempts') === 'all' ? 'all' : 'first';
	const flaggedOnly = event.url.searchParams.get('flagged') === '1';
	const analysis = await itemAnalysis(db, cohortId, attempts);
	return {
		cohorts: listManagedCohorts(db, user).map((c) => ({ id: c.id, name: c.name })),
		cohortId,
		attempts,
		flaggedOnly,
		computedAt: analysis.computedAt,
		items: flaggedOnly ? analysis.items.filter((row) => isFlagged(row.flags)) : analysis.items,
		modules: analysis.modules
	};
};
