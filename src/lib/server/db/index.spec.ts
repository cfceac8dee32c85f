import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '.';
import { banks } from './schema';

describe('the database handle', () => {
	it('applies the pragmas that make answers durable', () => {
		const db = openDatabase(':memory:');
		expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
		expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
		expect(db.$client.pragma('temp_store', { simple: true })).toBe(2);
	});

	it('reuses compiled statements and still returns rows as objects after an array read', () => {
		const db = openDatabase(':memory:');
		db.insert(banks).values({ id: 'b', title: 'Bank', description: '', position: 0 }).run();
		const query = sql`select id, title from banks`;
		expect(db.values(query)).toEqual([['b', 'Bank']]);
		expect(db.all(query)).toEqual([{ id: 'b', title: 'Bank' }]);
		expect(db.$client.prepare('select 1 as one')).toBe(db.$client.prepare('select 1 as one'));
	});

	it('migrates an existing database again without applying or losing anything', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'liver-quiz-migrate-'));
		const file = path.join(folder, 'app.db');
		const first = openDatabase(file);
		first.insert(banks).values({ id: 'kept', title: 'Kept', description: '', position: 0 }).run();
		const applied = first.$client.prepare('select count(*) as n from __drizzle_migrations').get();
		first.$client.close();
		const second = openDatabase(file);
		expect(second.$client.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual(
			applied
		);
		expect(second.select().from(banks).all()).toHaveLength(1);
		second.$client.close();
		rmSync(folder, { recursive: true });
	});
});
