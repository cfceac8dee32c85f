import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * How often the worker copies committed pages from the log into the database file while the
 * log keeps growing. Often, so each copy is small: a commit's fsync waits behind the fsync that
 * ends a checkpoint, and the larger the copy the longer that wait (README, Performance).
 */
const BUSY_EVERY_MS = 20;
/** While nothing is written, the worker looks less often: each wake-up of a thread costs CPU. */
const IDLE_EVERY_MS = 250;
/** Log pages after which a writer checkpoints itself, should the worker ever fall behind. */
const BACKSTOP_PAGES = 20_000;

const checkpointer = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let lastLog = -1;
let wait = workerData.busyMs;
function round() {
	let log = lastLog;
	try {
		log = checkpoint.get().log;
	} catch {
		// Busy or interrupted: the next round, or a writer's own checkpoint, catches up.
	}
	wait = log !== lastLog ? workerData.busyMs : Math.min(wait * 2, workerData.idleMs);
	lastLog = log;
	setTimeout(round, wait);
}
round();
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
			busyMs: BUSY_EVERY_MS,
			idleMs: IDLE_EVERY_MS
		}
	});
	worker.on('error', (error) => {
		console.error('Background checkpoints stopped; writers checkpoint the log again.', error);
		sqlite.pragma('wal_autocheckpoint = 1000');
	});
	worker.unref();
}
