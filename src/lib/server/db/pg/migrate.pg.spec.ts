import journal from '../../../../../drizzle/pg/meta/_journal.json';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { eq, is } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, testDatabaseUrl } from '$lib/server/testing/pg';
import { migratePostgres, openPostgres, type PgDB } from '.';
import * as schema from './schema';

const tables = (Object.values(schema) as unknown[])
	.filter((value): value is PgTable => is(value, PgTable))
	.map((table) => getTableConfig(table));

describe.skipIf(!testDatabaseUrl)('PostgreSQL migrations', () => {
	let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
	let db: PgDB;

	beforeAll(async () => {
		database = await freshPostgresDatabase();
		db = openPostgres(database.url, { max: 2 });
		await migratePostgres(db);
	});
	afterAll(async () => {
		await db?.$client.end();
		await database?.drop();
	});

	it('create every table of the schema, with its columns, in an empty database', async () => {
		const { rows } = await db.$client.query<{ table_name: string; column_name: string }>(
			`select table_name, column_name from information_schema.columns where table_schema = 'public'`
		);
		const found = new Map<string, string[]>();
		for (const row of rows)
			found.set(row.table_name, [...(found.get(row.table_name) ?? []), row.column_name]);
		expect([...found.keys()].sort()).toEqual(tables.map((table) => table.name).sort());
		for (const table of tables)
			expect(found.get(table.name)?.sort(), table.name).toEqual(
				table.columns.map((column) => column.name).sort()
			);
	});

	it('create every index of the schema', async () => {
		const { rows } = await db.$client.query<{ indexname: string }>(
			`select indexname from pg_indexes where schemaname = 'public'`
		);
		const names = new Set(rows.map((row) => row.indexname));
		for (const table of tables)
			for (const index of table.indexes) expect(names, table.name).toContain(index.config.name);
	});

	it('apply each migration once when two servers start at once on an empty database', async () => {
		const empty = await freshPostgresDatabase();
		const servers = [0, 1].map(() => openPostgres(empty.url, { max: 2 }));
		try {
			await Promise.all(servers.map((server) => migratePostgres(server)));
			const [{ count }] = (
				await servers[0].$client.query<{ count: number }>(
					'select count(*) from drizzle.__drizzle_migrations'
				)
			).rows;
			expect(count).toBe(journal.entries.length);
		} finally {
			await Promise.all(servers.map((server) => server.$client.end()));
			await empty.drop();
		}
	});

	it('carry on when the server ends an idle connection, and serve the next query on a new one', async () => {
		const pool = openPostgres(database.url, { max: 1 });
		try {
			const [{ pid }] = (
				await pool.$client.query<{ pid: number }>('select pg_backend_pid() as pid')
			).rows;
			const closed = new Promise((resolve) => pool.$client.once('remove', resolve));
			await db.$client.query('select pg_terminate_backend($1)', [pid]);
			await closed;
			const [{ pid: next }] = (
				await pool.$client.query<{ pid: number }>('select pg_backend_pid() as pid')
			).rows;
			expect(next).not.toBe(pid);
		} finally {
			await pool.$client.end();
		}
	});

	it('apply nothing twice when run again', async () => {
		await migratePostgres(db);
		const [{ count }] = (
			await db.$client.query<{ count: number }>('select count(*) from drizzle.__drizzle_migrations')
		).rows;
		expect(count).toBe(journal.entries.length);
	});

	it('read timestamps, booleans, JSON and counts back as the app expects them', async () => {
		const createdAt = new Date(1_767_225_600_123);
		await db.insert(schema.users).values({
			id: 'u1',
			email: 'a@example.org',
			passwordHash: 'x',
			displayName: 'A',
			createdAt
		});
		await db.insert(schema.siteSettings).values({
			id: 1,
			organisationName: 'Trust',
			timeZone: 'Europe/London',
			openRegistration: true,
			allowedEmailDomains: ['nhs.net', 'example.org'],
			updatedAt: createdAt,
			updatedBy: 'u1'
		});
		const [user] = await db.select().from(schema.users);
		expect(user.createdAt).toEqual(createdAt);
		expect(user.deactivatedAt).toBeNull();
		const [settings] = await db.select().from(schema.siteSettings);
		expect(settings.openRegistration).toBe(true);
		expect(settings.allowedEmailDomains).toEqual(['nhs.net', 'example.org']);
		const { rows } = await db.$client.query('select count(*) as n from users');
		expect(rows[0].n).toBe(1);
	});

	it('fill a creation time the insert leaves out with the current time', async () => {
		const before = Date.now();
		await db.insert(schema.users).values({
			id: 'u2',
			email: 'b@example.org',
			passwordHash: 'x',
			displayName: 'B'
		});
		const [user] = await db
			.select({ createdAt: schema.users.createdAt })
			.from(schema.users)
			.where(eq(schema.users.id, 'u2'));
		expect(user.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
		expect(user.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
	});
});
