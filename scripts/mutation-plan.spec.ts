import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import strykerConfig, { MUTATION_FLOOR, mutationModules } from '../stryker.config.mjs';
import {
	addCounts,
	countMutants,
	floorOf,
	functionLines,
	mutateEntries,
	strykerOptionsFor
} from './mutation-plan';

/** The mutation score the core modules were brought to, and may not quietly fall below. */
const AGREED_FLOOR = 85;

describe('the mutation-testing floor', () => {
	it('holds every module to at least the agreed floor, unless a reason for less is written down', () => {
		for (const module of mutationModules) {
			if (floorOf(module) >= AGREED_FLOOR) continue;
			expect(
				module.floorReason?.trim() ?? '',
				`${module.name} has a floor under ${AGREED_FLOOR}% without a reason`
			).toMatch(/\S{3,}(\s+\S+){4,}/);
		}
	});

	it('makes a plain Stryker run fail under the floor too', () => {
		expect(strykerConfig.thresholds?.break).toBe(MUTATION_FLOOR);
	});

	it('lists modules that exist, each with specs that exist, under names of their own', () => {
		const names = mutationModules.map((m) => m.name);
		expect(new Set(names).size).toBe(names.length);
		for (const module of mutationModules) {
			expect(existsSync(module.file), module.file).toBe(true);
			expect(module.specs.length, module.name).toBeGreaterThan(0);
			for (const spec of module.specs) expect(existsSync(spec), spec).toBe(true);
			for (const skip of module.skip ?? []) expect(skip.reason.trim(), skip.fn).not.toBe('');
		}
	});

	it('lets a mutant be disabled only by name and with a reason', () => {
		for (const module of mutationModules) {
			const source = readFileSync(module.file, 'utf8');
			for (const line of source.split('\n').filter((l) => /Stryker (disable|restore)/.test(l)))
				expect(line.trim(), module.file).toMatch(
					/\/\/ Stryker (disable|restore)( next-line)? [A-Z]\w+(, ?[A-Z]\w+)*: \S+(\s+\S+){4,}/
				);
		}
	});
});

describe('planning a module’s run', () => {
	const source = [
		'const a = 1;',
		'export function skipped(x: number) {',
		'\treturn x > 1;',
		'}',
		'',
		'export function kept() {',
		'\treturn a;',
		'}'
	].join('\n');

	it('leaves a skipped function out of the mutated lines', () => {
		expect(functionLines(source, ['skipped', 'absent'])).toEqual(new Map([['skipped', [2, 4]]]));
		expect(mutateEntries('f.ts', 8, [[2, 4]])).toEqual(['f.ts:1-1', 'f.ts:5-8']);
		expect(mutateEntries('f.ts', 8, [[1, 4]])).toEqual(['f.ts:5-8']);
		expect(mutateEntries('f.ts', 8, [[6, 8]])).toEqual(['f.ts:1-5']);
		expect(mutateEntries('f.ts', 8, [])).toEqual(['f.ts']);
	});

	it('keeps each module’s reports and incremental results apart', () => {
		const options = strykerOptionsFor(
			{ name: 'x', file: 'f.ts', specs: ['f.spec.ts'], skip: [{ fn: 'skipped', reason: 'r' }] },
			source
		);
		expect(options).toMatchObject({
			mutate: ['f.ts:1-1', 'f.ts:5-8'],
			incrementalFile: 'reports/mutation/x/incremental.json',
			htmlReporter: { fileName: 'reports/mutation/x/index.html' },
			jsonReporter: { fileName: 'reports/mutation/x/report.json' }
		});
	});

	it('scores killed and timed-out mutants over those that ran, leaving ignored ones out', () => {
		const count = countMutants(
			['Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError'].map(
				(status) => ({ status })
			)
		);
		expect(count).toEqual({
			mutants: 7,
			killed: 2,
			timedOut: 1,
			survived: 1,
			noCoverage: 1,
			ignored: 1,
			errors: 1,
			score: 60
		});
		expect(countMutants([{ status: 'Ignored' }]).score).toBeNull();
		expect(addCounts([count, countMutants([{ status: 'Killed' }])]).score).toBeCloseTo(66.67, 2);
	});
});
