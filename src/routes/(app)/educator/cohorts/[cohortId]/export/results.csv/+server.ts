import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { listModuleResults } from '$lib/server/cohorts/dashboard';
import { csvResponse, dateColumn, toCsv } from '$lib/server/export/csv';
import { readSettings } from '$lib/server/settings/settings';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohort = await requireCohortAccess(db, user, event.params.cohortId);
	const rows = (await listModuleResults(db, cohort.id)).map((r) => [
		r.learner,
		r.email,
		r.module,
		r.scorePercent,
		r.passed ? 'pass' : 'fail',
		r.completedAt
	]);
	return csvResponse(
		`${cohort.name}-results.csv`,
		toCsv(
			['Name', 'Email', 'Module', 'Score %', 'Outcome', dateColumn('Completed at')],
			rows,
			(await readSettings(db)).timeZone
		)
	);
};
