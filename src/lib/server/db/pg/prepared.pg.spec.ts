import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, testDatabaseUrl } from '../../testing/pg';
import type { DB } from '..';
import { preparedStep } from '../prepared';
import { perform, run, transaction } from '../steps';
import { migratePostgres, openPostgres, type PgDB } from '.';
import { users } from '../tables';

describe.skipIf(!testDatabaseUrl)('queries prepared once, on PostgreSQL', () => {
	let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
	let pg: PgDB;
	let db: DB;

	beforeAll(async () => {
		database = await freshPostgresDatabase();
		pg = openPostgres(database.url, { max: 3 });
		await migratePostgres(pg);
		db = pg as unknown as DB;
	});
	afterAll(async () => {
		await pg?.$client.end();
		await database?.drop();
	});

	const named = preparedStep((q) =>
		q
			.select({ id: users.id })
			.from(users)
			.where(eq(users.displayName, sql.placeholder('name')))
	);
	const add = preparedStep((q) =>
		q.insert(users).values({
			id: sql.placeholder('id'),
			email: sql.placeholder('email'),
			passwordHash: '-',
			displayName: sql.placeholder('name'),
			role: 'learner'
		})
	);

	it('run inside the transaction of the step: they see its writes, and roll back with it', async () => {
		const seen = await transaction(db, function* (tx) {
			yield* run(add(db, tx, { id: 'a', email: 'a@example.org', name: 'Ann' }));
			return yield* run(named(db, tx, { name: 'Ann' }));
		});
		expect(seen).toEqual([{ id: 'a' }]);

		await expect(
			transaction(db, function* (tx) {
				yield* run(add(db, tx, { id: 'b', email: 'b@example.org', name: 'Bea' }));
				// Seen inside, from the transaction's own connection, before it commits.
				expect(yield* run(named(db, tx, { name: 'Bea' }))).toEqual([{ id: 'b' }]);
				throw new Error('undone');
			})
		).rejects.toThrow('undone');
		expect(await perform(db, run(named(db, db, { name: 'Bea' })))).toEqual([]);
		expect(await perform(db, run(named(db, db, { name: 'Ann' })))).toEqual([{ id: 'a' }]);
	});
});
