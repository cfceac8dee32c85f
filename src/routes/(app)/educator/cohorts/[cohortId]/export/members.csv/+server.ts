import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { loadCohortDashboard } from '$lib/server/cohorts/dashboard';
import { csvResponse, toCsv } from '$lib/server/export/csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohort = await requireCohortAccess(db, user, event.params.cohortId);
	const { modules, rows } = await loadCohortDashboard(db, cohort.id, 'all');
	const header = [
		'Name',
		'Email',
		'Profession',
		'Joined',
		...modules.flatMap((m) => [`${m.title}: status`, `${m.title}: best score %`, `${m.title}: due`])
	];
	const body = rows.map((r) => [
		r.member.displayName,
		r.member.email,
		r.member.profession,
		r.member.joinedAt,
		...r.standings.flatMap((s) => [s.status, s.bestScore, s.dueAt])
	]);
	return csvResponse(`${cohort.name}-members.csv`, toCsv(header, body));
};
