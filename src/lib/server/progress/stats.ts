import { and, eq, gt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { preparedStep } from '$lib/server/db/prepared';
import { all, run, transaction, type Step } from '$lib/server/db/steps';
import { bankShareSlices, items, userBankStats, type Answer } from '$lib/server/db/tables';

/** Slices of the range of shares right, 0 to 1, that each bank's learners are counted in. */
export const SHARE_SLICES = 256;

/**
 * The slice a learner's share right falls in: n for shares from n/256 up to (n+1)/256, 256 for a
 * share of 1. Worked in whole numbers, as SQLite works it in the migration that first counted them.
 */
export function shareSlice(correct: number, answered: number): number {
	return Math.floor((correct * SHARE_SLICES) / answered);
}

/** A learner's slice, worked in SQL from their totals (integers, so the division truncates). */
function sliceOf(correct: SQL | AnyColumn, answered: SQL | AnyColumn): SQL<number> {
	return sql<number>`${correct} * ${sql.raw(String(SHARE_SLICES))} / ${answered}`;
}

/** The bank of the item at the `itemId` placeholder. */
const bankOfItem = sql`(select ${items.bankId} from ${items} where ${items.id} = ${sql.placeholder('itemId')})`;

/** The learner's totals row of the item's bank, at the `userId` and `itemId` placeholders. */
const statsOfAnswer = and(
	eq(userBankStats.userId, sql.placeholder('userId')),
	eq(userBankStats.bankId, bankOfItem)
);

const addToStats = preparedStep((db) =>
	db
		.insert(userBankStats)
		.values({
			userId: sql.placeholder('userId'),
			bankId: bankOfItem,
			answered: 1,
			correct: sql.placeholder('correct'),
			marks: sql.placeholder('marks'),
			maxMarks: sql.placeholder('maxMarks')
		})
		.onConflictDoUpdate({
			target: [userBankStats.userId, userBankStats.bankId],
			set: {
				answered: sql`${userBankStats.answered} + 1`,
				correct: sql`${userBankStats.correct} + excluded.correct`,
				marks: sql`${userBankStats.marks} + excluded.marks`,
				maxMarks: sql`${userBankStats.maxMarks} + excluded.max_marks`
			}
		})
);

/**
 * A learner's move to the slice of their totals as they now stand, from the slice of their totals
 * before the answer just added (`correct`: 1 or 0): the new slice gains the learner, the old one,
 * if any, loses them, and a move within one slice changes nothing. Rows go lower slice first, so
 * that two moves in opposite directions lock the slices in the same order and never wait on each
 * other.
 */
const moveToSlice = preparedStep((db) => {
	const after = db
		.select({
			bankId: userBankStats.bankId,
			slice: sliceOf(userBankStats.correct, userBankStats.answered).as('slice'),
			change: sql<number>`1`.as('change')
		})
		.from(userBankStats)
		.where(statsOfAnswer);
	const before = db
		.select({
			bankId: userBankStats.bankId,
			slice: sliceOf(
				// A bound number is a float to SQLite: cast, so the division stays whole.
				sql`(${userBankStats.correct} - cast(${sql.placeholder('correct')} as integer))`,
				sql`(${userBankStats.answered} - 1)`
			).as('slice'),
			change: sql<number>`-1`.as('change')
		})
		.from(userBankStats)
		.where(and(statsOfAnswer, gt(userBankStats.answered, 1)));
	const moves = after.unionAll(before).as('moves');
	const change = sql<number>`sum(${moves.change})`;
	const slice = sql<number>`${moves.slice}`;
	return db
		.insert(bankShareSlices)
		.select(
			db
				.select({ bankId: moves.bankId, slice: slice.as('slice'), learners: change.as('learners') })
				.from(moves)
				.groupBy(moves.bankId, slice)
				.having(sql`${change} <> 0`)
				.orderBy(slice)
		)
		.onConflictDoUpdate({
			target: [bankShareSlices.bankId, bankShareSlices.slice],
			set: { learners: sql`${bankShareSlices.learners} + excluded.learners` }
		});
});

/**
 * Adds one answer to its learner's running totals for the item's bank, and moves the learner to
 * the slice their new share right falls in. The totals row is changed by one upsert, which
 * PostgreSQL serialises with any other on the same row, so answers counted at once all count.
 * The move reads the totals the upsert wrote: in a transaction both go to the database together,
 * in order, on its one connection; outside one, the move waits for the upsert.
 */
export function* countAnswerInStatsStep(
	db: DB,
	tx: Queries,
	answer: Pick<Answer, 'userId' | 'itemId' | 'correct' | 'marks' | 'maxMarks'>
): Step<void> {
	const { userId, itemId, marks, maxMarks } = answer;
	const counted = { userId, itemId, correct: answer.correct ? 1 : 0, marks, maxMarks };
	if (tx === db) {
		yield* run(addToStats(db, tx, counted));
		yield* run(moveToSlice(db, tx, counted));
		return;
	}
	yield* all([addToStats(db, tx, counted), moveToSlice(db, tx, counted)]);
}

/**
 * Every bank's slices counted again from the learners' totals, as the migration that introduced
 * them first counted them: for totals written in bulk rather than answer by answer.
 */
export function* recountShareSlicesStep(tx: Queries): Step<void> {
	const slice = sliceOf(userBankStats.correct, userBankStats.answered);
	yield* run(tx.delete(bankShareSlices));
	yield* run(
		tx.insert(bankShareSlices).select(
			tx
				.select({
					bankId: userBankStats.bankId,
					slice: slice.as('slice'),
					learners: sql<number>`cast(count(*) as integer)`.as('learners')
				})
				.from(userBankStats)
				.where(gt(userBankStats.answered, 0))
				.groupBy(userBankStats.bankId, slice)
		)
	);
}

/** `recountShareSlicesStep` in a transaction of its own, after a bulk load. */
export function recountShareSlices(db: DB): Promise<void> {
	return transaction(db, (tx) => recountShareSlicesStep(tx));
}
