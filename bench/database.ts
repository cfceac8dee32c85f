import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { ROOT } from './build';
import { freshPostgresDatabase } from '../scripts/fresh-database.js';

/** Where the app under test keeps its data, and how the bench reads it beside the server. */
export interface BenchDatabase {
	/** What the app server's environment needs to open it. */
	env: Record<string, string>;
	/** Answers stored now. */
	countAnswers(): Promise<number>;
	/** The backend, for the report. */
	describe: string;
}

/** The generated SQLite file, served as it is. */
export function sqliteDatabase(file: string): BenchDatabase {
	return {
		env: { DATABASE_PATH: file, DATABASE_URL: '' },
		describe: 'SQLite',
		countAnswers: async () => {
			const db = new Database(file, { readonly: true });
			try {
				return (db.prepare('select count(*) as n from answers').get() as { n: number }).n;
			} finally {
				db.close();
			}
		}
	};
}

/** The learners and answers of a generated SQLite file, for the report. */
export function countSeeded(file: string): { learners: number; answers: number } {
	const db = new Database(file, { readonly: true });
	try {
		const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
		return {
			learners: count("select count(*) as n from users where role = 'learner'"),
			answers: count('select count(*) as n from answers')
		};
	} finally {
		db.close();
	}
}

/** The bench's own database on the PostgreSQL server `serverUrl` names. */
const BENCH_DATABASE = 'liver_quiz_bench';

/**
 * The generated SQLite file moved to PostgreSQL with `db:copy`, into a database of the bench's
 * own on the server `serverUrl` names (made afresh each run), so both backends serve the same rows.
 */
export async function postgresDatabase(serverUrl: string, file: string): Promise<BenchDatabase> {
	const url = await freshPostgresDatabase(serverUrl, BENCH_DATABASE);
	const copy = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/db-copy.ts', '--from', file, '--to', url],
		{ cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	if (copy.status !== 0) throw new Error('Copying the generated database to PostgreSQL failed.');
	const version = await query(url, 'show server_version');
	return {
		env: { DATABASE_URL: url },
		describe: `PostgreSQL ${version[0].server_version}`,
		countAnswers: async () => Number((await query(url, 'select count(*) as n from answers'))[0].n)
	};
}

async function query(url: string, sql: string): Promise<Record<string, string>[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(sql)).rows as Record<string, string>[];
	} finally {
		await client.end();
	}
}
