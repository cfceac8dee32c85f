import os from 'node:os';
import type { ScenarioResult } from './measure';
import type { PageWeight } from './page-weight';

export interface TargetCheck {
	target: string;
	measured: string;
	met: boolean | null;
}

export interface Report {
	date: string;
	machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
	settings: Record<string, number | string | boolean>;
	scenarios: ScenarioResult[];
	ratios: { id: string; against: string; ratio: number | null }[];
	practicePageJs: PageWeight | null;
	/** Lifetime peak RSS (VmHWM) of each server, in MB. */
	serverPeakRssMb: { app: number | null; reference: number | null };
	targets: TargetCheck[];
	notes: string[];
}

export function machine(): Report['machine'] {
	return {
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
		memoryGb: Math.round(os.totalmem() / 1024 ** 3),
		node: process.version,
		platform: `${os.platform()} ${os.release()}`
	};
}

function find(results: ScenarioResult[], id: string): ScenarioResult | undefined {
	const found = results.find((r) => r.id === id);
	return found && found.status !== 'missing' ? found : undefined;
}

export function ratios(results: ScenarioResult[]): Report['ratios'] {
	const pairs: [string, string][] = [
		['1', 'ref-insert'],
		['2', 'ref-insert'],
		['3', 'ref-page']
	];
	return pairs.map(([id, against]) => {
		const a = find(results, id);
		const b = find(results, against);
		return { id, against, ratio: a && b ? a.requestsPerSecond / b.requestsPerSecond : null };
	});
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const perSecond = (n: number) => `${n.toFixed(0)}/s`;

/** The issue's targets, each against what this run measured (null when not measured). */
export function checkTargets(
	results: ScenarioResult[],
	pageWeight: PageWeight | null,
	appPeakMb: number | null
): TargetCheck[] {
	const checks: TargetCheck[] = [];
	const add = (target: string, measured: string | undefined, met: boolean | undefined) =>
		checks.push({ target, measured: measured ?? 'not measured', met: met ?? null });
	const insert = find(results, 'ref-insert');
	const page = find(results, 'ref-page');
	for (const id of ['1', '2']) {
		const r = find(results, id);
		const name = id === '1' ? 'Tutor answer' : 'Timed save';
		add(
			`${name}: >= 1,000/s`,
			r && perSecond(r.requestsPerSecond),
			r && r.requestsPerSecond >= 1000
		);
		add(`${name}: p99 < 50 ms at 32 connections`, r && ms(r.p99Ms), r && r.p99Ms < 50);
		add(
			`${name}: >= half the bare insert`,
			r && insert && `${(r.requestsPerSecond / insert.requestsPerSecond).toFixed(2)}x`,
			r && insert && r.requestsPerSecond >= insert.requestsPerSecond / 2
		);
		add(`${name}: zero errors`, r && String(r.errors), r && r.errors === 0);
	}
	const render = find(results, '3');
	add(
		'Item render: >= half the bare page',
		render && page && `${(render.requestsPerSecond / page.requestsPerSecond).toFixed(2)}x`,
		render && page && render.requestsPerSecond >= page.requestsPerSecond / 2
	);
	const burst = find(results, '4');
	add('Start burst: p99 < 300 ms', burst && ms(burst.p99Ms), burst && burst.p99Ms < 300);
	add('Start burst: zero errors', burst && String(burst.errors), burst && burst.errors === 0);
	const progress = find(results, '5');
	add(
		'Progress page (20k answers): < 100 ms',
		progress && ms(progress.p50Ms),
		progress && progress.p50Ms < 100
	);
	for (const [id, name] of [
		['6a', 'Cohort dashboard'],
		['6b', 'Item analysis']
	]) {
		const r = find(results, id);
		add(`${name}: < 200 ms`, r && ms(r.p50Ms), r && r.p50Ms < 200);
	}
	const taken = find(results, '6b-new');
	add(
		'Item analysis after tests finish: < 200 ms',
		taken && ms(taken.p50Ms),
		taken && taken.p50Ms < 200
	);
	add(
		'Server peak RSS < 300 MB',
		appPeakMb === null ? undefined : `${appPeakMb.toFixed(0)} MB`,
		appPeakMb === null ? undefined : appPeakMb < 300
	);
	add(
		'Practice page JS < 60 kB gzipped',
		pageWeight ? `${(pageWeight.gzipBytes / 1000).toFixed(1)} kB` : undefined,
		pageWeight ? pageWeight.gzipBytes < 60_000 : undefined
	);
	return checks;
}

function table(rows: string[][], rightAligned: number[]): string {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	return rows
		.map((r) =>
			r
				.map((cell, c) =>
					rightAligned.includes(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])
				)
				.join('  ')
		)
		.join('\n');
}

const rate = (n: number) => n.toFixed(n < 10 ? 1 : 0);

/** The median run's rate, and the lowest and highest of the runs when there were several. */
function rateWithRange(r: ScenarioResult): string {
	const runs = r.runsPerSecond ?? [];
	if (runs.length < 2) return rate(r.requestsPerSecond);
	return `${rate(r.requestsPerSecond)} (${rate(Math.min(...runs))}–${rate(Math.max(...runs))})`;
}

export function formatReport(report: Report): string {
	const { machine: m } = report;
	const header = [
		'',
		'Scenario',
		'conns',
		'req/s (range)',
		'p50 ms',
		'p99 ms',
		'errors',
		'peak RSS MB',
		'1st req ms'
	];
	const rows = report.scenarios.map((r) =>
		r.status === 'missing'
			? [r.id, r.title, '', '', '', '', '', 'missing (404)', '']
			: [
					r.id,
					r.title,
					String(r.connections),
					rateWithRange(r),
					r.p50Ms.toFixed(0),
					r.p99Ms.toFixed(0),
					String(r.errors),
					r.peakRssMb.toFixed(0),
					r.firstRequestMs === null ? '' : r.firstRequestMs.toFixed(0)
				]
	);
	const lines = [
		`Benchmark ${report.date} on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}`,
		'',
		table([header, ...rows], [2, 3, 4, 5, 6, 7, 8]),
		'',
		...report.ratios.map(
			(r) =>
				`Scenario ${r.id} / ${r.against}: ${r.ratio === null ? 'n/a' : `${r.ratio.toFixed(2)}x`}`
		),
		`Server lifetime peak RSS: app ${report.serverPeakRssMb.app?.toFixed(0) ?? 'n/a'} MB, reference ${report.serverPeakRssMb.reference?.toFixed(0) ?? 'n/a'} MB`,
		report.practicePageJs
			? `Practice item page JS: ${report.practicePageJs.files.length} modules, ${(report.practicePageJs.gzipBytes / 1000).toFixed(1)} kB gzipped`
			: 'Practice item page JS: not measured',
		'',
		table(
			[
				['Target', 'Measured', 'Met'],
				...report.targets.map((t) => [
					t.target,
					t.measured,
					t.met === null ? '-' : t.met ? 'yes' : 'NO'
				])
			],
			[]
		)
	];
	const noted = report.scenarios.filter((r) => r.note).map((r) => `  ${r.id}: ${r.note}`);
	if (noted.length || report.notes.length)
		lines.push('', 'Notes:', ...noted, ...report.notes.map((n) => `  ${n}`));
	return lines.join('\n');
}
