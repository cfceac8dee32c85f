import { randomBytes } from 'node:crypto';
import pg from 'pg';
// The declaration below augments vitest's module, which must be in the program to be augmented.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { databaseBackend } from '$lib/server/db/backend';
import { migratePostgres, openPostgres } from '$lib/server/db/pg';
import { testDatabaseUrl } from './pg';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The migrated database each test file's PostgreSQL database is cloned from. */
		postgresTemplate: string | null;
	}
}

async function onServer(statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: testDatabaseUrl });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

/**
 * Vitest's global setup: on a run against PostgreSQL, migrates one template database, which every
 * test file clones (far quicker than migrating each), and drops it and its clones at the end.
 */
export default async function setup(project: TestProject) {
	if (databaseBackend() !== 'postgres' || !testDatabaseUrl) {
		project.provide('postgresTemplate', null);
		return;
	}
	const template = `run_${randomBytes(4).toString('hex')}`;
	await onServer(`create database "${template}"`);
	const url = new URL(testDatabaseUrl);
	url.pathname = `/${template}`;
	const db = openPostgres(url.toString(), { max: 1 });
	try {
		await migratePostgres(db);
	} finally {
		await db.$client.end();
	}
	project.provide('postgresTemplate', template);
	return async () => {
		const client = new pg.Client({ connectionString: testDatabaseUrl });
		await client.connect();
		try {
			const { rows } = await client.query<{ datname: string }>(
				'select datname from pg_database where datname like $1',
				[`${template}%`]
			);
			for (const { datname } of rows)
				await client.query(`drop database if exists "${datname}" with (force)`);
		} finally {
			await client.end();
		}
	};
}
