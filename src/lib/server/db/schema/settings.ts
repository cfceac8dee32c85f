import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth';

/**
 * The platform's settings: one row, id 1, written by administrators. Until the first save (or
 * first-run setup) there is no row and the defaults of `settings/settings.ts` apply.
 */
export const siteSettings = sqliteTable('site_settings', {
	id: integer('id').primaryKey(),
	organisationName: text('organisation_name').notNull(),
	/** IANA zone of the organisation: exports give dates in it beside UTC. */
	timeZone: text('time_zone').notNull(),
	openRegistration: integer('open_registration', { mode: 'boolean' }).notNull(),
	/** Lower-case domains registration is limited to; empty for any. */
	allowedEmailDomains: text('allowed_email_domains', { mode: 'json' }).$type<string[]>().notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
	updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' })
});

export type SiteSettingsRow = typeof siteSettings.$inferSelect;
