import { sql } from 'drizzle-orm';
import { blob, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { PROFESSIONS, ROLES } from '../../../accounts';

export type { Profession, Role } from '../../../accounts';

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

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserSession = typeof userSessions.$inferSelect;
export type ThrottleCounter = typeof throttles.$inferSelect;
