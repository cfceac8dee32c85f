import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, testDatabaseUrl } from '$lib/server/testing/pg';
import type { DB } from '..';
import { preparedStep } from '$lib/server/db/prepared';
import { heldBackItemIdsStep } from '$lib/server/quiz/open-attempts';
import { all, perform, run, transaction } from '$lib/server/db/steps';
import { users as appUsers } from '$lib/server/db/tables';
import { migratePostgres, openPostgres, type PgDB } from '.';
import { users } from './schema';

describe.skipIf(!testDatabaseUrl)('statements on a PostgreSQL connection', () => {
	let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
	let db: PgDB;
	let appDb: DB;

	beforeAll(async () => {
		database = await freshPostgresDatabase();
		// One connection, so every query below meets the statements the others prepared.
		db = openPostgres(database.url, { max: 1 });
		await migratePostgres(db);
		appDb = db as unknown as DB;
	});
	afterAll(async () => {
		await db?.$client.end();
		await database?.drop();
	});

	const prepared = async () =>
		(
			await db.$client.query<{ statement: string }>(
				'select statement from pg_prepared_statements order by prepare_time'
			)
		).rows.map((row) => row.statement);

	it('are prepared once per text with parameters, and run again by name', async () => {
		const byEmail = (email: string) =>
			db.select({ id: users.id }).from(users).where(eq(users.email, email));
		await db.insert(users).values({
			id: 'u1',
			email: 'one@example.org',
			passwordHash: '-',
			displayName: 'One',
			role: 'learner'
		});
		expect(await byEmail('one@example.org')).toEqual([{ id: 'u1' }]);
		expect(await byEmail('two@example.org')).toEqual([]);
		const statements = await prepared();
		expect(statements.filter((s) => s.includes('"email" = $1'))).toHaveLength(1);
		expect(statements.some((s) => s.startsWith('insert into "users"'))).toBe(true);
	});

	it('run the same inside a transaction, and leave texts without parameters unprepared', async () => {
		const found = await db.transaction(async (tx) =>
			tx.select({ id: users.id }).from(users).where(eq(users.email, 'one@example.org'))
		);
		expect(found).toEqual([{ id: 'u1' }]);
		await db.$client.query('select 1');
		const statements = await prepared();
		expect(statements.filter((s) => s.includes('"email" = $1'))).toHaveLength(1);
		expect(statements.some((s) => /^(begin|commit|select 1)/.test(s))).toBe(false);
	});

	const named = preparedStep((q) =>
		q
			.select({ id: appUsers.id })
			.from(appUsers)
			.where(eq(appUsers.displayName, sql.placeholder('name')))
	);
	const add = preparedStep((q) =>
		q.insert(appUsers).values({
			id: sql.placeholder('id'),
			email: sql.placeholder('email'),
			passwordHash: '-',
			displayName: sql.placeholder('name'),
			role: 'learner'
		})
	);

	it('built once per handle, run inside the transaction of the step: they see its writes, and roll back with it', async () => {
		const seen = await transaction(appDb, function* (tx) {
			yield* run(add(appDb, tx, { id: 'a', email: 'ann@example.org', name: 'Ann' }));
			return yield* run(named(appDb, tx, { name: 'Ann' }));
		});
		expect(seen).toEqual([{ id: 'a' }]);

		await expect(
			transaction(appDb, function* (tx) {
				yield* run(add(appDb, tx, { id: 'b', email: 'bea@example.org', name: 'Bea' }));
				// Seen inside, from the transaction's own connection, before it commits.
				expect(yield* run(named(appDb, tx, { name: 'Bea' }))).toEqual([{ id: 'b' }]);
				throw new Error('undone');
			})
		).rejects.toThrow('undone');
		expect(await perform(appDb, run(named(appDb, appDb, { name: 'Bea' })))).toEqual([]);
		expect(await perform(appDb, run(named(appDb, appDb, { name: 'Ann' })))).toEqual([{ id: 'a' }]);
	});

	it("write a transaction's begin with its first query, and queries issued together at once", async () => {
		const client = await db.$client.connect();
		const socket = (client as unknown as { connection: { stream: Record<string, unknown> } })
			.connection.stream;
		client.release();
		let writes = 0;
		for (const method of ['_write', '_writev']) {
			const original = socket[method] as (...args: unknown[]) => unknown;
			socket[method] = function (this: unknown, ...args: unknown[]) {
				writes++;
				return original.apply(this, args);
			};
		}
		const names = await transaction(appDb, function* (tx) {
			yield* run(add(appDb, tx, { id: 'c', email: 'cy@example.org', name: 'Cy' }));
			return yield* all([
				named(appDb, tx, { name: 'Ann' }),
				named(appDb, tx, { name: 'Cy' }),
				named(appDb, tx, { name: 'Bea' })
			]);
		});
		expect(names).toEqual([[{ id: 'a' }], [{ id: 'c' }], []]);
		// begin and the insert; the three reads; commit.
		expect(writes).toBe(3);
	});

	it('keep one plan for every value when they pick rows by a value fixed in the code', async () => {
		// Few of many sessions are active: a plan blind to the status would cost more than one
		// made for 'active', and PostgreSQL would plan the statement again on every call.
		await db.$client.query(`insert into users (id, email, password_hash, display_name, role)
			select 'skew' || n, 'skew' || n || '@example.org', '-', 'Skew ' || n, 'learner'
			from generate_series(1, 40) n`);
		await db.$client.query(`insert into quiz_sessions
			(id, user_id, mode, status, settings, item_count, started_at, max_marks)
			select 's' || n, 'skew' || (n % 40 + 1), case when n % 3 = 0 then 'timed' else 'tutor' end,
				case when n % 200 = 0 then 'active' else 'finished' end, '{}', 10, n, 10
			from generate_series(1, 4000) n`);
		await db.$client.query('analyze quiz_sessions');
		for (let i = 0; i < 8; i++)
			expect(await perform(appDb, heldBackItemIdsStep(appDb, appDb, 'skew1'))).toEqual(new Set());
		const { rows } = await db.$client.query<{ generic_plans: number }>(
			`select generic_plans from pg_prepared_statements where statement like '%"open_session"%'`
		);
		expect(rows).toHaveLength(1);
		expect(rows[0].generic_plans).toBeGreaterThan(0);
	});
});
