import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Difficulty, ItemSpec, ItemType } from '$lib/content/types';
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
	retired: integer('retired', { mode: 'boolean' }).notNull().default(false),
	/** The educator who created the bank in the app; null for the banks bundled with the app. */
	ownerId: text('owner_id').references(() => users.id)
});

/** Educators a bank's owner shares it with: they write, review and publish its questions too. */
export const bankAuthors = sqliteTable(
	'bank_authors',
	{
		bankId: text('bank_id')
			.notNull()
			.references(() => banks.id),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		addedAt: integer('added_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		uniqueIndex('bank_authors_pk').on(t.bankId, t.userId),
		index('bank_authors_user_idx').on(t.userId)
	]
);

/** `draft`: written in the app and never published, so it has no version yet. */
export const ITEM_STATUSES = ['draft', 'published', 'retired'] as const;

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
		position: integer('position').notNull(),
		/**
		 * The hash of the bundled spec last published or set aside; null for items written in the
		 * app. A bundled spec with another hash is new content from the pack.
		 */
		packHash: text('pack_hash')
	},
	(t) => [index('items_bank_status_idx').on(t.bankId, t.status, t.position)]
);

export const VERSION_ORIGINS = ['pack', 'local'] as const;
/** How a version came to be published. */
export const APPROVALS = ['bundled', 'second-educator', 'admin-alone'] as const;
export const DRAFT_STATUSES = ['draft', 'in-review', 'published', 'discarded'] as const;
export const ITEM_ACTIONS = [
	'drafted',
	'edited',
	'submitted',
	'returned',
	'published',
	'discarded',
	'retired',
	'restored',
	'pack-accepted',
	'pack-kept'
] as const;

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
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		/** `pack`: from the bundled banks; `local`: written in the app. */
		origin: text('origin', { enum: VERSION_ORIGINS }).notNull().default('pack'),
		authorId: text('author_id').references(() => users.id),
		/** The educator who approved it, or the admin who published it alone. */
		approvedBy: text('approved_by').references(() => users.id),
		approval: text('approval', { enum: APPROVALS }).notNull().default('bundled'),
		/** Why this version was made, in the author's words. */
		note: text('note').notNull().default('')
	},
	(t) => [uniqueIndex('item_versions_item_version_idx').on(t.itemId, t.version)]
);

/**
 * A bundled spec that changed while the item carries a local edit: the local edit stays served
 * until an educator accepts the bundled version or keeps their own.
 */
export const packUpdates = sqliteTable('pack_updates', {
	itemId: text('item_id')
		.primaryKey()
		.references(() => items.id),
	spec: text('spec', { mode: 'json' }).$type<ItemSpec>().notNull(),
	contentHash: text('content_hash').notNull(),
	detectedAt: integer('detected_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * Work on an item's next version. Saved as often as the author likes; publishing turns it into
 * an immutable version. At most one draft per item is open (being written or in review).
 */
export const itemDrafts = sqliteTable(
	'item_drafts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		/** The version the draft was started from; null for a new item. */
		baseVersionId: integer('base_version_id').references(() => itemVersions.id),
		spec: text('spec', { mode: 'json' }).$type<ItemSpec>().notNull(),
		status: text('status', { enum: DRAFT_STATUSES }).notNull(),
		authorId: text('author_id')
			.notNull()
			.references(() => users.id),
		updatedBy: text('updated_by')
			.notNull()
			.references(() => users.id),
		note: text('note').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		publishedVersionId: integer('published_version_id').references(() => itemVersions.id)
	},
	(t) => [
		uniqueIndex('item_drafts_open_idx')
			.on(t.itemId)
			.where(sql`status in ('draft', 'in-review')`),
		index('item_drafts_status_idx').on(t.status)
	]
);

/** Reviewers' comments on a draft and the author's answers, in order. */
export const draftComments = sqliteTable(
	'draft_comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		draftId: integer('draft_id')
			.notNull()
			.references(() => itemDrafts.id),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		body: text('body').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('draft_comments_draft_idx').on(t.draftId)]
);

/** Who changed an item, when and why: every step of its life in the app. */
export const itemEvents = sqliteTable(
	'item_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		/** Null for changes the bundled pack made at start-up. */
		userId: text('user_id').references(() => users.id),
		action: text('action', { enum: ITEM_ACTIONS }).notNull(),
		note: text('note').notNull(),
		versionId: integer('version_id').references(() => itemVersions.id),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('item_events_item_idx').on(t.itemId, t.at)]
);

/** Messages for one user, e.g. that a problem they reported was fixed. */
export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		message: text('message').notNull(),
		href: text('href'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		readAt: integer('read_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.readAt)]
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
export type ItemDraft = typeof itemDrafts.$inferSelect;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
export type ItemAction = (typeof ITEM_ACTIONS)[number];
export type Item = typeof items.$inferSelect;
export type ItemVersion = typeof itemVersions.$inferSelect;
export type PassageRow = typeof passages.$inferSelect;
