import { describe, expect, it } from 'vitest';
import { databaseBackend, poolSize } from './backend';

describe('the database backend', () => {
	it('is SQLite without DATABASE_URL', () => {
		expect(databaseBackend({})).toBe('sqlite');
		expect(databaseBackend({ DATABASE_URL: '', DATABASE_PATH: './data/app.db' })).toBe('sqlite');
	});

	it('is PostgreSQL for a postgres:// or postgresql:// address', () => {
		expect(databaseBackend({ DATABASE_URL: 'postgres://quiz@db.example.org/quiz' })).toBe(
			'postgres'
		);
		expect(databaseBackend({ DATABASE_URL: 'postgresql://localhost/quiz?host=/tmp' })).toBe(
			'postgres'
		);
	});

	it('refuses any other address rather than quietly using SQLite', () => {
		for (const url of ['mysql://localhost/quiz', 'postgress://localhost/quiz', './data/app.db'])
			expect(() => databaseBackend({ DATABASE_URL: url })).toThrow(/postgres:\/\//);
	});

	it('keeps 10 PostgreSQL connections unless PG_POOL_SIZE says how many, and refuses a wrong count', () => {
		expect(poolSize({})).toBe(10);
		expect(poolSize({ PG_POOL_SIZE: '' })).toBe(10);
		expect(poolSize({ PG_POOL_SIZE: ' 24 ' })).toBe(24);
		for (const setting of ['0', '-5', '2.5', 'ten', '10000'])
			expect(() => poolSize({ PG_POOL_SIZE: setting })).toThrow('PG_POOL_SIZE');
	});
});
