import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
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
	users,
	type Bank,
	type Item,
	type ItemDraft,
	type User
} from '../db/schema';
import { publishedItemVersions } from '../bank/queries';
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
export function editorState(db: DB, user: Actor, itemId: string): EditorState | null {
	const item = db.select().from(items).where(eq(items.id, itemId)).get();
	if (!item) return null;
	const bank = db.select().from(banks).where(eq(banks.id, item.bankId)).get()!;
	if (!canAuthorBank(db, user, bank)) return null;
	const servedRow =
		item.status === 'draft'
			? undefined
			: db
					.select({ version: itemVersions.version, spec: itemVersions.spec })
					.from(itemVersions)
					.where(eq(itemVersions.id, item.currentVersionId))
					.get();
	const draftRow = openDraft(db, itemId);
	const names = (ids: string[]) =>
		new Map(
			db
				.select({ id: users.id, name: users.displayName })
				.from(users)
				.where(inArray(users.id, ids))
				.all()
				.map((u) => [u.id, u.name])
		);
	const who = draftRow ? names([draftRow.authorId, draftRow.updatedBy]) : new Map();
	const draft = draftRow
		? {
				...draftRow,
				author: who.get(draftRow.authorId) ?? '',
				updatedByName: who.get(draftRow.updatedBy) ?? ''
			}
		: null;
	const spec = draft?.spec ?? servedRow?.spec;
	if (!spec) return null;
	const bundled = db.select().from(packUpdates).where(eq(packUpdates.itemId, itemId)).get();
	return {
		item,
		bank,
		served: servedRow ?? null,
		draft,
		spec,
		problems: checkItem(db, spec),
		comments: draft ? draftCommentsOf(db, draft.id) : [],
		history: itemHistory(db, itemId),
		openReports: db
			.select({ id: itemReports.id, message: itemReports.message, reporter: users.displayName })
			.from(itemReports)
			.innerJoin(users, eq(users.id, itemReports.userId))
			.where(and(eq(itemReports.itemId, itemId), eq(itemReports.status, 'open')))
			.orderBy(asc(itemReports.id))
			.all(),
		bundledChange: bundled?.spec ?? null,
		may: {
			publish: draft ? publishApproval(user, draft) : null,
			review: !!draft && draft.status === 'in-review' && !wroteDraft(user, draft),
			submit: !!draft && draft.status === 'draft'
		}
	};
}

/** Every published version of an item, newest first. */
export function itemVersionsOf(db: DB, item: Item): VersionView[] {
	const author = users;
	const rows = db
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
		.orderBy(desc(itemVersions.version))
		.all();
	const ids = [
		...new Set(rows.flatMap((r) => [r.authorId, r.approvedById]).filter((x): x is string => !!x))
	];
	const people = new Map(
		ids.length
			? db
					.select({ id: author.id, name: author.displayName, email: author.email })
					.from(author)
					.where(inArray(author.id, ids))
					.all()
					.map((u) => [u.id, { name: u.name, email: u.email }])
			: []
	);
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
export function versionOf(db: DB, itemId: string, version: number): ItemSpec | null {
	return (
		db
			.select({ spec: itemVersions.spec })
			.from(itemVersions)
			.where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)))
			.get()?.spec ?? null
	);
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
export function reviewQueue(db: DB, user: Actor): ReviewQueueRow[] {
	const rows = db
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
		.where(eq(itemDrafts.status, 'in-review'))
		.orderBy(asc(itemDrafts.updatedAt))
		.all();
	const shared = new Set(
		db
			.select({ bankId: bankAuthors.bankId })
			.from(bankAuthors)
			.where(eq(bankAuthors.userId, user.id))
			.all()
			.map((r) => r.bankId)
	);
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
export function citableDocuments(db: DB): CitableDocument[] {
	const docs = db
		.select({ slug: sourceDocuments.slug, title: sourceDocuments.title })
		.from(sourceDocuments)
		.orderBy(asc(sourceDocuments.title))
		.all();
	const rows = db
		.select({ id: passages.id, slug: passages.documentSlug, text: passages.text })
		.from(passages)
		.where(and(eq(passages.retired, false), eq(passages.examinable, true)))
		.orderBy(asc(passages.documentSlug), sql`rowid`)
		.all();
	return docs.map((d) => ({
		slug: d.slug,
		title: d.title,
		passages: rows.filter((p) => p.slug === d.slug).map((p) => ({ id: p.id, text: p.text }))
	}));
}

/** The text of the passages an item cites, for showing beside the quote. */
export function passageTexts(db: DB, ids: string[]): { id: string; text: string }[] {
	if (!ids.length) return [];
	const rows = db
		.select({ id: passages.id, text: passages.text })
		.from(passages)
		.where(inArray(passages.id, ids))
		.all();
	return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

/**
 * The bank's glossary for cloze suggestions: the terms its published questions key (each short
 * answer's first accepted answer, and keyed options of a few words).
 */
export function bankGlossary(db: DB, bankId: string): string[] {
	const terms = publishedItemVersions(db, { bankId }).flatMap(({ spec }) => [
		...(spec.shortAnswer ? spec.shortAnswer.accepted.slice(0, 1) : []),
		...spec.options
			.filter((o) => o.correct && o.text.trim().split(/\s+/).length <= 4)
			.map((o) => o.text.trim().replace(/[.]$/, ''))
	]);
	return [...new Set(terms.filter((t) => /[a-z]/i.test(t)))];
}
