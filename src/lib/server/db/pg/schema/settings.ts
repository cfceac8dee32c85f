import { boolean, integer, json, pgTable, text } from 'drizzle-orm/pg-core';
import { timestampMs } from '$lib/server/db/pg/columns';
import { users } from './auth';

export const siteSettings = pgTable('site_settings', {
	id: integer('id').primaryKey(),
	organisationName: text('organisation_name').notNull(),
	timeZone: text('time_zone').notNull(),
	openRegistration: boolean('open_registration').notNull(),
	allowedEmailDomains: json('allowed_email_domains').$type<string[]>().notNull(),
	updatedAt: timestampMs('updated_at').notNull(),
	updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' })
});

export type SiteSettingsRow = typeof siteSettings.$inferSelect;
