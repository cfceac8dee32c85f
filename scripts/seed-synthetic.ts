// Fills a throwaway database with synthetic learners, cohorts, practice history and module results,
// for benchmarks: npm run seed:synthetic -- --learners 1000 --answers 500000 [--db PATH]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { seedIdsFile, seedSynthetic } from '../bench/seed/seed';

const { values } = parseArgs({
	options: {
		learners: { type: 'string', default: '1000' },
		answers: { type: 'string', default: '500000' },
		'heavy-answers': { type: 'string', default: '20000' },
		'cohort-size': { type: 'string', default: '250' },
		months: { type: 'string', default: '6' },
		seed: { type: 'string', default: '20250601' },
		db: { type: 'string', default: './data/synthetic.db' },
		ids: { type: 'string' },
		help: { type: 'boolean', short: 'h' }
	}
});

const usage = `Usage: npm run seed:synthetic -- [--learners 1000] [--answers 500000] [--db ./data/synthetic.db]
       [--heavy-answers 20000] [--cohort-size 250] [--months 6] [--seed N] [--ids FILE]
Deletes and recreates the database. Every synthetic account has the same password (printed).
The ids a benchmark needs are written as JSON to --ids (default: the database path with .ids.json).`;

function whole(name: string, raw: string | undefined, min: number): number {
	const n = Number(raw);
	if (!Number.isInteger(n) || n < min) {
		console.error(`--${name} must be a whole number of at least ${min}.\n\n${usage}`);
		process.exit(2);
	}
	return n;
}

if (values.help) {
	console.log(usage);
	process.exit(0);
}

const learners = whole('learners', values.learners, 1);
const summary = await seedSynthetic({
	database: values.db,
	learners,
	answers: whole('answers', values.answers, 0),
	heavyAnswers: whole('heavy-answers', values['heavy-answers'], 0),
	benchCohortSize: whole('cohort-size', values['cohort-size'], 1),
	months: whole('months', values.months, 1),
	seed: whole('seed', values.seed, 0),
	password: 'synthetic-learner-2025'
});
const idsFile = values.ids ?? seedIdsFile(values.db);
writeFileSync(idsFile, JSON.stringify(summary.ids, null, '\t') + '\n');

const rows = Object.entries(summary.rows).map(
	([table, n]) => `  ${table}: ${n.toLocaleString('en-GB')}`
);
console.log(`Seeded ${values.db} in ${summary.seconds.toFixed(1)} s\n${rows.join('\n')}`);
console.log(`Password of every synthetic account: ${summary.ids.password}`);
console.log(
	`Heavy learner: ${summary.ids.heavyLearner.email} (${summary.ids.heavyLearner.answers} answers)`
);
console.log(
	`Cohort of ${summary.ids.benchCohort.members}: ${summary.ids.benchCohort.id}, owned by ${summary.ids.benchCohort.ownerEmail}`
);
console.log(`Ids written to ${idsFile}`);
