import { sql } from 'drizzle-orm';
import { blob, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { PROFESSIONS, ROLES } from '$lib/accounts';

export type { Profession, Role } from '$lib/accounts';

export const users = sqliteTable('users', {
	id: text('id').primaryKey(),
	email: text('email').notNull().unique(),
	passwordHash: text('password_hash').notNull(),
	displayName: text('display_name').notNull(),
	profession: text('profession', { enum: PROFESSIONS }).notNull().default('other'),
	role: text('role', { enum: ROLES }).notNull().default('learner'),
	/** FSRS target probability of recalling an item when it comes due. */
	desiredRetention: real('desired_retention').notNull().default(0.9),
	/** IANA zone that decides where a learner's days begin, for streaks. */
	timeZone: text('time_zone').notNull().default('Europe/London'),
	/** Set by an administrator: the account cannot log in, and its sessions were ended. */
	deactivatedAt: integer('deactivated_at', { mode: 'timestamp_ms' }),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`)
});

export const userSessions = sqliteTable(
	'user_sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('user_sessions_user_idx').on(t.userId)]
);

/**
 * Attempts counted under a key (an account and an address at login, an address at
 * registration, ...) for throttling. In the database, so neither a restart nor a second server
 * starts the count afresh. A row past `expiresAt` counts as no attempts at all.
 */
export const throttles = sqliteTable(
	'throttles',
	{
		key: text('key').primaryKey(),
		attempts: integer('attempts').notNull(),
		lastAttemptAt: integer('last_attempt_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('throttles_expires_idx').on(t.expiresAt)]
);

/**
 * A one-time password reset link an administrator issued for an account. Only a hash of the
 * link's secret is kept; using the link deletes the row, so it cannot be used twice.
 */
export const passwordResetTokens = sqliteTable(
	'password_reset_tokens',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('password_reset_tokens_user_idx').on(t.userId)]
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserSession = typeof userSessions.$inferSelect;
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type ThrottleCounter = typeof throttles.$inferSelect;
