import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { dialectNeutral } from './dialect-neutral.js';

/** What only one dialect's drizzle offers, refused in the code that runs on both. */
const singleDialect = [
	{
		selector:
			"CallExpression[callee.property.name=/^(all|run)$/]:not([callee.object.name='Promise'])",
		message: 'better-sqlite3 only: await the query instead (`await db.select()…`).'
	},
	{
		selector:
			"CallExpression[callee.property.name=/^(get|values)$/][arguments.length=0], CallExpression[callee.property.name='get'][arguments.0.type='ObjectExpression']",
		message: 'better-sqlite3 only: `const [row] = await query.limit(1)` instead.'
	},
	{
		selector: "CallExpression[callee.property.name='transaction']",
		message:
			'Use transaction() of $lib/server/db/steps: a synchronous SQLite transaction and an asynchronous PostgreSQL one from one step.'
	}
];

/**
 * Comparisons with strings written in the code (`eq(items.status, 'published')`) that are not
 * wrapped in `fixed()`, which writes the strings into the statement so PostgreSQL plans it once.
 */
const notFixed = ":not(CallExpression[callee.name='fixed'] > *)";
const isString = '=/^[\'"]/]';
const fixedValues = [
	`CallExpression[callee.name=/^(eq|ne)$/][arguments.1.raw${isString}${notFixed}`,
	`CallExpression[callee.name='inArray'][arguments.1.elements.0.raw${isString}${notFixed}`
].map((selector) => ({
	selector,
	message:
		"Wrap it in fixed() of $lib/server/db/prepared: a string from the code belongs in the statement's text, so PostgreSQL plans it once."
}));

const dialectNeutralFiles = [
	...dialectNeutral.folders.map((folder) => `${folder}/**/*.ts`),
	// A route's folder such as [code] is a character class to ESLint unless escaped.
	...dialectNeutral.files.map((file) => file.replace(/[[\]]/g, '\\$&'))
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'drizzle/',
			'data/',
			'test-results/',
			'playwright-report/',
			'reports/',
			'.stryker-tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The app is served from the root path, so plain hrefs need no resolve().
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['src/lib/server/**/*.ts'],
		ignores: ['src/lib/server/**/*.spec.ts'],
		rules: { 'no-restricted-syntax': ['error', ...fixedValues] }
	},
	{
		files: dialectNeutralFiles,
		rules: {
			'no-restricted-syntax': ['error', ...singleDialect],
			'@typescript-eslint/no-misused-promises': 'error',
			// An awaited value that is no promise is a synchronous, SQLite-only call mistaken for ours.
			'@typescript-eslint/await-thenable': 'error',
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)db/schema(/|$)',
							allowTypeImports: true,
							message:
								"Import tables from db/tables, which gives PostgreSQL's twins on PostgreSQL; db/schema is SQLite's."
						},
						{
							regex: '(^|/)db/steps$',
							importNames: ['runSync', 'transactionSync'],
							message:
								'SQLite only, and synchronous: await perform() or transaction(), which run a step on both databases.'
						},
						{
							regex: '(^|/)bank/sync-sqlite$',
							message:
								'SQLite only, for seeding a benchmark file: load content with loadBanks() or loadContent().'
						}
					]
				}
			]
		}
	},
	{
		// The server's code, not its specs, compares with strings only through fixed().
		files: dialectNeutralFiles,
		ignores: ['**/*.spec.ts'],
		rules: { 'no-restricted-syntax': ['error', ...singleDialect, ...fixedValues] }
	},
	{
		files: ['tests/e2e/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@playwright/test',
							importNames: ['test'],
							message: "Import test from '../helpers/test': it fails a test on any browser error."
						}
					]
				}
			]
		}
	}
);
