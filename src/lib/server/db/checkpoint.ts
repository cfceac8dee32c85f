import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * How often the worker copies committed pages from the log into the database file. Often, so
 * each copy is small: a commit's fsync waits behind the fsync that ends a checkpoint, and at a
 * quarter-second apart under load that wait reached 40 ms; at 20 ms apart it stays under 10 ms.
 */
const CHECKPOINT_EVERY_MS = 20;
/** Log pages after which a writer checkpoints itself, should the worker ever fall behind. */
const BACKSTOP_PAGES = 20_000;

const checkpointer = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
setInterval(() => {
	try {
		db.pragma('wal_checkpoint(PASSIVE)');
	} catch {
		// Busy or interrupted: the next round, or a writer's own checkpoint, catches up.
	}
}, workerData.everyMs);
`;

/**
 * Moves checkpointing of the write-ahead log off the request path. SQLite otherwise has the
 * writer whose commit fills the log copy it into the database file and fsync that file, which
 * stalls every request waiting behind it. A worker thread with its own connection does it in
 * small passive steps instead, which never block readers or the writer.
 */
export function checkpointInBackground(sqlite: Database.Database): void {
	sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
	const worker = new Worker(checkpointer, {
		eval: true,
		workerData: {
			driver: createRequire(import.meta.url).resolve('better-sqlite3'),
			file: sqlite.name,
			everyMs: CHECKPOINT_EVERY_MS
		}
	});
	worker.on('error', (error) => {
		console.error('Background checkpoints stopped; writers checkpoint the log again.', error);
		sqlite.pragma('wal_autocheckpoint = 1000');
	});
	worker.unref();
}
