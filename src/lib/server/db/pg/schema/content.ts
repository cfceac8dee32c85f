import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	index,
	integer,
	json,
	pgTable,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { Difficulty, ItemSpec, ItemType } from '$lib/content/types';
import {
	APPROVALS,
	DRAFT_STATUSES,
	ITEM_ACTIONS,
	ITEM_STATUSES,
	VERSION_ORIGINS
} from '$lib/server/db/schema/content';
import { timestampMs } from '$lib/server/db/pg/columns';
import { users } from './auth';

export { APPROVALS, DRAFT_STATUSES, ITEM_ACTIONS, ITEM_STATUSES, VERSION_ORIGINS };

export const sourceDocuments = pgTable('source_documents', {
	slug: text('slug').primaryKey(),
	title: text('title').notNull(),
	version: text('version').notNull(),
	syncedAt: timestampMs('synced_at').notNull(),
	ownerId: text('owner_id').references(() => users.id),
	revision: integer('revision').notNull().default(0)
});

export const documentRevisions = pgTable(
	'document_revisions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		documentSlug: text('document_slug')
			.notNull()
			.references(() => sourceDocuments.slug),
		revision: integer('revision').notNull(),
		markdown: text('markdown').notNull(),
		version: text('version').notNull(),
		note: text('note').notNull(),
		createdBy: text('created_by')
			.notNull()
			.references(() => users.id),
		createdAt: timestampMs('created_at').notNull()
	},
	(t) => [uniqueIndex('document_revisions_revision_idx').on(t.documentSlug, t.revision)]
);

export const passages = pgTable(
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
		examinable: boolean('examinable').notNull(),
		retired: boolean('retired').notNull().default(false)
	},
	(t) => [index('passages_document_idx').on(t.documentSlug)]
);

export const banks = pgTable('banks', {
	id: text('id').primaryKey(),
	title: text('title').notNull(),
	description: text('description').notNull(),
	position: integer('position').notNull(),
	retired: boolean('retired').notNull().default(false),
	ownerId: text('owner_id').references(() => users.id)
});

export const bankAuthors = pgTable(
	'bank_authors',
	{
		bankId: text('bank_id')
			.notNull()
			.references(() => banks.id),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		addedAt: timestampMs('added_at').notNull()
	},
	(t) => [
		uniqueIndex('bank_authors_pk').on(t.bankId, t.userId),
		index('bank_authors_user_idx').on(t.userId)
	]
);

export const items = pgTable(
	'items',
	{
		id: text('id').primaryKey(),
		bankId: text('bank_id')
			.notNull()
			.references(() => banks.id),
		status: text('status', { enum: ITEM_STATUSES }).notNull(),
		currentVersionId: bigint('current_version_id', { mode: 'number' }).notNull(),
		type: text('type').$type<ItemType>().notNull(),
		difficulty: text('difficulty').$type<Difficulty>().notNull(),
		forDoctors: boolean('for_doctors').notNull(),
		forNurses: boolean('for_nurses').notNull(),
		position: integer('position').notNull(),
		packHash: text('pack_hash')
	},
	(t) => [index('items_bank_status_idx').on(t.bankId, t.status, t.position)]
);

export const itemVersions = pgTable(
	'item_versions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		version: integer('version').notNull(),
		contentHash: text('content_hash').notNull(),
		spec: json('spec').$type<ItemSpec>().notNull(),
		createdAt: timestampMs('created_at').notNull(),
		origin: text('origin', { enum: VERSION_ORIGINS }).notNull().default('pack'),
		authorId: text('author_id').references(() => users.id),
		approvedBy: text('approved_by').references(() => users.id),
		approval: text('approval', { enum: APPROVALS }).notNull().default('bundled'),
		note: text('note').notNull().default('')
	},
	(t) => [uniqueIndex('item_versions_item_version_idx').on(t.itemId, t.version)]
);

export const packUpdates = pgTable('pack_updates', {
	itemId: text('item_id')
		.primaryKey()
		.references(() => items.id),
	spec: json('spec').$type<ItemSpec>().notNull(),
	contentHash: text('content_hash').notNull(),
	detectedAt: timestampMs('detected_at').notNull()
});

export const itemDrafts = pgTable(
	'item_drafts',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		baseVersionId: bigint('base_version_id', { mode: 'number' }).references(() => itemVersions.id),
		spec: json('spec').$type<ItemSpec>().notNull(),
		status: text('status', { enum: DRAFT_STATUSES }).notNull(),
		authorId: text('author_id')
			.notNull()
			.references(() => users.id),
		updatedBy: text('updated_by')
			.notNull()
			.references(() => users.id),
		note: text('note').notNull(),
		createdAt: timestampMs('created_at').notNull(),
		updatedAt: timestampMs('updated_at').notNull(),
		publishedVersionId: bigint('published_version_id', { mode: 'number' }).references(
			() => itemVersions.id
		)
	},
	(t) => [
		uniqueIndex('item_drafts_open_idx')
			.on(t.itemId)
			.where(sql`status in ('draft', 'in-review')`),
		index('item_drafts_status_idx').on(t.status)
	]
);

export const draftComments = pgTable(
	'draft_comments',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		draftId: bigint('draft_id', { mode: 'number' })
			.notNull()
			.references(() => itemDrafts.id),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		body: text('body').notNull(),
		createdAt: timestampMs('created_at').notNull()
	},
	(t) => [index('draft_comments_draft_idx').on(t.draftId)]
);

export const itemEvents = pgTable(
	'item_events',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		userId: text('user_id').references(() => users.id),
		action: text('action', { enum: ITEM_ACTIONS }).notNull(),
		note: text('note').notNull(),
		versionId: bigint('version_id', { mode: 'number' }).references(() => itemVersions.id),
		at: timestampMs('at').notNull()
	},
	(t) => [index('item_events_item_idx').on(t.itemId, t.at)]
);

export const notifications = pgTable(
	'notifications',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		message: text('message').notNull(),
		href: text('href'),
		createdAt: timestampMs('created_at').notNull(),
		readAt: timestampMs('read_at')
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.readAt)]
);

export const itemVersionPassages = pgTable(
	'item_version_passages',
	{
		itemVersionId: bigint('item_version_id', { mode: 'number' })
			.notNull()
			.references(() => itemVersions.id),
		passageId: text('passage_id').notNull(),
		passageHash: text('passage_hash')
	},
	(t) => [
		uniqueIndex('item_version_passages_pk').on(t.itemVersionId, t.passageId),
		index('item_version_passages_passage_idx').on(t.passageId)
	]
);

export type Bank = typeof banks.$inferSelect;
export type ItemDraft = typeof itemDrafts.$inferSelect;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
export type ItemAction = (typeof ITEM_ACTIONS)[number];
export type Item = typeof items.$inferSelect;
export type ItemVersion = typeof itemVersions.$inferSelect;
export type PassageRow = typeof passages.$inferSelect;
