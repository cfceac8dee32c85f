import { and, eq, exists, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DB, Queries } from '$lib/server/db';
import { preparedStep, fixed } from '$lib/server/db/prepared';
import { run, type Step } from '$lib/server/db/steps';
import { quizSessionItems, quizSessions } from '$lib/server/db/tables';

/**
 * The one rule that keeps a timed test honest: while a learner has a timed test (or module
 * attempt) open, its items are held back everywhere else. No new session serves them, and no page
 * shows their key, explanations, peers' answers or whether an earlier answer to them was right,
 * until the test is marked.
 */

const openSession = alias(quizSessions, 'open_session');
const openSlot = alias(quizSessionItems, 'open_slot');

const openTimedTestOf = (userId: SQL | Placeholder | SQLiteColumn) =>
	and(
		eq(openSession.userId, userId),
		fixed(eq(openSession.status, 'active')),
		fixed(eq(openSession.mode, 'timed'))
	);

/** Slots of the learner's open timed tests, for `where` to narrow further. */
function openSlots(db: Queries, userId: SQL | Placeholder | SQLiteColumn, where?: SQL) {
	return db
		.select({ itemId: openSlot.itemId })
		.from(openSession)
		.innerJoin(openSlot, eq(openSlot.sessionId, openSession.id))
		.where(and(openTimedTestOf(userId), where));
}

/** True when `itemId` is in one of `userId`'s open timed tests; for use inside a query. */
export function heldBack(
	db: Queries,
	itemId: SQLiteColumn | SQL,
	userId: SQLiteColumn | Placeholder
): SQL<boolean> {
	return sql<boolean>`${exists(openSlots(db, userId, eq(openSlot.itemId, itemId)))}`.mapWith(
		Boolean
	);
}

const openItems = preparedStep((db) => openSlots(db, sql.placeholder('userId')));

/** The items of the learner's open timed tests. */
export function* heldBackItemIdsStep(db: DB, tx: Queries, userId: string): Step<Set<string>> {
	const rows = yield* run(openItems(db, tx, { userId }));
	return new Set(rows.map((r) => r.itemId));
}

const oneHeldBack = preparedStep((db) =>
	db
		.select({ held: sql<number>`1` })
		.from(openSession)
		.innerJoin(openSlot, eq(openSlot.sessionId, openSession.id))
		.where(
			and(
				openTimedTestOf(sql.placeholder('userId')),
				eq(openSlot.itemId, sql.placeholder('itemId'))
			)
		)
		.limit(1)
);

/** Whether one item is held back for the learner. */
export function* isHeldBackStep(
	db: DB,
	tx: Queries,
	userId: string,
	itemId: string
): Step<boolean> {
	const rows = yield* run(oneHeldBack(db, tx, { userId, itemId }));
	return rows.length > 0;
}

export const HELD_BACK_MESSAGE =
	'This question is also in a timed test you have not finished. It opens here once that test is marked.';
