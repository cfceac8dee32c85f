// npm run bench: builds the app and a bare reference app, generates a database, and measures the
// scenarios of the README's Performance section over HTTP. Prints a table and writes bench/results/latest.json.
import './sqlite-process';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, buildReference, REFERENCE_DIR, REFERENCE_GENERATED, ROOT } from './build';
import { countSeeded, postgresDatabase, sqliteDatabase } from './database';
import { prepareFixtures } from './fixtures';
import { measure, type ScenarioResult } from './measure';
import { readOptions } from './options';
import { measurePageWeight, type PageWeight } from './page-weight';
import { checkTargets, formatReport, machine, ratios, type Report } from './report';
import { appScenarios, referenceScenarios, type Scenario } from './scenarios';
import { readSeedIds, seedIdsFile, type SeedIds } from './seed/seed';
import { startServer, type RunningServer } from './server';

const options = readOptions();
const resultsDir = path.join(ROOT, 'bench', 'results');
const databasePath = path.join(resultsDir, 'bench.db');
const idsPath = path.join(resultsDir, 'bench.ids.json');
const referenceDatabase = path.join(resultsDir, 'reference.db');
/** Fresh tutor questions per second of load: more than the server can answer, so none repeats. */
const TUTOR_ANSWERS_PER_SECOND = 4000;

const nodeArgs = options.profile
	? ['--cpu-prof', `--cpu-prof-dir=${path.join(resultsDir, 'profiles')}`]
	: [];
const wanted = (id: string) => !options.only.length || options.only.includes(id);
const settings = {
	connections: options.connections,
	seconds: options.duration,
	warmup: options.warmup
};

/** A database made earlier by `seed:synthetic`, copied with its ids so the original stays as made. */
function copySeeded(from: string): SeedIds {
	for (const suffix of ['', '-wal', '-shm']) {
		rmSync(databasePath + suffix, { force: true });
		if (suffix !== '-shm' && existsSync(from + suffix))
			copyFileSync(from + suffix, databasePath + suffix);
	}
	return readSeedIds(seedIdsFile(from));
}

function seed(): SeedIds {
	const args = [
		...['--learners', String(options.learners), '--answers', String(options.answers)],
		...['--db', databasePath, '--ids', idsPath]
	];
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/seed-synthetic.ts', ...args],
		{ cwd: ROOT, stdio: 'inherit' }
	);
	if (result.status !== 0) throw new Error('Generating the database failed.');
	return readSeedIds(idsPath);
}

async function runAll(list: Scenario[], server: RunningServer, results: ScenarioResult[]) {
	for (const scenario of list.filter((s) => wanted(s.id))) {
		process.stdout.write(`  ${scenario.id}. ${scenario.title}... `);
		const result = await measure(scenario, server, options.runs);
		results.push(result);
		console.log(
			result.status === 'missing'
				? 'missing (404)'
				: `${result.requestsPerSecond.toFixed(1)}/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors`
		);
		if (result.errors) console.log(server.output().split('\n').slice(-15).join('\n'));
	}
}

async function main(): Promise<void> {
	const started = Date.now();
	mkdirSync(resultsDir, { recursive: true });
	if (options.build) {
		console.log('Building the app...');
		buildApp();
		console.log('Building the reference app...');
		buildReference();
	}
	let ids: SeedIds;
	if (options.fromDb) {
		console.log(`Copying ${options.fromDb}...`);
		ids = copySeeded(options.fromDb);
		const counted = countSeeded(databasePath);
		options.learners = counted.learners;
		options.answers = counted.answers;
	} else {
		console.log(`Generating ${options.learners} learners and ${options.answers} answers...`);
		ids = seed();
	}

	const results: ScenarioResult[] = [];
	// Another process busy on a 2-core machine skews everything: say so in the results.
	const notes = [`load average before measuring: ${os.loadavg()[0].toFixed(2)}`];
	const peaks: Report['serverPeakRssMb'] = { app: null, reference: null };
	let pageWeight: PageWeight | null = null;
	const servers: RunningServer[] = [];
	try {
		if (['ref-insert', 'ref-page'].some(wanted)) {
			for (const suffix of ['', '-wal', '-shm'])
				rmSync(referenceDatabase + suffix, { force: true });
			const reference = await startServer({
				name: 'reference',
				entry: path.join(REFERENCE_GENERATED, 'build', 'index.js'),
				cwd: REFERENCE_DIR,
				env: { DATABASE_PATH: referenceDatabase },
				nodeArgs
			});
			servers.push(reference);
			console.log('Reference app:');
			await runAll(referenceScenarios(reference.origin, settings), reference, results);
			peaks.reference = reference.lifetimePeakMb();
			await reference.stop();
		}

		console.log('Preparing sessions and sign-ins...');
		const fixtures = await prepareFixtures(databasePath, ids, {
			tutorAnswers: Math.ceil(
				(settings.seconds * options.runs + settings.warmup) * TUTOR_ANSWERS_PER_SECOND
			),
			timedSessions: 64,
			pageSessions: 50
		});
		let database = sqliteDatabase(databasePath);
		if (options.db) {
			console.log('Copying the database to PostgreSQL...');
			database = await postgresDatabase(options.db, databasePath);
		}
		notes.push(`database: ${database.describe}`);
		const app = await startServer({
			name: 'app',
			entry: path.join(ROOT, 'build', 'index.js'),
			cwd: ROOT,
			env: database.env,
			nodeArgs
		});
		servers.push(app);
		const page = fixtures.itemPages[0];
		pageWeight = await measurePageWeight(app.url, page.path, page.cookie);
		console.log('Platform:');
		await runAll(appScenarios(app, fixtures, settings, database), app, results);
		peaks.app = app.lifetimePeakMb();
		await app.stop();
	} finally {
		await Promise.all(servers.map((s) => s.stop()));
	}

	const minutes = (Date.now() - started) / 60_000;
	const report: Report = {
		date: new Date().toISOString(),
		machine: machine(),
		settings: {
			...options,
			only: options.only.join(','),
			db: options.db ? 'postgres' : 'sqlite',
			fromDb: options.fromDb ?? '',
			minutes
		},
		scenarios: results,
		ratios: ratios(results),
		practicePageJs: pageWeight,
		serverPeakRssMb: peaks,
		targets: checkTargets(results, pageWeight, peaks.app),
		notes
	};
	console.log('\n' + formatReport(report));
	writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(report, null, '\t') + '\n');
	console.log(`\nWritten to bench/results/latest.json in ${minutes.toFixed(1)} min.`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
