import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestampMs } from '$lib/server/db/pg/columns';
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
		index('user_bank_stats_bank_idx').on(t.bankId),
		// Learners of a bank in order of their share right; a float is a double on both databases.
		index('user_bank_stats_share_idx').on(
			t.bankId,
			sql`(cast(${t.correct} as float) / ${t.answered})`
		)
	]
);

/**
 * How many learners have a share right in each slice of a bank's range: slice n holds shares from
 * n/256 up to (n+1)/256, slice 256 a share of 1. Kept as the totals above change, it lets a
 * learner's standing among thousands be found from a few hundred counts and the learners of one
 * slice, rather than from every learner's totals.
 */
export const bankShareSlices = pgTable(
	'bank_share_slices',
	{
		bankId: text('bank_id').notNull(),
		slice: integer('slice').notNull(),
		learners: integer('learners').notNull()
	},
	(t) => [uniqueIndex('bank_share_slices_pk').on(t.bankId, t.slice)]
);
