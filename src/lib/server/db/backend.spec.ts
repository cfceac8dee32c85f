import { describe, expect, it } from 'vitest';
import { databaseBackend } from './backend';

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
});
