import { eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { items, userBankStats, type Answer } from '../db/schema';

type Tx = Pick<DB, 'select' | 'insert'>;

/** Adds one answer to its learner's running totals for the item's bank. */
export function countAnswerInStats(
	db: Tx,
	answer: Pick<Answer, 'userId' | 'itemId' | 'correct' | 'marks' | 'maxMarks'>
): void {
	const bank = db
		.select({ bankId: items.bankId })
		.from(items)
		.where(eq(items.id, answer.itemId))
		.get();
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
