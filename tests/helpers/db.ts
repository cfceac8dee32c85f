import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

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

/** Overwrites the start of a table's first page, as a bad sector or a stray write would. */
export function damageTable(file: string, table: string): void {
	const db = new Database(file, { readonly: true });
	const rootpage = db
		.prepare("select rootpage from sqlite_schema where type = 'table' and name = ?")
		.pluck()
		.get(table) as number;
	const pageSize = db.pragma('page_size', { simple: true }) as number;
	db.close();
	const fd = openSync(file, 'r+');
	try {
		writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (rootpage - 1) * pageSize);
	} finally {
		closeSync(fd);
	}
}
