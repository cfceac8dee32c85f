import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ImportPreviewData } from '$lib/server/interchange/import/model';
import { users } from './auth';
import { banks } from './content';

/**
 * A parsed import waiting for the educator's confirmation. The token is the only handle the page
 * holds; confirming sets `confirmedAt` in the same transaction that writes the drafts, so a
 * replayed or double-clicked confirm finds it taken and writes nothing twice.
 */
export const importPreviews = sqliteTable(
	'import_previews',
	{
		token: text('token').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		bankId: text('bank_id')
			.notNull()
			.references(() => banks.id),
		fileName: text('file_name').notNull(),
		data: text('data', { mode: 'json' }).$type<ImportPreviewData>().notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
		/** The drafts the confirmation wrote, so a repeated confirm can point to them. */
		createdItemIds: text('created_item_ids', { mode: 'json' }).$type<string[]>()
	},
	(t) => [index('import_previews_user_idx').on(t.userId, t.createdAt)]
);

export type ImportPreview = typeof importPreviews.$inferSelect;
