import { is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { runningOnPostgres } from '$lib/server/testing/db';
import * as postgres from './pg/schema';
import * as sqlite from './schema';
import * as tables from './tables';

describe('the tables domain code uses', () => {
	it('are every table of the schema, each from the backend the process runs on', () => {
		const chosen: Record<string, unknown> = runningOnPostgres ? postgres : sqlite;
		const names = Object.entries(sqlite)
			.filter(([, value]) => is(value, SQLiteTable))
			.map(([name]) => name);
		expect(names.length).toBeGreaterThan(40);
		for (const name of names)
			expect((tables as Record<string, unknown>)[name], name).toBe(chosen[name]);
	});
});
