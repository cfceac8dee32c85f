import { and, eq, gt, sql } from 'drizzle-orm';
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

const bankOfItem = preparedStep((db) =>
	db
		.select({ bankId: items.bankId })
		.from(items)
		.where(eq(items.id, sql.placeholder('itemId')))
);

const addToStats = preparedStep((db) =>
	db
		.insert(userBankStats)
		.values({
			userId: sql.placeholder('userId'),
			bankId: sql.placeholder('bankId'),
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
		.returning({ answered: userBankStats.answered, correct: userBankStats.correct })
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

const leaveSlice = preparedStep((db) =>
	db
		.update(bankShareSlices)
		.set({ learners: sql`${bankShareSlices.learners} - 1` })
		.where(
			and(
				eq(bankShareSlices.bankId, sql.placeholder('bankId')),
				eq(bankShareSlices.slice, sql.placeholder('slice'))
			)
		)
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
	const [bank] = yield* run(bankOfItem(db, tx, { itemId: answer.itemId }));
	if (!bank) return;
	const correct = answer.correct ? 1 : 0;
	const [after] = yield* run(
		addToStats(db, tx, {
			userId: answer.userId,
			bankId: bank.bankId,
			correct,
			marks: answer.marks,
			maxMarks: answer.maxMarks
		})
	);
	const to = shareSlice(after.correct, after.answered);
	const from = after.answered > 1 ? shareSlice(after.correct - correct, after.answered - 1) : null;
	if (from === to) return;
	if (from !== null) yield* run(leaveSlice(db, tx, { bankId: bank.bankId, slice: from }));
	yield* run(joinSlice(db, tx, { bankId: bank.bankId, slice: to }));
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
