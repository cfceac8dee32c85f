import { eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { preparedFor } from '../db/prepared';
import { items, userBankStats, type Answer } from '../db/schema';

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
		.prepare()
);

/** Adds one answer to its learner's running totals for the item's bank. */
export function countAnswerInStats(
	db: DB,
	answer: Pick<Answer, 'userId' | 'itemId' | 'correct' | 'marks' | 'maxMarks'>
): void {
	const bank = bankOfItem(db).get({ itemId: answer.itemId });
	if (!bank) return;
	addToStats(db).run({
		userId: answer.userId,
		bankId: bank.bankId,
		correct: answer.correct ? 1 : 0,
		marks: answer.marks,
		maxMarks: answer.maxMarks
	});
}
