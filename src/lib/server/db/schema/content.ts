import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Difficulty, ItemSpec, ItemType } from '../../../content/types';
import { users } from './auth';

export const sourceDocuments = sqliteTable('source_documents', {
	slug: text('slug').primaryKey(),
	title: text('title').notNull(),
	/** Content hash of the Markdown the passages came from. */
	version: text('version').notNull(),
	syncedAt: integer('synced_at', { mode: 'timestamp_ms' }).notNull(),
	/** The educator who added the document; null for the document bundled with the banks. */
	ownerId: text('owner_id').references(() => users.id),
	/** The latest revision added in the app; 0 for the bundled document. */
	revision: integer('revision').notNull().default(0)
});

/** Every text of a document added in the app, kept so that revisions can be compared. */
export const documentRevisions = sqliteTable(
	'document_revisions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		documentSlug: text('document_slug')
			.notNull()
			.references(() => sourceDocuments.slug),
		revision: integer('revision').notNull(),
		/** The document in the Markdown subset passages are parsed from. */
		markdown: text('markdown').notNull(),
		version: text('version').notNull(),
		note: text('note').notNull(),
		createdBy: text('created_by')
			.notNull()
			.references(() => users.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('document_revisions_revision_idx').on(t.documentSlug, t.revision)]
);

export const passages = sqliteTable(
	'passages',
	{
		id: text('id').primaryKey(),
		documentSlug: text('document_slug')
			.notNull()
			.references(() => sourceDocuments.slug),
		sectionId: text('section_id').notNull(),
		position: integer('position').notNull(),
		text: text('text').notNull(),
		hash: text('hash').notNull(),
		examinable: integer('examinable', { mode: 'boolean' }).notNull(),
		/** Passages that left the document stay, so old item versions still resolve. */
		retired: integer('retired', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [index('passages_document_idx').on(t.documentSlug)]
);

export const banks = sqliteTable('banks', {
	id: text('id').primaryKey(),
	title: text('title').notNull(),
	description: text('description').notNull(),
	position: integer('position').notNull(),
	retired: integer('retired', { mode: 'boolean' }).notNull().default(false)
});

export const ITEM_STATUSES = ['published', 'retired'] as const;

/** One row per item for its whole life; `currentVersionId` is the version now served. */
export const items = sqliteTable(
	'items',
	{
		id: text('id').primaryKey(),
		bankId: text('bank_id')
			.notNull()
			.references(() => banks.id),
		status: text('status', { enum: ITEM_STATUSES }).notNull(),
		currentVersionId: integer('current_version_id').notNull(),
		type: text('type').$type<ItemType>().notNull(),
		difficulty: text('difficulty').$type<Difficulty>().notNull(),
		forDoctors: integer('for_doctors', { mode: 'boolean' }).notNull(),
		forNurses: integer('for_nurses', { mode: 'boolean' }).notNull(),
		position: integer('position').notNull()
	},
	(t) => [index('items_bank_status_idx').on(t.bankId, t.status, t.position)]
);

/** Versions are never changed or deleted: answers point at the version they were given to. */
export const itemVersions = sqliteTable(
	'item_versions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		version: integer('version').notNull(),
		contentHash: text('content_hash').notNull(),
		spec: text('spec', { mode: 'json' }).$type<ItemSpec>().notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('item_versions_item_version_idx').on(t.itemId, t.version)]
);

/** Which passages each item version cites, for the source viewer's counts and links. */
export const itemVersionPassages = sqliteTable(
	'item_version_passages',
	{
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		passageId: text('passage_id').notNull(),
		/** The passage's hash when this version cited it: a later edit of the passage shows. */
		passageHash: text('passage_hash')
	},
	(t) => [
		uniqueIndex('item_version_passages_pk').on(t.itemVersionId, t.passageId),
		index('item_version_passages_passage_idx').on(t.passageId)
	]
);

export type Bank = typeof banks.$inferSelect;
export type Item = typeof items.$inferSelect;
export type ItemVersion = typeof itemVersions.$inferSelect;
export type PassageRow = typeof passages.$inferSelect;
