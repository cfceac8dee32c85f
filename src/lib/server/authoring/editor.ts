import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '$lib/server/db';
import type { Bank, Item, ItemDraft, User } from '$lib/server/db/schema';
import { onPostgres } from '$lib/server/db/steps';
import {
	bankAuthors,
	banks,
	itemDrafts,
	itemReports,
	items,
	itemVersions,
	packUpdates,
	passages,
	sourceDocuments,
	users
} from '$lib/server/db/tables';
import { publishedItemVersions } from '$lib/server/bank/queries';
import { canAuthorBank, publishApproval, wroteDraft } from './access';
import {
	checkItem,
	draftCommentsOf,
	itemHistory,
	openDraft,
	type CommentView,
	type EventView
} from './drafts';

type Actor = Pick<User, 'id' | 'role'>;

/** Someone named to educators: the email tells apart two people who share a name. */
export interface PersonView {
	name: string;
	email: string;
}

export interface VersionView {
	version: number;
	createdAt: Date;
	origin: 'pack' | 'local';
	author: PersonView | null;
	approvedBy: PersonView | null;
	approval: 'bundled' | 'second-educator' | 'admin-alone';
	note: string;
	served: boolean;
}

export interface EditorState {
	item: Item;
	bank: Bank;
	/** The version learners are served; null before the first publication. */
	served: { version: number; spec: ItemSpec } | null;
	draft: (ItemDraft & { author: string; updatedByName: string }) | null;
	/** What the editor shows: the open draft, else the served version. */
	spec: ItemSpec;
	problems: string[];
	comments: CommentView[];
	history: EventView[];
	openReports: { id: number; message: string; reporter: string }[];
	bundledChange: ItemSpec | null;
	may: {
		publish: 'second-educator' | 'admin-alone' | null;
		review: boolean;
		submit: boolean;
	};
}

/** An item as its editor shows it, or null when there is none or the user may not write its bank. */
export async function editorState(
	db: DB,
	user: Actor,
	itemId: string
): Promise<EditorState | null> {
	const [item] = await db.select().from(items).where(eq(items.id, itemId)).limit(1);
	if (!item) return null;
	const [bank] = await db.select().from(banks).where(eq(banks.id, item.bankId)).limit(1);
	if (!(await canAuthorBank(db, user, bank))) return null;
	const [servedRow] =
		item.status === 'draft'
			? []
			: await db
					.select({ version: itemVersions.version, spec: itemVersions.spec })
					.from(itemVersions)
					.where(eq(itemVersions.id, item.currentVersionId))
					.limit(1);
	const draftRow = await openDraft(db, itemId);
	const names = async (ids: string[]) =>
		new Map(
			(
				await db
					.select({ id: users.id, name: users.displayName })
					.from(users)
					.where(inArray(users.id, ids))
			).map((u) => [u.id, u.name])
		);
	const who = draftRow ? await names([draftRow.authorId, draftRow.updatedBy]) : new Map();
	const draft = draftRow
		? {
				...draftRow,
				author: who.get(draftRow.authorId) ?? '',
				updatedByName: who.get(draftRow.updatedBy) ?? ''
			}
		: null;
	const spec = draft?.spec ?? servedRow?.spec;
	if (!spec) return null;
	const [bundled] = await db
		.select()
		.from(packUpdates)
		.where(eq(packUpdates.itemId, itemId))
		.limit(1);
	return {
		item,
		bank,
		served: servedRow ?? null,
		draft,
		spec,
		problems: await checkItem(db, spec),
		comments: draft ? await draftCommentsOf(db, draft.id) : [],
		history: await itemHistory(db, itemId),
		openReports: await db
			.select({ id: itemReports.id, message: itemReports.message, reporter: users.displayName })
			.from(itemReports)
			.innerJoin(users, eq(users.id, itemReports.userId))
			.where(and(eq(itemReports.itemId, itemId), fixed(eq(itemReports.status, 'open'))))
			.orderBy(asc(itemReports.id)),
		bundledChange: bundled?.spec ?? null,
		may: {
			publish: draft ? publishApproval(user, draft) : null,
			review: !!draft && draft.status === 'in-review' && !wroteDraft(user, draft),
			submit: !!draft && draft.status === 'draft'
		}
	};
}

/** Every published version of an item, newest first. */
export async function itemVersionsOf(db: DB, item: Item): Promise<VersionView[]> {
	const author = users;
	const rows = await db
		.select({
			id: itemVersions.id,
			version: itemVersions.version,
			createdAt: itemVersions.createdAt,
			origin: itemVersions.origin,
			authorId: itemVersions.authorId,
			approvedById: itemVersions.approvedBy,
			approval: itemVersions.approval,
			note: itemVersions.note
		})
		.from(itemVersions)
		.where(eq(itemVersions.itemId, item.id))
		.orderBy(desc(itemVersions.version));
	const ids = [
		...new Set(rows.flatMap((r) => [r.authorId, r.approvedById]).filter((x): x is string => !!x))
	];
	const found = ids.length
		? await db
				.select({ id: author.id, name: author.displayName, email: author.email })
				.from(author)
				.where(inArray(author.id, ids))
		: [];
	const people = new Map(found.map((u) => [u.id, { name: u.name, email: u.email }]));
	return rows.map((r) => ({
		version: r.version,
		createdAt: r.createdAt,
		origin: r.origin,
		author: r.authorId ? (people.get(r.authorId) ?? null) : null,
		approvedBy: r.approvedById ? (people.get(r.approvedById) ?? null) : null,
		approval: r.approval,
		note: r.note,
		served: item.status === 'published' && r.id === item.currentVersionId
	}));
}

/** One version's content, by its number. */
export async function versionOf(db: DB, itemId: string, version: number): Promise<ItemSpec | null> {
	const [row] = await db
		.select({ spec: itemVersions.spec })
		.from(itemVersions)
		.where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)))
		.limit(1);
	return row?.spec ?? null;
}

export interface ReviewQueueRow {
	itemId: string;
	bankTitle: string;
	author: string;
	stem: string;
	note: string;
	updatedAt: Date;
}

/** Drafts in review that the user may approve: in banks they write, by someone else. */
export async function reviewQueue(db: DB, user: Actor): Promise<ReviewQueueRow[]> {
	const rows = await db
		.select({
			itemId: itemDrafts.itemId,
			bankId: banks.id,
			ownerId: banks.ownerId,
			bankTitle: banks.title,
			authorId: itemDrafts.authorId,
			updatedBy: itemDrafts.updatedBy,
			author: users.displayName,
			spec: itemDrafts.spec,
			note: itemDrafts.note,
			updatedAt: itemDrafts.updatedAt
		})
		.from(itemDrafts)
		.innerJoin(items, eq(items.id, itemDrafts.itemId))
		.innerJoin(banks, eq(banks.id, items.bankId))
		.innerJoin(users, eq(users.id, itemDrafts.authorId))
		.where(fixed(eq(itemDrafts.status, 'in-review')))
		.orderBy(asc(itemDrafts.updatedAt));
	const sharedRows = await db
		.select({ bankId: bankAuthors.bankId })
		.from(bankAuthors)
		.where(eq(bankAuthors.userId, user.id));
	const shared = new Set(sharedRows.map((r) => r.bankId));
	return rows
		.filter(
			(r) =>
				!wroteDraft(user, r) &&
				(user.role === 'admin' ||
					r.ownerId === null ||
					r.ownerId === user.id ||
					shared.has(r.bankId))
		)
		.map((r) => ({
			itemId: r.itemId,
			bankTitle: r.bankTitle,
			author: r.author,
			stem: r.spec.stem,
			note: r.note,
			updatedAt: r.updatedAt
		}));
}

export interface CitableDocument {
	slug: string;
	title: string;
	passages: { id: string; text: string }[];
}

/** Every passage an item may cite now, document by document, for the citation picker. */
export async function citableDocuments(db: DB): Promise<CitableDocument[]> {
	const docs = await db
		.select({ slug: sourceDocuments.slug, title: sourceDocuments.title })
		.from(sourceDocuments)
		.orderBy(asc(sourceDocuments.title));
	// SQLite keeps passages in the order they were first written, which is the document's; a
	// PostgreSQL table has no such order, so there they go section by section.
	const rows = await db
		.select({ id: passages.id, slug: passages.documentSlug, text: passages.text })
		.from(passages)
		.where(and(eq(passages.retired, false), eq(passages.examinable, true)))
		.orderBy(
			asc(passages.documentSlug),
			...(onPostgres(db) ? [asc(passages.sectionId), asc(passages.position)] : [sql`rowid`])
		);
	return docs.map((d) => ({
		slug: d.slug,
		title: d.title,
		passages: rows.filter((p) => p.slug === d.slug).map((p) => ({ id: p.id, text: p.text }))
	}));
}

/** The text of the passages an item cites, for showing beside the quote. */
export async function passageTexts(db: DB, ids: string[]): Promise<{ id: string; text: string }[]> {
	if (!ids.length) return [];
	const rows = await db
		.select({ id: passages.id, text: passages.text })
		.from(passages)
		.where(inArray(passages.id, ids));
	return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

/**
 * The bank's glossary for cloze suggestions: the terms its published questions key (each short
 * answer's first accepted answer, and keyed options of a few words).
 */
export async function bankGlossary(db: DB, bankId: string): Promise<string[]> {
	const terms = (await publishedItemVersions(db, { bankId })).flatMap(({ spec }) => [
		...(spec.shortAnswer ? spec.shortAnswer.accepted.slice(0, 1) : []),
		...spec.options
			.filter((o) => o.correct && o.text.trim().split(/\s+/).length <= 4)
			.map((o) => o.text.trim().replace(/[.]$/, ''))
	]);
	return [...new Set(terms.filter((t) => /[a-z]/i.test(t)))];
}
