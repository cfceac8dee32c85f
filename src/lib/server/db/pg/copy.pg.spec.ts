import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq, is, sql } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSynthetic } from '../../../../../bench/seed/seed';
import { freshPostgresDatabase, testDatabaseUrl } from '$lib/server/testing/pg';
import { openDatabase } from '..';
import * as sqliteSchema from '$lib/server/db/schema';
import { checkCopy, copyToPostgres, CopyError, type CopyReport } from './copy';
import { openPostgres, type PgDB } from '.';
import * as pgSchema from './schema';

const tableNames = (Object.values(sqliteSchema) as unknown[])
	.filter((value): value is SQLiteTable => is(value, SQLiteTable))
	.map((table) => getTableConfig(table).name)
	.sort();

/** Beyond 32 bits, as a SQLite rowid may be. */
const BIG_ID = 5_000_000_000;
const AT = new Date(1_767_225_600_123);

/**
 * Rows in the tables synthetic practice leaves empty, so every table and column type is copied:
 * blobs, JSON in key order, a 64-bit id, and a timestamp stored with a fraction of a millisecond.
 */
function fillEmptyTables(file: string): void {
	const db = openDatabase(file);
	try {
		const s = sqliteSchema;
		const [user] = db.select().from(s.users).limit(1).all();
		const [version] = db.select().from(s.itemVersions).limit(1).all();
		const [cohort] = db.select().from(s.cohorts).limit(1).all();
		const [document] = db.select().from(s.sourceDocuments).limit(1).all();
		const itemId = version.itemId;
		const [item] = db.select().from(s.items).where(eq(s.items.id, itemId)).all();
		db.insert(s.siteSettings)
			.values({
				id: 1,
				organisationName: 'Trust — Ünïcode',
				timeZone: 'Europe/London',
				openRegistration: true,
				allowedEmailDomains: ['nhs.net', 'example.org'],
				updatedAt: AT,
				updatedBy: user.id
			})
			.run();
		db.insert(s.userSessions)
			.values({
				id: 'session-1',
				userId: user.id,
				secretHash: Buffer.from([0, 1, 2, 254, 255]),
				createdAt: AT,
				expiresAt: AT
			})
			.run();
		db.insert(s.passwordResetTokens)
			.values({
				id: 'reset-1',
				userId: user.id,
				secretHash: Buffer.from('secret'),
				createdBy: null,
				createdAt: AT,
				expiresAt: AT
			})
			.run();
		db.insert(s.throttles)
			.values({ key: 'login:a', attempts: 3, lastAttemptAt: AT, expiresAt: AT })
			.run();
		db.$client.prepare(`update throttles set expires_at = 1767225600123.75`).run();
		db.insert(s.notifications)
			.values({ id: BIG_ID, userId: user.id, message: 'Fixed', href: '/x', createdAt: AT })
			.run();
		db.insert(s.cohortInvitations)
			.values({ cohortId: cohort.id, email: 'c@example.org', invitedBy: user.id, invitedAt: AT })
			.run();
		db.insert(s.documentRevisions)
			.values({
				documentSlug: document.slug,
				revision: 1,
				markdown: '# Title\n\nText.',
				version: 'v1',
				note: 'First',
				createdBy: user.id,
				createdAt: AT
			})
			.run();
		const [other] = db
			.select()
			.from(s.users)
			.where(sql`${s.users.id} <> ${user.id}`)
			.limit(1)
			.all();
		db.insert(s.cohortEducators)
			.values({ cohortId: cohort.id, userId: other.id })
			.onConflictDoNothing()
			.run();
		db.insert(s.bankAuthors).values({ bankId: item.bankId, userId: user.id, addedAt: AT }).run();
		const [draft] = db
			.insert(s.itemDrafts)
			.values({
				itemId,
				baseVersionId: version.id,
				spec: { ...version.spec, z: 1, a: 2 } as typeof version.spec,
				status: 'in-review',
				authorId: user.id,
				updatedBy: user.id,
				note: 'Clearer stem',
				createdAt: AT,
				updatedAt: AT
			})
			.returning()
			.all();
		db.insert(s.draftComments)
			.values({ draftId: draft.id, userId: user.id, body: 'Agreed', createdAt: AT })
			.run();
		db.insert(s.packUpdates)
			.values({ itemId, spec: version.spec, contentHash: 'hash', detectedAt: AT })
			.run();
		db.insert(s.itemReports)
			.values({
				userId: user.id,
				itemId,
				itemVersionId: version.id,
				message: 'Typo',
				createdAt: AT,
				status: 'resolved',
				resolvedBy: user.id,
				resolvedAt: AT,
				resolution: 'Fixed'
			})
			.run();
		db.insert(s.importPreviews)
			.values({
				token: 'token-1',
				userId: user.id,
				bankId: item.bankId,
				fileName: 'bank.xml',
				data: { items: [] } as never,
				createdAt: AT,
				confirmedAt: null,
				createdItemIds: null
			})
			.run();
		db.$client.pragma('wal_checkpoint(TRUNCATE)');
	} finally {
		db.$client.close();
	}
}

describe.skipIf(!testDatabaseUrl)('db:copy from SQLite to PostgreSQL', () => {
	let folder: string;
	let source: string;
	let target: Awaited<ReturnType<typeof freshPostgresDatabase>>;
	let report: CopyReport;
	let db: PgDB;

	beforeAll(async () => {
		folder = mkdtempSync(path.join(tmpdir(), 'liver-quiz-copy-'));
		source = path.join(folder, 'app.db');
		await seedSynthetic({
			database: source,
			learners: 6,
			answers: 600,
			heavyAnswers: 100,
			benchCohortSize: 6,
			months: 1,
			seed: 20261130,
			password: 'copy-test-password'
		});
		fillEmptyTables(source);
		target = await freshPostgresDatabase();
		report = await copyToPostgres(source, target.url, { batchSize: 100 });
		db = openPostgres(target.url, { max: 2 });
	}, 120_000);
	afterAll(async () => {
		await db?.$client.end();
		await target?.drop();
		if (folder) rmSync(folder, { recursive: true, force: true });
	});

	it('copies every table, row for row, and its check finds counts and sampled rows equal', () => {
		expect(report.tables.map((table) => table.table).sort()).toEqual(tableNames);
		for (const table of report.tables) {
			expect(table.sourceRows, table.table).toBeGreaterThan(0);
			expect(table.targetRows, table.table).toBe(table.sourceRows);
			expect(table.sampled, table.table).toBeGreaterThan(0);
			expect(table.mismatches, table.table).toEqual([]);
		}
		expect(report.ok).toBe(true);
	});

	it('leaves every table vacuumed, with statistics for the planner', async () => {
		const { rows } = await db.$client.query<{ relname: string }>(
			`select relname from pg_stat_user_tables
			where (last_analyze is null or last_vacuum is null) and relname <> '__drizzle_migrations'`
		);
		expect(rows.map((row) => row.relname)).toEqual([]);
	});

	it('keeps 64-bit ids, bytes, JSON key order and whole milliseconds', async () => {
		const [notification] = await db
			.select()
			.from(pgSchema.notifications)
			.where(eq(pgSchema.notifications.id, BIG_ID));
		expect(notification.createdAt).toEqual(AT);
		const [session] = await db.select().from(pgSchema.userSessions);
		expect(session.secretHash).toEqual(Buffer.from([0, 1, 2, 254, 255]));
		const [throttle] = await db.select().from(pgSchema.throttles);
		expect(throttle.expiresAt).toEqual(AT);
		const { rows } = await db.$client.query<{ spec: string }>(
			'select spec::text as spec from item_drafts'
		);
		expect(Object.keys(JSON.parse(rows[0].spec)).slice(-2)).toEqual(['z', 'a']);
		const [settings] = await db.select().from(pgSchema.siteSettings);
		expect(settings).toMatchObject({
			organisationName: 'Trust — Ünïcode',
			openRegistration: true,
			allowedEmailDomains: ['nhs.net', 'example.org']
		});
	});

	it('continues each identity after the highest copied id', async () => {
		const [added] = await db
			.insert(pgSchema.notifications)
			.values({
				userId: (await db.select().from(pgSchema.users).limit(1))[0].id,
				message: 'New',
				createdAt: AT
			})
			.returning({ id: pgSchema.notifications.id });
		expect(added.id).toBe(BIG_ID + 1);
		const [answer] = await db
			.select({ max: sql<number>`max(${pgSchema.answers.id})` })
			.from(pgSchema.answers);
		const { rows } = await db.$client.query<{ next: number }>(
			`select nextval(pg_get_serial_sequence('answers', 'id')) as next`
		);
		expect(rows[0].next).toBe(answer.max + 1);
	});

	it('refuses a target that holds rows, and leaves it as it was', async () => {
		const before = (await db.$client.query('select count(*) as n from answers')).rows[0].n;
		await expect(copyToPostgres(source, target.url)).rejects.toThrow(
			/^The target database is not empty \(users: \d+ rows, .*\)\. Copy into a new, empty database\.$/
		);
		expect((await db.$client.query('select count(*) as n from answers')).rows[0].n).toBe(before);
	});

	it('reports a sampled field that differs and a table whose count differs', async () => {
		const client = db.$client;
		const { rows } = await client.query<{ id: number }>('select min(id) as id from answers');
		await client.query('update answers set correct = not correct where id = $1', [rows[0].id]);
		await client.query('delete from text_picks where ctid = (select min(ctid) from text_picks)');
		try {
			const check = await checkCopy(source, target.url);
			expect(check.ok).toBe(false);
			const mismatches = check.tables.flatMap((table) => table.mismatches);
			expect(mismatches).toContainEqual(
				expect.stringMatching(new RegExp(`^answers \\(id=${rows[0].id}\\)\\.correct: `))
			);
			expect(mismatches).toContainEqual(
				expect.stringMatching(/^text_picks: \d+ rows in the source, \d+ in the target/)
			);
		} finally {
			await client.query('update answers set correct = not correct where id = $1', [rows[0].id]);
		}
	});

	it('copies nothing when a value cannot be copied', async () => {
		const broken = path.join(folder, 'broken.db');
		copyFileSync(source, broken);
		const sqlite = new Database(broken);
		sqlite
			.prepare('update answers set correct = 2 where rowid = (select max(rowid) from answers)')
			.run();
		sqlite.close();
		const empty = await freshPostgresDatabase();
		try {
			await expect(copyToPostgres(broken, empty.url)).rejects.toThrow(
				new CopyError('answers.correct holds 2, not a boolean (0 or 1).')
			);
			const other = openPostgres(empty.url, { max: 1 });
			try {
				const counts = await other.$client.query(
					'select (select count(*) from users) + (select count(*) from answers) as n'
				);
				expect(counts.rows[0].n).toBe(0);
			} finally {
				await other.$client.end();
			}
		} finally {
			await empty.drop();
		}
	});
});
