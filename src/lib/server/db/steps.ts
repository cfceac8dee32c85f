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

/**
 * Queries sent together: on PostgreSQL written to the connection one after another without
 * waiting for each result (node-postgres's pipeline mode), so they cost one round trip; on SQLite
 * run in order. `settle` keeps each query's outcome, error or result, instead of failing at the
 * first error.
 */
class Batch implements Query<unknown[]> {
	constructor(
		readonly queries: readonly Query[],
		readonly settle: boolean
	) {}

	then<R1 = unknown[], R2 = never>(
		onFulfilled?: ((value: unknown[]) => R1 | PromiseLike<R1>) | null,
		onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null
	): PromiseLike<R1 | R2> {
		// Each query is sent as `.then` is called on it, so in the batch's order.
		const sent = this.settle ? Promise.allSettled(this.queries) : Promise.all(this.queries);
		return sent.then(onFulfilled, onRejected);
	}
}

type Results<Q extends readonly Query[]> = { -readonly [K in keyof Q]: Awaited<Q[K]> };

/**
 * Queries that do not depend on each other's results, in one round trip on PostgreSQL:
 * `const [a, b] = yield* all([queryA, queryB])`. They run in the order they are made (on
 * PostgreSQL a prepared query is sent when made, a query builder when the batch runs); the first
 * error is thrown into the step.
 */
export function* all<const Q extends readonly Query[]>(
	queries: Q
): Generator<Query, Results<Q>, unknown> {
	return (yield new Batch(queries, false)) as Results<Q>;
}

/**
 * Steps that touch different rows, run side by side: each round sends the next query of every
 * step that has not ended as one batch (`all`), and each step goes on with its own result or
 * error. Returns each step's result. Rows locked by more than one step would be locked in an
 * order that depends on the rounds, so give it steps on different tables.
 */
export function* parallel<const S extends readonly Step<unknown>[]>(
	steps: S
): Generator<Query, { -readonly [K in keyof S]: S[K] extends Step<infer T> ? T : never }, unknown> {
	const results: unknown[] = new Array(steps.length);
	let pending = advanceAll(steps.map((step, index) => ({ step, index, outcome: undefined })));
	for (;;) {
		for (const { index, next } of pending) if (next.done) results[index] = next.value;
		const waiting = pending.filter(({ next }) => !next.done);
		if (waiting.length === 0) break;
		const outcomes = (yield new Batch(
			waiting.map(({ next }) => next.value as Query),
			true
		)) as PromiseSettledResult<unknown>[];
		pending = advanceAll(waiting.map((entry, i) => ({ ...entry, outcome: outcomes[i] })));
	}
	return results as { -readonly [K in keyof S]: S[K] extends Step<infer T> ? T : never };
}

interface Advancing {
	step: Step<unknown>;
	index: number;
	/** What the step's last query came to; none before its first. */
	outcome: PromiseSettledResult<unknown> | undefined;
}

/**
 * Moves each step on to its next query. On PostgreSQL a prepared query is sent as it is made, so
 * if a step throws, the queries the steps before it made are left to end unheard rather than as
 * unhandled rejections.
 */
function advanceAll(entries: Advancing[]) {
	const advanced: (Advancing & { next: IteratorResult<Query, unknown> })[] = [];
	try {
		for (const entry of entries) {
			const { step, outcome } = entry;
			const next = !outcome
				? step.next()
				: outcome.status === 'fulfilled'
					? step.next(outcome.value)
					: step.throw(outcome.reason);
			advanced.push({ ...entry, next });
		}
	} catch (error) {
		for (const { next } of advanced)
			if (!next.done && next.value instanceof Promise) next.value.catch(() => {});
		throw error;
	}
	return advanced;
}

/** Whether `db` (a handle or a transaction) is on PostgreSQL. */
export function onPostgres(db: Queries): boolean {
	return is(db, PgDatabase);
}

/** Runs a SQLite query at once: select, or insert, update and delete with or without returning. */
function executeNow(query: Query): unknown {
	if (query instanceof Batch) {
		if (!query.settle) return query.queries.map(executeNow);
		return query.queries.map((each): PromiseSettledResult<unknown> => {
			try {
				return { status: 'fulfilled', value: executeNow(each) };
			} catch (reason) {
				return { status: 'rejected', reason };
			}
		});
	}
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
