import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { loadCohortDashboard } from '$lib/server/cohorts/dashboard';
import { dueRuleOf } from '$lib/server/cohorts/modules';
import { parseMemberFilter } from '$lib/cohorts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohort = await requireCohortAccess(db, user, event.params.cohortId);
	const filter = parseMemberFilter(event.url.searchParams.get('filter'));
	const dashboard = await loadCohortDashboard(db, cohort.id, filter);
	return {
		cohort: { id: cohort.id, name: cohort.name, description: cohort.description },
		filter,
		modules: dashboard.modules.map((m) => ({
			id: m.id,
			title: m.title,
			due: dueRuleOf(m),
			passMark: m.passMark
		})),
		rows: dashboard.rows.map((r) => ({
			userId: r.member.userId,
			name: r.member.displayName,
			profession: r.member.profession,
			standings: r.standings.map((s) => ({
				status: s.status,
				bestScore: s.bestScore,
				dueAt: s.dueAt
			}))
		})),
		statusCounts: dashboard.statusCounts,
		banks: dashboard.banks,
		heat: dashboard.rows.map((r) => ({
			userId: r.member.userId,
			name: r.member.displayName,
			cells: dashboard.heat.get(r.member.userId) ?? []
		})),
		scoreBins: dashboard.scoreBins,
		completion: dashboard.completion
	};
};
