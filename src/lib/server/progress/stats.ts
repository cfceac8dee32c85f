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

/** Adds one answer to its learner's running totals for the item's bank. */
export function countAnswerInStats(
	db: DB,
	answer: Pick<Answer, 'userId' | 'itemId' | 'correct' | 'marks' | 'maxMarks'>
): void {
	const bank = bankOfItem(db).get({ itemId: answer.itemId });
	if (!bank) return;
	const correct = answer.correct ? 1 : 0;
	db.insert(userBankStats)
		.values({
			userId: answer.userId,
			bankId: bank.bankId,
			answered: 1,
			correct,
			marks: answer.marks,
			maxMarks: answer.maxMarks
		})
		.onConflictDoUpdate({
			target: [userBankStats.userId, userBankStats.bankId],
			set: {
				answered: sql`${userBankStats.answered} + 1`,
				correct: sql`${userBankStats.correct} + ${correct}`,
				marks: sql`${userBankStats.marks} + ${answer.marks}`,
				maxMarks: sql`${userBankStats.maxMarks} + ${answer.maxMarks}`
			}
		})
		.run();
}
