import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

import { PROFESSIONS, ROLES } from '$lib/accounts';
import { bytea, timestampMs } from '$lib/server/db/pg/columns';

export type { Profession, Role } from '$lib/accounts';

export const users = pgTable('users', {
	id: text('id').primaryKey(),
	email: text('email').notNull().unique(),
	passwordHash: text('password_hash').notNull(),
	displayName: text('display_name').notNull(),
	profession: text('profession', { enum: PROFESSIONS }).notNull().default('other'),
	role: text('role', { enum: ROLES }).notNull().default('learner'),
	desiredRetention: doublePrecision('desired_retention').notNull().default(0.9),
	timeZone: text('time_zone').notNull().default('Europe/London'),
	deactivatedAt: timestampMs('deactivated_at'),
	createdAt: timestampMs('created_at')
		.notNull()
		.default(sql`(floor(extract(epoch from clock_timestamp()) * 1000)::bigint)`)
});

export const userSessions = pgTable(
	'user_sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: bytea('secret_hash').notNull(),
		createdAt: timestampMs('created_at').notNull(),
		expiresAt: timestampMs('expires_at').notNull()
	},
	(t) => [index('user_sessions_user_idx').on(t.userId)]
);

export const throttles = pgTable(
	'throttles',
	{
		key: text('key').primaryKey(),
		attempts: integer('attempts').notNull(),
		lastAttemptAt: timestampMs('last_attempt_at').notNull(),
		expiresAt: timestampMs('expires_at').notNull()
	},
	(t) => [index('throttles_expires_idx').on(t.expiresAt)]
);

export const passwordResetTokens = pgTable(
	'password_reset_tokens',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: bytea('secret_hash').notNull(),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestampMs('created_at').notNull(),
		expiresAt: timestampMs('expires_at').notNull()
	},
	(t) => [index('password_reset_tokens_user_idx').on(t.userId)]
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserSession = typeof userSessions.$inferSelect;
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type ThrottleCounter = typeof throttles.$inferSelect;
