// Times the domain functions behind the heaviest pages on a seeded database, in this process
// with no HTTP server: npx tsx bench/domain-times.ts --db ./data/synthetic.db
// Each page's first call after opening the database is timed apart from the median of repeats.
import { parseArgs } from 'node:util';
import { itemAnalysis } from '../src/lib/server/analytics/items';
import { loadCohortDashboard } from '../src/lib/server/cohorts/dashboard';
import { openDatabase } from '../src/lib/server/db';
import { loadProgress } from '../src/lib/server/progress/queries';
import { readSeedIds, seedIdsFile } from './seed/seed';

const { values } = parseArgs({
	options: {
		db: { type: 'string', default: './data/synthetic.db' },
		ids: { type: 'string' },
		repeats: { type: 'string', default: '9' }
	}
});
const ids = readSeedIds(values.ids ?? seedIdsFile(values.db));
const repeats = Number(values.repeats);

const opened = performance.now();
const db = openDatabase(values.db);
const openMs = performance.now() - opened;
const learner = db.$client
	.prepare('select id, time_zone as timeZone from users where id = ?')
	.get(ids.heavyLearner.id) as { id: string; timeZone: string | null };

let peakRss = process.memoryUsage().rss;
async function time(name: string, run: () => unknown) {
	const first = performance.now();
	await run();
	const firstMs = performance.now() - first;
	const times: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const start = performance.now();
		const used = process.cpuUsage();
		await run();
		times.push(performance.now() - start);
		const { user, system } = process.cpuUsage(used);
		cpu.push((user + system) / 1000);
		peakRss = Math.max(peakRss, process.memoryUsage().rss);
	}
	const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
	// On a machine busy with other work, CPU time says more than the time on the clock.
	console.log(
		`${name.padEnd(44)} first ${firstMs.toFixed(1).padStart(8)} ms   median ${median(times).toFixed(1).padStart(7)} ms   CPU ${median(cpu).toFixed(1).padStart(7)} ms`
	);
}

console.log(`Opened ${values.db} (start-up check and migrations) in ${openMs.toFixed(0)} ms`);
await time('Item analysis, all learners, first attempts', () => itemAnalysis(db, null, 'first'));
await time('Item analysis, all learners, all attempts', () => itemAnalysis(db, null, 'all'));
await time(`Item analysis, cohort of ${ids.benchCohort.members}, first attempts`, () =>
	itemAnalysis(db, ids.benchCohort.id, 'first')
);
await time(`Progress page, ${ids.heavyLearner.answers} answers`, () =>
	loadProgress(db, learner as Parameters<typeof loadProgress>[1])
);
await time(`Cohort dashboard, ${ids.benchCohort.members} learners`, () =>
	loadCohortDashboard(db, ids.benchCohort.id, 'all')
);
console.log(`Peak RSS ${(peakRss / 1e6).toFixed(0)} MB`);
db.$client.close();
