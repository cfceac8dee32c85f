import { index, json, pgTable, text } from 'drizzle-orm/pg-core';
import type { ImportPreviewData } from '$lib/server/interchange/import/model';
import { timestampMs } from '$lib/server/db/pg/columns';
import { users } from './auth';
import { banks } from './content';

export const importPreviews = pgTable(
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
		data: json('data').$type<ImportPreviewData>().notNull(),
		createdAt: timestampMs('created_at').notNull(),
		confirmedAt: timestampMs('confirmed_at'),
		createdItemIds: json('created_item_ids').$type<string[]>()
	},
	(t) => [index('import_previews_user_idx').on(t.userId, t.createdAt)]
);

export type ImportPreview = typeof importPreviews.$inferSelect;
