import { is, sql } from 'drizzle-orm';
import { PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { ExecuteResultSync } from 'drizzle-orm/sqlite-core';
import type { DB, Queries } from '.';

// Domain code that runs on SQLite and PostgreSQL alike writes what must happen together as a
// step: a generator that yields each query (`yield* run(query)`) and returns a result. On SQLite
// a step runs synchronously, inside better-sqlite3's synchronous transaction, so savepoints,
// shared commits and the order of writes are what they were; on PostgreSQL it runs inside an
// asynchronous transaction, awaiting each query. Reads that need no transaction are simply
// awaited (`const [row] = await db.select()…limit(1)`), which works on both.

/** A query as a step yields it: a drizzle query of either dialect, awaited for its result. */
export type Query<T = unknown> = PromiseLike<T>;

/** Queries run in order, ending in a result of type `T`. Steps compose with `yield*`. */
export type Step<T> = Generator<Query, T, unknown>;

/** One query in a step: `const rows = yield* run(tx.select().from(users))`. */
export function* run<T>(query: Query<T>): Generator<Query<T>, T, unknown> {
	return (yield query) as T;
}

/** Whether `db` (a handle or a transaction) is on PostgreSQL. */
export function onPostgres(db: Queries): boolean {
	return is(db, PgDatabase);
}

/** Runs a SQLite query at once: select, or insert, update and delete with or without returning. */
function executeNow(query: Query): unknown {
	if (is(query, ExecuteResultSync)) return query.sync();
	const builder = query as { prepare?: () => { execute(): unknown } };
	const result = typeof builder.prepare === 'function' ? builder.prepare().execute() : undefined;
	if (is(result, ExecuteResultSync)) return result.sync();
	throw new Error(
		'Only a SQLite query can run synchronously; on PostgreSQL run the step with await.'
	);
}

/**
 * Runs a step to its end synchronously, on SQLite only: how `perform` and `transaction` run a
 * step there, and how SQLite-only code inside better-sqlite3's synchronous transactions does (the
 * shared commit of `groupCommitStep`, the benchmark's bulk seeding). Domain code awaits `perform`
 * or `transaction` instead. An error of a query is thrown into the step, which may catch it.
 */
export function runSync<T>(step: Step<T>): T {
	let next = step.next();
	while (!next.done) {
		let result: unknown;
		try {
			result = executeNow(next.value);
		} catch (error) {
			next = step.throw(error);
			continue;
		}
		next = step.next(result);
	}
	return next.value;
}

async function runAwaiting<T>(step: Step<T>): Promise<T> {
	let next = step.next();
	while (!next.done) {
		let result: unknown;
		try {
			result = await next.value;
		} catch (error) {
			next = step.throw(error);
			continue;
		}
		next = step.next(result);
	}
	return next.value;
}

/**
 * Runs a step outside any transaction, each query committing on its own. On SQLite it has run to
 * its end before this returns, as a synchronous call would have.
 */
export async function perform<T>(db: Queries, step: Step<T>): Promise<T> {
	return onPostgres(db) ? runAwaiting(step) : runSync(step);
}

export interface TransactionOptions {
	/**
	 * SQLite: when the transaction takes the database's write lock. `immediate` takes it at the
	 * start, so nothing another process writes can land between this transaction's reads and its
	 * writes. Within one process SQLite transactions never interleave anyway.
	 */
	behavior?: 'deferred' | 'immediate' | 'exclusive';
	/**
	 * PostgreSQL: names this transaction holds alone, from its start to its commit; another
	 * transaction naming one of them waits (`pg_advisory_xact_lock`, taken in sorted order so two
	 * transactions never wait on each other). Use them where a transaction reads rows and then
	 * writes what it decided, and a row lock cannot cover rows that may not exist yet.
	 */
	locks?: readonly string[];
}

/** The advisory-lock namespace of `TransactionOptions.locks`, apart from any other user's. */
const LOCK_SPACE = 0x6c71;

/** PostgreSQL's deadlock and serialization failures: the transaction did nothing and may run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * Runs a step as one transaction: on SQLite synchronously, before this returns; on PostgreSQL
 * asynchronously, in READ COMMITTED with the options' locks, run again from the start (with a new
 * step from `body`) if PostgreSQL ends it as a deadlock's victim. Either way a step that throws
 * rolls back everything it wrote and the promise rejects with its error.
 */
export async function transaction<T>(
	db: DB,
	body: (tx: Queries) => Step<T>,
	options: TransactionOptions = {}
): Promise<T> {
	if (!onPostgres(db))
		return db.transaction((tx) => runSync(body(tx)), { behavior: options.behavior });
	const pg = db as unknown as PgDatabase<PgQueryResultHKT>;
	const locks = [...new Set(options.locks ?? [])].sort();
	for (let attempt = 1; ; attempt++) {
		try {
			return await pg.transaction(async (tx) => {
				for (const name of locks)
					await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE}, hashtext(${name}))`);
				return runAwaiting(body(tx as unknown as Queries));
			});
		} catch (error) {
			if (attempt >= ATTEMPTS || !RETRYABLE.has(postgresCode(error) ?? '')) throw error;
		}
	}
}

/** The SQLSTATE of a PostgreSQL error, which drizzle may wrap in an error of its own. */
function postgresCode(error: unknown): string | undefined {
	for (let e = error; e instanceof Error; e = e.cause) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string') return code;
	}
	return undefined;
}
