import Database from 'better-sqlite3';
import {
	closeSync,
	copyFileSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '.';
import { backupDatabase, BackupError, countRows } from './backup';
import { banks } from './schema';

const LINES_PER_BATCH = 10;
const SEEDED_BATCHES = 500;

const folders: string[] = [];
function freshFolder(): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'liver-quiz-backup-'));
	folders.push(folder);
	return folder;
}
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * A migrated database with some app rows, and a ledger written in batches: each batch is one
 * transaction of a `batches` row and its lines, so a copy taken mid-write shows whether it holds
 * whole transactions only.
 */
function databaseBeingWritten(file: string): void {
	const db = openDatabase(file);
	db.insert(banks)
		.values(
			Array.from({ length: 50 }, (_, i) => ({
				id: `bank-${i}`,
				title: `Bank ${i}`,
				description: '',
				position: i
			}))
		)
		.run();
	const sqlite = db.$client;
	sqlite.exec(`create table batches (id integer primary key);
		create table lines (batch_id integer not null references batches (id), body blob not null);`);
	// Enough pages that copying them takes a while, for the writer to commit meanwhile.
	const addBatch = sqlite.transaction(() => {
		const batch = sqlite.prepare('insert into batches default values').run().lastInsertRowid;
		for (let i = 0; i < LINES_PER_BATCH; i++)
			sqlite.prepare('insert into lines values (?, randomblob(4000))').run(batch);
	});
	sqlite.transaction(() => {
		for (let i = 0; i < SEEDED_BATCHES; i++) addBatch();
	})();
	sqlite.close();
}

/** Writes batches from a thread with its own connection, as the server does, until stopped. */
function startWriter(file: string): { batchesWritten: () => number; stop: () => Promise<void> } {
	const shared = new Int32Array(new SharedArrayBuffer(8));
	const worker = new Worker(
		`const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
const addBatch = db.transaction(() => {
	const batch = db.prepare('insert into batches default values').run().lastInsertRowid;
	for (let i = 0; i < workerData.lines; i++)
		db.prepare('insert into lines values (?, randomblob(100))').run(batch);
});
const state = new Int32Array(workerData.shared);
while (Atomics.load(state, 0) === 0) {
	addBatch();
	Atomics.add(state, 1, 1);
}
db.close();`,
		{
			eval: true,
			workerData: {
				driver: createRequire(import.meta.url).resolve('better-sqlite3'),
				file,
				lines: LINES_PER_BATCH,
				shared: shared.buffer
			}
		}
	);
	const exited = new Promise<void>((resolve, reject) => {
		worker.on('exit', () => resolve());
		worker.on('error', reject);
	});
	return {
		batchesWritten: () => Atomics.load(shared, 1),
		stop: () => {
			Atomics.store(shared, 0, 1);
			return exited;
		}
	};
}

function countOf(file: string, table: string): number {
	const db = new Database(file, { readonly: true });
	try {
		return db.prepare(`select count(*) from ${table}`).pluck().get() as number;
	} finally {
		db.close();
	}
}

describe('backing up the database', () => {
	it('copies a database that another connection writes meanwhile, whole transactions only', async () => {
		const folder = freshFolder();
		const live = path.join(folder, 'app.db');
		const target = path.join(folder, 'backup.db');
		databaseBeingWritten(live);

		const writer = startWriter(live);
		try {
			while (writer.batchesWritten() < 20) await new Promise((r) => setTimeout(r, 5));
			const writtenBefore = writer.batchesWritten();
			const report = await backupDatabase(live, target);
			const writtenDuring = writer.batchesWritten() - writtenBefore;
			await writer.stop();
			expect(writtenDuring, 'batches the writer committed while the backup ran').toBeGreaterThan(0);

			const copy = new Database(target, { readonly: true });
			const rows = countRows(copy);
			expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
			expect(copy.pragma('foreign_key_check')).toEqual([]);
			copy.close();
			expect(report.rows).toEqual(rows);

			expect(rows.batches).toBeGreaterThanOrEqual(SEEDED_BATCHES + writtenBefore);
			expect(rows.batches).toBeLessThanOrEqual(countOf(live, 'batches'));
			expect(rows.lines).toBe(rows.batches * LINES_PER_BATCH);
			expect(rows.banks).toBe(50);
			const liveDb = new Database(live, { readonly: true });
			const liveTables = Object.keys(countRows(liveDb));
			liveDb.close();
			expect(Object.keys(rows)).toEqual(liveTables);
		} finally {
			await writer.stop();
		}
	});

	it('restores by copying the backup into place: the app opens it with every row', async () => {
		const folder = freshFolder();
		const live = path.join(folder, 'app.db');
		const target = path.join(folder, 'backup.db');
		databaseBeingWritten(live);
		await backupDatabase(live, target);

		const restored = path.join(freshFolder(), 'app.db');
		copyFileSync(target, restored);
		const db = openDatabase(restored);
		const original = new Database(live, { readonly: true });
		expect(countRows(db.$client)).toEqual(countRows(original));
		original.close();
		db.$client.close();
	});

	it('keeps the previous backup when the database is damaged, and says so', async () => {
		const folder = freshFolder();
		const live = path.join(folder, 'app.db');
		const target = path.join(folder, 'backup.db');
		databaseBeingWritten(live);
		writeFileSync(target, 'the previous backup');

		const reader = new Database(live, { readonly: true });
		const root = reader
			.prepare("select rootpage from sqlite_schema where name = 'lines'")
			.pluck()
			.get() as number;
		const pageSize = reader.pragma('page_size', { simple: true }) as number;
		reader.close();
		const fd = openSync(live, 'r+');
		writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (root - 1) * pageSize);
		closeSync(fd);

		await expect(backupDatabase(live, target)).rejects.toThrow(BackupError);
		await expect(backupDatabase(live, target)).rejects.toThrow(/is damaged, so .* was left/);
		expect(readFileSync(target, 'utf8')).toBe('the previous backup');
		expect(() => readFileSync(`${target}.partial`)).toThrow();
	});

	it('refuses to write the backup over the database itself', async () => {
		const live = path.join(freshFolder(), 'app.db');
		databaseBeingWritten(live);
		await expect(backupDatabase(live, `${path.dirname(live)}/./app.db`)).rejects.toThrow(
			/another file than the database/
		);
		expect(countOf(live, 'batches')).toBe(SEEDED_BATCHES);
	});
});
