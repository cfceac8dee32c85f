// @ts-check
/**
 * Mutation testing of the core server modules. `npm run test:mutation` (scripts/mutation.ts) runs
 * Stryker once per module below, mutating that file alone and running only its specs, and fails
 * when a module scores under its floor. The default export is Stryker's own configuration, used
 * by every run; the script adds `--mutate`, `--testFiles` and a report folder per module.
 */

/** The lowest mutation score (killed and timed-out mutants over all valid ones) a module may have. */
export const MUTATION_FLOOR = 85;

/**
 * @typedef {object} MutationModule
 * @property {string} name short name, used for the report folder and on the command line
 * @property {string} file the source file to mutate
 * @property {string[]} specs the spec files that run against its mutants
 * @property {number} [floor] a lower floor for this module; needs `floorReason`
 * @property {string} [floorReason] why this module may score under MUTATION_FLOOR
 * @property {{ fn: string, reason: string }[]} [skip] top-level functions left unmutated, and why
 */

/** @type {MutationModule[]} */
export const mutationModules = [
	{
		name: 'scoring',
		file: 'src/lib/server/quiz/scoring.ts',
		specs: ['src/lib/server/quiz/scoring.spec.ts']
	},
	{
		name: 'rating',
		file: 'src/lib/server/review/rating.ts',
		specs: ['src/lib/server/review/rating.spec.ts']
	},
	{
		name: 'statistics',
		file: 'src/lib/server/analytics/statistics.ts',
		specs: ['src/lib/server/analytics/statistics.spec.ts']
	},
	{
		name: 'rate-limit',
		file: 'src/lib/server/auth/rate-limit.ts',
		specs: ['src/lib/server/auth/rate-limit.spec.ts']
	},
	{
		name: 'validate',
		file: 'src/lib/server/bank/validate.ts',
		specs: ['src/lib/server/bank/validate.spec.ts']
	},
	{
		name: 'csv',
		file: 'src/lib/server/export/csv.ts',
		specs: ['src/lib/server/export/csv.spec.ts']
	},
	{
		name: 'download',
		file: 'src/lib/server/export/download.ts',
		specs: ['src/lib/server/export/download.spec.ts']
	},
	{
		name: 'session',
		file: 'src/lib/server/quiz/session.ts',
		specs: [
			'src/lib/server/quiz/session.spec.ts',
			'src/lib/server/quiz/session-finishing.spec.ts',
			'src/lib/server/quiz/open-attempts.spec.ts'
		]
	},
	{
		name: 'modules',
		file: 'src/lib/server/cohorts/modules.ts',
		specs: ['src/lib/server/cohorts/modules.spec.ts', 'src/lib/server/cohorts/due-dates.spec.ts']
	},
	{
		name: 'module-standing',
		file: 'src/lib/server/cohorts/standing.ts',
		specs: ['src/lib/server/cohorts/modules.spec.ts', 'src/lib/server/cohorts/due-dates.spec.ts']
	},
	{
		name: 'assigned-modules',
		file: 'src/lib/server/cohorts/assigned.ts',
		specs: ['src/lib/server/cohorts/modules.spec.ts']
	},
	{
		name: 'module-attempts',
		file: 'src/lib/server/cohorts/attempts.ts',
		specs: ['src/lib/server/cohorts/modules.spec.ts', 'src/lib/server/cohorts/due-dates.spec.ts']
	},
	{
		name: 'module-results',
		file: 'src/lib/server/cohorts/module-results.ts',
		specs: ['src/lib/server/cohorts/modules.spec.ts']
	},
	{
		name: 'forms',
		file: 'src/lib/server/forms.ts',
		specs: ['src/lib/server/forms.spec.ts']
	},
	{
		name: 'cohort-forms',
		file: 'src/lib/server/cohorts/forms.ts',
		specs: ['src/lib/server/cohorts/forms.spec.ts']
	},
	{
		name: 'auth-forms',
		file: 'src/lib/server/auth/forms.ts',
		specs: ['src/lib/server/auth/forms.spec.ts']
	},
	{
		name: 'item-writing',
		file: 'src/lib/server/bank/item-writing.ts',
		specs: ['src/lib/server/bank/item-writing.spec.ts']
	},
	{
		name: 'open-attempts',
		file: 'src/lib/server/quiz/open-attempts.ts',
		specs: ['src/lib/server/quiz/open-attempts.spec.ts']
	}
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: { configFile: 'scripts/mutation.vitest.config.ts', related: false },
	coverageAnalysis: 'perTest',
	checkers: [],
	reporters: ['clear-text', 'progress', 'html', 'json'],
	thresholds: { high: 95, low: MUTATION_FLOOR, break: MUTATION_FLOOR },
	incremental: true,
	// Nothing the unit tests read lives in these; copying them into each sandbox only costs time.
	ignorePatterns: [
		'/bench',
		'/build',
		'/data',
		'/static',
		'/tests',
		'/test-results',
		'/playwright-report',
		'/reports'
	],
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
	// Sandboxes run the real SQLite migrations per test; a slow mutant is not an endless one.
	timeoutMS: 10_000
};

export default config;
