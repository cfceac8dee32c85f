import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSynthetic, type SeedIds } from '../../../../bench/seed/seed';
import type { DB } from '$lib/server/db';
import { copyToPostgres } from '$lib/server/db/pg/copy';
import { openPostgres, type PgDB } from '$lib/server/db/pg';
import { freshPostgresDatabase, testDatabaseUrl } from '$lib/server/testing/pg';
import { showProgress, type ProgressRequest } from '$lib/server/testing/progress-requests';

/*
 * The progress figures are counted in SQL written twice where the dialects differ (the latest
 * answer per item, a JSON field): one installation copied from SQLite to PostgreSQL must show
 * every learner the same page on both.
 */
describe.skipIf(!testDatabaseUrl)('progress on SQLite and on PostgreSQL', () => {
	let folder: string;
	let ids: SeedIds;
	let file: string;
	let cohortMembers: string[];
	let pool: PgDB;
	let postgres: DB;
	let target: Awaited<ReturnType<typeof freshPostgresDatabase>>;
	let learners: string[];

	beforeAll(async () => {
		folder = mkdtempSync(path.join(tmpdir(), 'liver-quiz-progress-'));
		file = path.join(folder, 'app.db');
		({ ids } = await seedSynthetic({
			database: file,
			learners: 9,
			answers: 1500,
			heavyAnswers: 400,
			benchCohortSize: 6,
			months: 3,
			seed: 20261201,
			password: 'progress-test-password'
		}));
		target = await freshPostgresDatabase();
		await copyToPostgres(file, target.url, { batchSize: 200 });
		pool = openPostgres(target.url, { max: 2 });
		postgres = pool as unknown as DB;
		const column = async (query: string) =>
			(await pool.$client.query<{ id: string }>(query)).rows.map((r) => r.id);
		learners = await column('select distinct user_id as id from answers order by user_id');
		cohortMembers = await column(
			`select user_id as id from cohort_members where cohort_id = '${ids.benchCohort.id}' order by user_id`
		);
	}, 180_000);

	afterAll(async () => {
		await pool?.$client.end();
		await target?.drop();
		rmSync(folder, { recursive: true, force: true });
	}, 60_000);

	/** What SQLite shows for each request, read in a process whose tables are SQLite's. */
	function onSqlite(requests: ProgressRequest[]): unknown[] {
		const env = { ...process.env };
		delete env.DATABASE_URL;
		const script = path.resolve('src/lib/server/testing/progress-on-sqlite.ts');
		const out = execFileSync('npx', ['tsx', script, file, JSON.stringify(requests)], {
			env,
			maxBuffer: 64 * 1024 * 1024
		});
		return JSON.parse(out.toString());
	}

	it('shows each learner the same progress page and charts, in time zones either side of UTC', async () => {
		expect(learners.length).toBeGreaterThanOrEqual(8);
		const now = new Date().toISOString();
		const requests: ProgressRequest[] = learners.flatMap((id) =>
			['Europe/London', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham'].map((timeZone) => ({
				kind: 'progress' as const,
				id,
				timeZone,
				now
			}))
		);
		requests.push({ kind: 'calendar', id: ids.heavyLearner.id, timeZone: 'Pacific/Chatham', now });
		for (const id of cohortMembers)
			requests.push({ kind: 'cohort', id, timeZone: 'UTC', now, cohortId: ids.benchCohort.id });
		const expected = onSqlite(requests) as { answered?: number }[];
		expect(expected.filter((p) => (p.answered ?? 0) > 0)).toHaveLength(learners.length * 4);
		expect(await showProgress(postgres, requests)).toEqual(expected);
	});
});
