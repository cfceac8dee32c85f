import type { PartialStrykerOptions } from '@stryker-mutator/api/core';
import { MUTATION_FLOOR, type MutationModule } from '../stryker.config.mjs';

export const REPORT_DIR = 'reports/mutation';

/** The floor a module is held to: its own when it gives a reason for it, else the common one. */
export function floorOf(module: MutationModule): number {
	return module.floor ?? MUTATION_FLOOR;
}

/**
 * Lines (1-based, inclusive) of each named top-level function: from its `function` line to the
 * first line after it that closes a top-level block. Unknown names are left out.
 */
export function functionLines(source: string, names: string[]): Map<string, [number, number]> {
	const lines = source.split('\n');
	const found = new Map<string, [number, number]>();
	for (const name of names) {
		const start = lines.findIndex((l) =>
			new RegExp(`^(export )?(async )?function ${name}\\b`).test(l)
		);
		if (start < 0) continue;
		const end = lines.findIndex((l, i) => i > start && /^}/.test(l));
		if (end > start) found.set(name, [start + 1, end + 1]);
	}
	return found;
}

/**
 * Stryker's `mutate` entries for a file with some line ranges left out: the whole file when none
 * are, else the ranges between them.
 */
export function mutateEntries(file: string, lineCount: number, skipped: [number, number][]) {
	if (!skipped.length) return [file];
	const entries: string[] = [];
	let from = 1;
	for (const [start, end] of [...skipped].sort((a, b) => a[0] - b[0])) {
		if (start > from) entries.push(`${file}:${from}-${start - 1}`);
		from = Math.max(from, end + 1);
	}
	if (from <= lineCount) entries.push(`${file}:${from}-${lineCount}`);
	return entries;
}

/**
 * What one module's run adds to the shared configuration. Its specs are chosen through
 * MUTATION_SPECS (see mutation.vitest.config.ts), not Stryker's `testFiles`.
 */
export function strykerOptionsFor(module: MutationModule, source: string): PartialStrykerOptions {
	const lines = functionLines(
		source,
		(module.skip ?? []).map((s) => s.fn)
	);
	const folder = `${REPORT_DIR}/${module.name}`;
	return {
		mutate: mutateEntries(module.file, source.split('\n').length, [...lines.values()]),
		incrementalFile: `${folder}/incremental.json`,
		htmlReporter: { fileName: `${folder}/index.html` },
		jsonReporter: { fileName: `${folder}/report.json` },
		thresholds: { high: 95, low: floorOf(module), break: 0 }
	};
}

export interface ScoreCount {
	mutants: number;
	killed: number;
	timedOut: number;
	survived: number;
	noCoverage: number;
	ignored: number;
	errors: number;
	/** Detected over valid mutants, in percent; null when no mutant was valid. */
	score: number | null;
}

function scoreOf(c: Omit<ScoreCount, 'score'>): number | null {
	const valid = c.killed + c.timedOut + c.survived + c.noCoverage;
	return valid ? ((c.killed + c.timedOut) / valid) * 100 : null;
}

/** Stryker's mutation score: killed and timed-out mutants over all that compiled and ran. */
export function countMutants(results: { status: string }[]): ScoreCount {
	const count = (status: string) => results.filter((r) => r.status === status).length;
	const killed = count('Killed');
	const timedOut = count('Timeout');
	const survived = count('Survived');
	const noCoverage = count('NoCoverage');
	const counts = {
		mutants: results.length,
		killed,
		timedOut,
		survived,
		noCoverage,
		ignored: count('Ignored'),
		errors: count('CompileError') + count('RuntimeError')
	};
	return { ...counts, score: scoreOf(counts) };
}

/** The counts of several runs together, scored as one. */
export function addCounts(counts: ScoreCount[]): ScoreCount {
	const sum = (key: keyof Omit<ScoreCount, 'score'>) => counts.reduce((n, c) => n + c[key], 0);
	const total = {
		mutants: sum('mutants'),
		killed: sum('killed'),
		timedOut: sum('timedOut'),
		survived: sum('survived'),
		noCoverage: sum('noCoverage'),
		ignored: sum('ignored'),
		errors: sum('errors')
	};
	return { ...total, score: scoreOf(total) };
}
