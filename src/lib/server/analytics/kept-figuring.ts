import type { DB, Queries } from '$lib/server/db';
import { parallel, transaction, type Step } from '$lib/server/db/steps';

/*
 * Figures worked out again from kept totals, for item versions and modules alike: read between
 * two equal readings of the totals' `changes` counter, worked out side by side, and kept unless
 * the totals changed meanwhile.
 */

/** Reads of a version's totals tried before its figures are shown without being kept. */
const FIGURING_TRIES = 3;

/**
 * Figures worked out from totals read between two equal readings of their `changes` counter,
 * and that count; a null count when the totals kept changing while being read.
 */
export function* stableStep<T>(
	changes: () => Step<number | null>,
	figures: () => Step<T>
): Step<{ changes: number | null; figures: T }> {
	for (let attempt = 1; ; attempt++) {
		const before = yield* changes();
		const worked = yield* figures();
		const after = yield* changes();
		if (before === after) return { changes: before, figures: worked };
		if (attempt >= FIGURING_TRIES) return { changes: null, figures: worked };
	}
}

/**
 * The figures of those keys (item versions, modules) whose totals changed since their figures
 * were kept, each worked out again by `workOut`. They are worked out side by side, in one
 * transaction, so on PostgreSQL each read goes to the database for all of them at once rather
 * than once per key.
 */
export async function workOutAgain<K, F>(
	db: DB,
	keys: K[],
	workOut: (tx: Queries, key: K) => Step<{ changes: number | null; figures: F }>
): Promise<Map<K, { changes: number | null; figures: F }>> {
	if (!keys.length) return new Map();
	const worked = await transaction(db, (tx) => parallel(keys.map((key) => workOut(tx, key))));
	return new Map(keys.map((key, i) => [key, worked[i]]));
}

/**
 * Keeps the figures `workOutAgain` worked out, but for those whose totals changed while they were
 * read, in one transaction: the rows are written side by side (on PostgreSQL in one round trip),
 * in the order of their keys, so that two views keeping the same rows lock them in the same order.
 */
export async function storeAgain<K extends number | string, F>(
	db: DB,
	again: Map<K, { changes: number | null; figures: F }>,
	store: (tx: Queries, key: K, changes: number, figures: F) => Step<void>
): Promise<void> {
	const kept = [...again]
		.filter(([, worked]) => worked.changes !== null)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	if (!kept.length) return;
	await transaction(db, (tx) =>
		parallel(kept.map(([key, worked]) => store(tx, key, worked.changes!, worked.figures)))
	);
}
