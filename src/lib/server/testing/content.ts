import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DB } from '../db';
import { cohortMembers, cohorts, trainingModules, type TrainingModule } from '../db/tables';
import { newId } from '../ids';
import type { PgDB } from '../db/pg';
import * as pgSchema from '../db/pg/schema';
import * as sqliteSchema from '../db/schema';
import { insertAccountStep } from '../auth/user';
import { perform } from '../db/steps';
import { contentDb } from './fixtures';
import { runningOnPostgres, testDatabase } from './db';

/** What the bank sync writes, in the order their foreign keys allow. */
const CONTENT_TABLES = [
	'sourceDocuments',
	'passages',
	'banks',
	'items',
	'itemVersions',
	'itemVersionPassages',
	'itemEvents'
] as const;

/** Identity columns whose sequences must continue after the copied ids. */
const IDENTITIES = [
	['item_versions', 'id'],
	['item_events', 'id']
] as const;

const BATCH = 200;

/**
 * A migrated database holding the real banks (or only those named), on the backend the run
 * selects: on SQLite as `contentDb` makes it; on PostgreSQL the same content, synced into SQLite
 * and copied row by row into this test file's database.
 */
export async function contentDatabase(onlyBanks?: string[]): Promise<DB> {
	const source = contentDb(onlyBanks);
	if (!runningOnPostgres) return source;
	const db = await testDatabase();
	const target = db as unknown as PgDB;
	for (const name of CONTENT_TABLES) {
		const rows = source
			.select()
			.from(sqliteSchema[name] as SQLiteTable)
			.all();
		for (let i = 0; i < rows.length; i += BATCH)
			await target.insert(pgSchema[name]).values(rows.slice(i, i + BATCH) as never);
	}
	for (const [table, column] of IDENTITIES)
		await target.execute(
			sql.raw(
				`select setval(pg_get_serial_sequence('${table}', '${column}'), coalesce((select max(${column}) from ${table}), 0) + 1, false)`
			)
		);
	source.$client.close();
	return db;
}

let learners = 0;

/** A learner stored without hashing a password, on either backend: for tests that never sign in. */
export async function learnerIn(db: DB, profession: 'doctor' | 'nurse' = 'doctor') {
	learners += 1;
	const result = await perform(
		db,
		insertAccountStep(db, {
			email: `quiz-learner${learners}@example.org`,
			passwordHash: 'none: this account never signs in',
			displayName: `Quiz learner ${learners}`,
			profession,
			role: 'learner'
		})
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.user;
}

/**
 * A module of the given banks assigned to a learner through a cohort of its own, written directly
 * on either backend: the cohort's owner is a new educator.
 */
export async function assignedModule(
	db: DB,
	learnerId: string,
	module: Partial<TrainingModule> & Pick<TrainingModule, 'bankIds'>,
	now = new Date()
): Promise<TrainingModule> {
	const educator = await learnerIn(db);
	const cohortId = newId();
	await db.insert(cohorts).values({
		id: cohortId,
		name: 'Ward team',
		joinCode: newId(),
		ownerId: educator.id,
		createdAt: now
	});
	await db.insert(cohortMembers).values({ cohortId, userId: learnerId, joinedAt: now });
	const [created] = await db
		.insert(trainingModules)
		.values({
			id: newId(),
			cohortId,
			title: 'Trial design',
			itemCount: 3,
			secondsPerItem: 60,
			passMark: 50,
			dueDays: 30,
			attemptsAllowed: null,
			createdBy: educator.id,
			createdAt: now,
			...module
		})
		.returning();
	return created;
}
