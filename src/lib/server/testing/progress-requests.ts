import type { DB } from '$lib/server/db';
import { bankComparison, studyCalendar } from '$lib/server/progress/charts';
import { loadProgress } from '$lib/server/progress/queries';

/** A figure of the progress pages to show: the whole page, a study calendar or a cohort comparison. */
export interface ProgressRequest {
	kind: 'progress' | 'calendar' | 'cohort';
	id: string;
	timeZone: string;
	now: string;
	cohortId?: string;
}

/** What each request shows, as JSON would carry it (dates as strings). */
export async function showProgress(db: DB, requests: ProgressRequest[]): Promise<unknown[]> {
	const shown: unknown[] = [];
	for (const r of requests) {
		const learner = { id: r.id, timeZone: r.timeZone };
		const now = new Date(r.now);
		shown.push(
			r.kind === 'progress'
				? await loadProgress(db, learner, now)
				: r.kind === 'calendar'
					? await studyCalendar(db, learner, now)
					: await bankComparison(db, r.id, { cohortId: r.cohortId! }, 1)
		);
	}
	return JSON.parse(JSON.stringify(shown));
}
