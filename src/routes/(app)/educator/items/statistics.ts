import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { itemAnalysis, type AttemptScope } from '$lib/server/analytics/items';
import { parseItemTableQuery, selectItemRows } from '$lib/server/analytics/item-table';
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
	const cohort = cohortId ? await requireCohortAccess(db, user, cohortId) : null;
	const attempts: AttemptScope = event.url.searchParams.get('attempts') === 'all' ? 'all' : 'first';
	const analysis = await itemAnalysis(db, cohortId, attempts);
	const banks = [...new Map(analysis.items.map((row) => [row.bankId, row.bankTitle]))].map(
		([id, title]) => ({ id, title })
	);
	const query = parseItemTableQuery(
		event.url.searchParams,
		banks.map((b) => b.id)
	);
	const cohorts = (await listManagedCohorts(db, user)).map((c) => ({
		id: c.id,
		name: c.name
	}));
	const managed = new Set(cohorts.map((c) => c.id));
	return {
		cohorts,
		cohort: cohort && { id: cohort.id, name: cohort.name },
		banks,
		query: { cohortId: cohort?.id ?? null, attempts, ...query },
		computedAt: analysis.computedAt,
		items: selectItemRows(analysis.items, query),
		modules: analysis.modules.filter((m) => managed.has(m.cohortId))
	};
}

/** A file name that says which learners and answers an export holds. */
export function exportName(
	table: string,
	statistics: Awaited<ReturnType<typeof loadItemStatistics>>
): string {
	const learners = statistics.cohort?.name ?? 'all learners';
	const { bankId, attempts, flag } = statistics.query;
	const bank = bankId ? `-${bankId}` : '';
	const flagged = flag === 'any' ? '-flagged' : flag ? `-${flag}` : '';
	return `${table}-${learners}${bank}-${attempts}-attempts${flagged}.csv`;
}
