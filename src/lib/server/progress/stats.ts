import { gt, sql } from 'drizzle-orm';
import type { DB, Queries } from '../db';
import { preparedStep } from '../db/prepared';
import { run, transaction, type Step } from '../db/steps';
import { bankShareSlices, items, userBankStats, type Answer } from '../db/tables';

/** Slices of the range of shares right, 0 to 1, that each bank's learners are counted in. */
export const SHARE_SLICES = 256;

/**
 * The slice a learner's share right falls in: n for shares from n/256 up to (n+1)/256, 256 for a
 * share of 1. Worked in whole numbers, as SQLite works it in the migration that first counted them.
 */
export function shareSlice(correct: number, answered: number): number {
	return Math.floor((correct * SHARE_SLICES) / answered);
}

const addToStats = preparedStep((db) =>
	db
		.insert(userBankStats)
		.values({
			userId: sql.placeholder('userId'),
			bankId: sql`(select ${items.bankId} from ${items} where ${items.id} = ${sql.placeholder('itemId')})`,
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
		.returning({
			bankId: userBankStats.bankId,
			answered: userBankStats.answered,
			correct: userBankStats.correct
		})
);

const joinSlice = preparedStep((db) =>
	db
		.insert(bankShareSlices)
		.values({ bankId: sql.placeholder('bankId'), slice: sql.placeholder('slice'), learners: 1 })
		.onConflictDoUpdate({
			target: [bankShareSlices.bankId, bankShareSlices.slice],
			set: { learners: sql`${bankShareSlices.learners} + 1` }
		})
);

/**
 * A learner's move between two slices, in one statement: each slice gains or loses one learner.
 * Rows are given lower slice first, so that two moves in opposite directions lock the slices in
 * the same order and never wait on each other.
 */
const moveSlice = preparedStep((db) =>
	db
		.insert(bankShareSlices)
		.values(
			(['lower', 'higher'] as const).map((end) => ({
				bankId: sql.placeholder('bankId'),
				slice: sql.placeholder(end),
				learners: sql.placeholder(`${end}Change`)
			}))
		)
		.onConflictDoUpdate({
			target: [bankShareSlices.bankId, bankShareSlices.slice],
			set: { learners: sql`${bankShareSlices.learners} + excluded.learners` }
		})
);

/**
 * Adds one answer to its learner's running totals for the item's bank, and moves the learner to
 * the slice their new share right falls in. The totals row is changed by one upsert, which
 * PostgreSQL serialises with any other on the same row, so answers counted at once all count.
 */
export function* countAnswerInStatsStep(
	db: DB,
	tx: Queries,
	answer: Pick<Answer, 'userId' | 'itemId' | 'correct' | 'marks' | 'maxMarks'>
): Step<void> {
	const correct = answer.correct ? 1 : 0;
	const [after] = yield* run(
		addToStats(db, tx, {
			userId: answer.userId,
			itemId: answer.itemId,
			correct,
			marks: answer.marks,
			maxMarks: answer.maxMarks
		})
	);
	const { bankId } = after;
	const to = shareSlice(after.correct, after.answered);
	if (after.answered === 1) {
		yield* run(joinSlice(db, tx, { bankId, slice: to }));
		return;
	}
	const from = shareSlice(after.correct - correct, after.answered - 1);
	if (from === to) return;
	const [lower, higher] = from < to ? [from, to] : [to, from];
	const change = (slice: number) => (slice === to ? 1 : -1);
	yield* run(
		moveSlice(db, tx, {
			bankId,
			lower,
			lowerChange: change(lower),
			higher,
			higherChange: change(higher)
		})
	);
}

/**
 * Every bank's slices counted again from the learners' totals, as the migration that introduced
 * them first counted them: for totals written in bulk rather than answer by answer.
 */
export function* recountShareSlicesStep(tx: Queries): Step<void> {
	const slice = sql<number>`${userBankStats.correct} * ${sql.raw(String(SHARE_SLICES))} / ${userBankStats.answered}`;
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
