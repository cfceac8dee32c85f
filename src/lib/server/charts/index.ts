import type { DB } from '$lib/server/db';
import { bankComparison } from '$lib/server/progress/charts';
import type { Progress } from '$lib/server/progress/queries';
import { accuracyChart, bankComparisonChart, dueForecastChart, studyCalendarChart } from './render';

/** The progress page's charts as SVG markup; accuracy is null before any answer. */
export function progressCharts(progress: Progress) {
	return {
		forecast: dueForecastChart(progress.forecast),
		calendar: studyCalendarChart(progress.calendar),
		comparison: bankComparisonChart(progress.comparison, 'peers'),
		accuracy: progress.weeks.length ? accuracyChart(progress.weeks) : null
	};
}

/** One learner's share right per bank beside the median of the rest of their cohort, drawn. */
export async function cohortComparison(db: DB, userId: string, cohortId: string) {
	const rows = await bankComparison(db, userId, { cohortId }, 1);
	return { rows, svg: bankComparisonChart(rows, 'the rest of the cohort') };
}
