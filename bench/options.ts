import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isPostgresUrl } from '../src/lib/server/db/backend';
import { seedIdsFile } from './seed/seed';

export interface BenchOptions {
	/** Seconds each throughput scenario runs, after its warm-up. */
	duration: number;
	warmup: number;
	/** Connections for the answer, save and render scenarios (and the references). */
	connections: number;
	learners: number;
	answers: number;
	build: boolean;
	/** Scenario ids to run (all when empty), e.g. `1,2,ref-insert`. */
	only: string[];
	/** Write CPU profiles of the servers to bench/results/profiles. */
	profile: boolean;
	/** Measured runs of each timed scenario; the median is reported, with the range. */
	runs: number;
	/** A PostgreSQL server to run the app on instead of SQLite (`postgres://…`). */
	db: string | null;
	/** A database `seed:synthetic` made, copied rather than generating one. */
	fromDb: string | null;
}

const usage = `Usage: npm run bench -- [--duration 10] [--warmup 2] [--connections 32] [--runs 3]
       [--learners 1000] [--answers 500000] [--no-build] [--only 1,3,ref-page] [--profile]
       [--db postgres://USER@HOST/DATABASE] [--from-db FILE]
Builds the app and a bare reference app, generates a database, starts both servers on loopback
ports and measures each scenario, each timed scenario --runs times (the median is reported, with
the range). Results: stdout and bench/results/latest.json.
--db runs the app on PostgreSQL: the generated database is copied (db:copy) into a database
named liver_quiz_bench on that server, dropped and made afresh each run.
--from-db copies a database that npm run seed:synthetic made (its ids beside it, as the seeder
writes them) instead of generating one: a large one is made once and measured many times.
--profile writes CPU profiles of the servers (open in Chrome DevTools) to bench/results/profiles.`;

function positive(name: string, raw: string): number {
	const n = Number(raw);
	if (!Number.isFinite(n) || n <= 0) {
		console.error(`--${name} must be a positive number.\n\n${usage}`);
		process.exit(2);
	}
	return n;
}

export function readOptions(argv = process.argv.slice(2)): BenchOptions {
	const { values } = parseArgs({
		args: argv,
		options: {
			duration: { type: 'string', default: '10' },
			warmup: { type: 'string', default: '2' },
			connections: { type: 'string', default: '32' },
			learners: { type: 'string', default: '1000' },
			answers: { type: 'string', default: '500000' },
			'no-build': { type: 'boolean', default: false },
			only: { type: 'string', default: '' },
			profile: { type: 'boolean', default: false },
			runs: { type: 'string', default: '3' },
			db: { type: 'string' },
			'from-db': { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(usage);
		process.exit(0);
	}
	if (values.db !== undefined && !isPostgresUrl(values.db)) {
		console.error(`--db must be a postgres:// address.\n\n${usage}`);
		process.exit(2);
	}
	const fromDb = values['from-db'] ?? null;
	if (fromDb !== null && !existsSync(seedIdsFile(fromDb))) {
		console.error(
			`--from-db needs a database made by seed:synthetic, with its .ids.json beside it.\n\n${usage}`
		);
		process.exit(2);
	}
	return {
		duration: positive('duration', values.duration),
		warmup: Number(values.warmup) || 0,
		connections: Math.round(positive('connections', values.connections)),
		learners: Math.round(positive('learners', values.learners)),
		answers: Math.round(Number(values.answers) || 0),
		build: !values['no-build'],
		only: values.only ? values.only.split(',').map((s) => s.trim()) : [],
		profile: values.profile,
		runs: Math.round(positive('runs', values.runs)),
		db: values.db ?? null,
		fromDb
	};
}
