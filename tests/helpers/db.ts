import Database from 'better-sqlite3';

/** Reads the throwaway e2e database directly, to check what the server stored. */
export function queryTestDb<T>(sql: string, ...params: unknown[]): T[] {
	const db = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true });
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

/** Changes the e2e database directly, standing in for time passing (the server reads it fresh). */
export function runOnTestDb(sql: string, ...params: unknown[]): number {
	const db = new Database(process.env.E2E_DATABASE_PATH!);
	try {
		db.pragma('busy_timeout = 5000');
		return db.prepare(sql).run(...params).changes;
	} finally {
		db.close();
	}
}
