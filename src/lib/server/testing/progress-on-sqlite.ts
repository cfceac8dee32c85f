// Prints, as JSON, what the progress page shows the learners named on a SQLite database, for a
// test run on PostgreSQL to compare with: there the tables are PostgreSQL's, so SQLite is read
// in a process of its own. Usage: tsx progress-on-sqlite.ts FILE REQUESTS_JSON
import { openDatabase } from '../db';
import { bankComparison, studyCalendar } from '../progress/charts';
import { loadProgress } from '../progress/queries';

export interface ProgressRequest {
	kind: 'progress' | 'calendar' | 'cohort';
	id: string;
	timeZone: string;
	now: string;
	cohortId?: string;
}

const [file, requests] = process.argv.slice(2);
const db = openDatabase(file);
const shown: unknown[] = [];
for (const r of JSON.parse(requests) as ProgressRequest[]) {
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
db.$client.close();
process.stdout.write(JSON.stringify(shown));
