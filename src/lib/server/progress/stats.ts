import { and, eq, gt, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { preparedFor } from '../db/prepared';
import { bankShareSlices, items, userBankStats, type Answer } from '../db/schema';

/** Slices of the range of shares right, 0 to 1, that each bank's learners are counted in. */
export const SHARE_SLICES = 256;

/**
 * The slice a learner's share right falls in: n for shares from n/256 up to (n+1)/256, 256 for a
 * share of 1. Worked in whole numbers, as SQLite works it in the migration that first counted them.
 */
export function shareSlice(correct: number, answered: number): number {
	return Math.floor((correct * SHARE_SLICES) / answered);
}

const bankOfItem = preparedFor((db) =>
	db
		.select({ bankId: items.bankId })
		.from(items)
		.where(eq(items.id, sql.placeholder('itemId')))
		.prepare()
);

const addToStats = preparedFor((db) =>
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
		.prepare()
);

const joinSlice = preparedFor((db) =>
	db
		.insert(bankShareSlices)
		.values({ bankId: sql.placeholder('bankId'), slice: sql.placeholder('slice'), learners: 1 })
		.onConflictDoUpdate({
			target: [bankShareSlices.bankId, bankShareSlices.slice],
			set: { learners: sql`${bankShareSlices.learners} + 1` }
		})
		.prepare()
);

const leaveSlice = preparedFor((db) =>
	db
		.update(bankShareSlices)
		.set({ learners: sql`${bankShareSlices.learners} - 1` })
		.where(
			and(
				eq(bankShareSlices.bankId, sql.placeholder('bankId')),
				eq(bankShareSlices.slice, sql.placeholder('slice'))
			)
		)
		.prepare()
);

/**
 * Adds one answer to its learner's running totals for the item's bank, and moves the learner to
 * the slice their new share right falls in.
 */
export function countAnswerInStats(
	db: DB,
	answer: Pick<Answer, 'userId' | 'itemId' | 'correct' | 'marks' | 'maxMarks'>
): void {
	const bank = bankOfItem(db).get({ itemId: answer.itemId });
	if (!bank) return;
	const correct = answer.correct ? 1 : 0;
	const after = addToStats(db).get({
		userId: answer.userId,
		bankId: bank.bankId,
		correct,
		marks: answer.marks,
		maxMarks: answer.maxMarks
	})!;
	const to = shareSlice(after.correct, after.answered);
	const from = after.answered > 1 ? shareSlice(after.correct - correct, after.answered - 1) : null;
	if (from === to) return;
	if (from !== null) leaveSlice(db).run({ bankId: bank.bankId, slice: from });
	joinSlice(db).run({ bankId: bank.bankId, slice: to });
}

/**
 * Every bank's slices counted again from the learners' totals, as the migration that introduced
 * them first counted them: for totals written in bulk rather than answer by answer.
 */
export function recountShareSlices(db: DB): void {
	const slice = sql<number>`${userBankStats.correct} * ${sql.raw(String(SHARE_SLICES))} / ${userBankStats.answered}`;
	db.transaction((tx) => {
		tx.delete(bankShareSlices).run();
		tx.insert(bankShareSlices)
			.select(
				tx
					.select({
						bankId: userBankStats.bankId,
						slice: slice.as('slice'),
						learners: sql<number>`count(*)`.as('learners')
					})
					.from(userBankStats)
					.where(gt(userBankStats.answered, 0))
					.groupBy(userBankStats.bankId, slice)
			)
			.run();
	});
}
