import type { DB } from '.';
import { runSync, type Step } from './steps';

interface Job {
	work: () => unknown;
	resolve: (value: unknown) => void;
	reject: (reason: unknown) => void;
}

const queues = new WeakMap<DB, Job[]>();

/** Runs every queued job in one transaction, each in a savepoint of its own, then commits once. */
function flush(db: DB): void {
	const jobs = queues.get(db) ?? [];
	queues.delete(db);
	const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
	const sqlite = db.$client;
	try {
		sqlite.transaction(() => {
			for (const job of jobs) {
				try {
					outcomes.push({ ok: true, value: sqlite.transaction(job.work)() });
				} catch (error) {
					outcomes.push({ ok: false, error });
				}
			}
		})();
	} catch (error) {
		for (const job of jobs) job.reject(error);
		return;
	}
	jobs.forEach((job, i) => {
		const outcome = outcomes[i];
		if (outcome.ok) job.resolve(outcome.value);
		else job.reject(outcome.error);
	});
}

/**
 * Runs `work` as a transaction and resolves once it is durably committed. Writes that arrive in
 * the same turn of the event loop share one commit, and so one fsync: under load many learners'
 * answers cost the disk what one does, and none is acknowledged before it is on disk. Each piece
 * of work is isolated by a savepoint, so one that throws is undone alone and rejects alone.
 */
export function groupCommit<T>(db: DB, work: () => T): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		let queue = queues.get(db);
		if (!queue) {
			queue = [];
			queues.set(db, queue);
			setImmediate(() => flush(db));
		}
		queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
	});
}

/**
 * `groupCommit` of a step: the step's queries run synchronously in the shared transaction, each
 * step undone alone if it throws. SQLite only, as `groupCommit` is.
 */
export function groupCommitStep<T>(db: DB, step: () => Step<T>): Promise<T> {
	return groupCommit(db, () => runSync(step()));
}
