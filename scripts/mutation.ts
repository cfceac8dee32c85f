/**
 * Mutation testing, one module at a time: `npm run test:mutation -- [name ...] [--force]`.
 * Each module's mutants run against its own specs only, which keeps a full run within reach of
 * two cores; results are kept per module, so a rerun retests only what changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mutationModules, type MutationModule } from '../stryker.config.mjs';
import {
	REPORT_DIR,
	addCounts,
	countMutants,
	floorOf,
	functionLines,
	strykerOptionsFor,
	type ScoreCount
} from './mutation-plan';

const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.indexOf('--module');

if (only >= 0) {
	// One module in a process of its own: Stryker merges each run's options into the configuration
	// it imported, so a second run in the same process would inherit the first one's.
	const module = mutationModules.find((m) => m.name === args[only + 1])!;
	const { Stryker } = await import('@stryker-mutator/core');
	const source = readFileSync(module.file, 'utf8');
	process.env.MUTATION_SPECS = module.specs.join(',');
	await new Stryker({ ...strykerOptionsFor(module, source), force }).runMutationTest();
	process.exit(0);
}

const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !mutationModules.some((m) => m.name === n));
if (unknown.length) {
	console.error(
		`Unknown module ${unknown.join(', ')}; known: ${mutationModules.map((m) => m.name)}`
	);
	process.exit(2);
}
const chosen = names.length
	? mutationModules.filter((m) => names.includes(m.name))
	: mutationModules;

interface Outcome {
	module: MutationModule;
	count: ScoreCount;
	seconds: number;
}

const outcomes: Outcome[] = [];
let broken = false;
for (const module of chosen) {
	const source = readFileSync(module.file, 'utf8');
	const skip = module.skip ?? [];
	const lines = functionLines(
		source,
		skip.map((s) => s.fn)
	);
	for (const s of skip)
		console.log(
			lines.has(s.fn)
				? `${module.name}: not mutating ${s.fn} (${s.reason})`
				: `${module.name}: ${s.fn} is no longer in ${module.file}; nothing to skip`
		);
	const report = `${REPORT_DIR}/${module.name}/report.json`;
	rmSync(report, { force: true });
	const started = performance.now();
	const run = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			fileURLToPath(import.meta.url),
			'--module',
			module.name,
			...(force ? ['--force'] : [])
		],
		{ stdio: 'inherit' }
	);
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0 || !existsSync(report)) {
		console.error(`${module.name}: Stryker did not finish (exit ${run.status})`);
		broken = true;
		continue;
	}
	const files: Record<string, { mutants: { status: string }[] }> = JSON.parse(
		readFileSync(report, 'utf8')
	).files;
	outcomes.push({
		module,
		count: countMutants(Object.values(files).flatMap((f) => f.mutants)),
		seconds
	});
}

const percent = (n: number | null) => (n === null ? '-' : `${n.toFixed(1)}%`);
const rows = outcomes.map(({ module, count, seconds }) => [
	module.file.replace('src/lib/server/', ''),
	String(count.mutants),
	String(count.killed + count.timedOut),
	String(count.survived),
	String(count.noCoverage),
	String(count.ignored),
	percent(count.score),
	`${floorOf(module)}%`,
	`${Math.round(seconds)} s`
]);
const all = addCounts(outcomes.map((o) => o.count));
const totalSeconds = outcomes.reduce((s, o) => s + o.seconds, 0);
const header = [
	'Module',
	'Mutants',
	'Killed',
	'Survived',
	'No coverage',
	'Ignored',
	'Score',
	'Floor',
	'Time'
];
const table = [
	`| ${header.join(' | ')} |`,
	`| ${header.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
	...rows.map((r) => `| ${r.join(' | ')} |`),
	`| all of the above | ${all.mutants} | ${all.killed + all.timedOut} | ${all.survived} | ${all.noCoverage} | ${all.ignored} | ${percent(all.score)} | | ${Math.round(totalSeconds)} s |`
].join('\n');

mkdirSync(REPORT_DIR, { recursive: true });
writeFileSync(`${REPORT_DIR}/summary.md`, `${table}\n`);
console.log(`\n${table}\n\nReports: ${REPORT_DIR}/<module>/index.html`);

const below = outcomes.filter((o) => o.count.score !== null && o.count.score < floorOf(o.module));
if (below.length || broken) {
	for (const o of below)
		console.error(
			`${o.module.name}: mutation score ${percent(o.count.score)} is under its floor of ${floorOf(o.module)}%`
		);
	process.exitCode = 1;
} else {
	process.exitCode = 0;
}
