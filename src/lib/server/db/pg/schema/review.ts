import { doublePrecision, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestampMs } from '../columns';
import { users } from './auth';
import { items } from './content';

export const reviewCards = pgTable(
	'review_cards',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		due: timestampMs('due').notNull(),
		stability: doublePrecision('stability').notNull(),
		difficulty: doublePrecision('difficulty').notNull(),
		elapsedDays: integer('elapsed_days').notNull(),
		scheduledDays: integer('scheduled_days').notNull(),
		learningSteps: integer('learning_steps').notNull(),
		reps: integer('reps').notNull(),
		lapses: integer('lapses').notNull(),
		state: integer('state').notNull(),
		lastReview: timestampMs('last_review'),
		lastRating: integer('last_rating')
	},
	(t) => [
		uniqueIndex('review_cards_pk').on(t.userId, t.itemId),
		index('review_cards_due_idx').on(t.userId, t.due)
	]
);

export type ReviewCard = typeof reviewCards.$inferSelect;

export const userBankStats = pgTable(
	'user_bank_stats',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		bankId: text('bank_id').notNull(),
		answered: integer('answered').notNull(),
		correct: integer('correct').notNull(),
		marks: doublePrecision('marks').notNull(),
		maxMarks: integer('max_marks').notNull()
	},
	(t) => [
		uniqueIndex('user_bank_stats_pk').on(t.userId, t.bankId),
		index('user_bank_stats_bank_idx').on(t.bankId)
	]
);
