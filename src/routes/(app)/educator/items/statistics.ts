import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { itemAnalysis, type AttemptScope } from '$lib/server/analytics/items';
import { isFlagged } from '$lib/server/analytics/statistics';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { listManagedCohorts } from '$lib/server/cohorts/cohorts';

/**
 * The item statistics the page and its exports show, for the learners and answers the address
 * asks for. Modules are those of cohorts the educator runs: other cohorts' stay private.
 */
export async function loadItemStatistics(event: RequestEvent) {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohortId = event.url.searchParams.get('cohort') || null;
	const cohort = cohortId ? requireCohortAccess(db, user, cohortId) : null;
	const attempts: AttemptScope = event.url.searchParams.get('attempts') === 'all' ? 'all' : 'first';
	const flaggedOnly = event.url.searchParams.get('flagged') === '1';
	const analysis = await itemAnalysis(db, cohortId, attempts);
	const cohorts = listManagedCohorts(db, user).map((c) => ({ id: c.id, name: c.name }));
	const managed = new Set(cohorts.map((c) => c.id));
	return {
		cohorts,
		cohort: cohort && { id: cohort.id, name: cohort.name },
		attempts,
		flaggedOnly,
		computedAt: analysis.computedAt,
		items: flaggedOnly ? analysis.items.filter((row) => isFlagged(row.flags)) : analysis.items,
		modules: analysis.modules.filter((m) => managed.has(m.cohortId))
	};
}

/** A file name that says which learners and answers an export holds. */
export function exportName(
	table: string,
	statistics: Awaited<ReturnType<typeof loadItemStatistics>>
): string {
	const learners = statistics.cohort?.name ?? 'all learners';
	const flagged = statistics.flaggedOnly ? '-flagged' : '';
	return `${table}-${learners}-${statistics.attempts}-attempts${flagged}.csv`;
}
