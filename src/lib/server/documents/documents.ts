import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import * as v from 'valibot';
import { DOCUMENT_NOTE_MAX, DOCUMENT_TITLE_MAX } from '$lib/authoring';
import { SOURCE_SLUG } from '$lib/content/links';
import { parseDocument, type SourceDocument } from '$lib/content/document';
import type { DB, Queries } from '$lib/server/db';
import { run, transaction, type Step } from '$lib/server/db/steps';
import { contentTables, type ContentTables } from '$lib/server/bank/content-tables';
import {
	banks,
	documentRevisions,
	items,
	itemVersionPassages,
	passages,
	sourceDocuments,
	users
} from '$lib/server/db/tables';
import {
	oneOf,
	optionalText,
	parseForm,
	submittedValues,
	type ParsedForm
} from '$lib/server/forms';
import type { SignedInUser } from '$lib/server/auth/session';
import { comparePassages, type PassageChange } from './compare';
import { DOCUMENT_FORMATS, sectionSlug, toDocumentMarkdown } from './convert';

/** Larger than any clinical guideline a team writes from, small enough to compare at a glance. */
export const DOCUMENT_MAX_CHARS = 400_000;

/** A new document or revision: pasted text, or an uploaded file read as text. */
export const documentForm = v.object({
	title: optionalText({ max: DOCUMENT_TITLE_MAX }),
	format: oneOf(DOCUMENT_FORMATS, 'Choose Markdown, plain text or HTML.'),
	text: optionalText({ max: DOCUMENT_MAX_CHARS, multiline: true }),
	note: optionalText({ max: DOCUMENT_NOTE_MAX })
});
export type DocumentInput = v.InferOutput<typeof documentForm>;

export type DocumentResult =
	{ ok: true; slug: string; revision: number } | { ok: false; errors: Record<string, string> };

/**
 * Passages of documents added in the app carry their document's slug, so that two documents can
 * both have an "introduction-1"; the bundled document's passages keep the ids its banks cite.
 */
export function storedPassageId(slug: string, passageId: string): string {
	return slug === SOURCE_SLUG ? passageId : `${slug}/${passageId}`;
}

/** Who may revise a document: the educator who added it, or an admin. The bundled one: nobody. */
export function canReviseDocument(
	user: Pick<SignedInUser, 'id' | 'role'>,
	doc: { ownerId: string | null }
): boolean {
	if (doc.ownerId === null) return false;
	return user.role === 'admin' || (user.role === 'educator' && doc.ownerId === user.id);
}

/**
 * The input read into passages under `slug`; a new document's slug is chosen from its title
 * afterwards, so it is read under a blank one and the title is returned beside it.
 */
function parsed(
	input: DocumentInput,
	slug: string
):
	| { ok: true; doc: SourceDocument; markdown: string; title: string }
	| { ok: false; errors: Record<string, string> } {
	if (!input.text) return { ok: false, errors: { text: 'Paste the document or choose a file.' } };
	const { title, markdown } = toDocumentMarkdown(input.text, input.format, input.title);
	if (!title) return { ok: false, errors: { title: 'Give the document a title.' } };
	if (title.length > DOCUMENT_TITLE_MAX)
		return { ok: false, errors: { title: `Use at most ${DOCUMENT_TITLE_MAX} characters.` } };
	let doc: SourceDocument;
	try {
		doc = parseDocument(slug, markdown);
	} catch (e) {
		return {
			ok: false,
			errors: { text: `The document could not be read: ${(e as Error).message}.` }
		};
	}
	if (!doc.passages.size) {
		return { ok: false, errors: { text: 'The document has a title but no text under it.' } };
	}
	return { ok: true, doc, markdown, title };
}

/**
 * Stores a document's passages as they now stand; passages that left it are retired (never deleted,
 * so old item versions still resolve). Other documents' passages are left alone.
 */
export function* writePassagesStep(
	tx: Queries,
	doc: SourceDocument,
	{ passages }: Pick<ContentTables, 'passages'> = contentTables
): Step<void> {
	const current = new Set<string>();
	for (const [, p] of doc.passages) {
		const id = storedPassageId(doc.slug, p.id);
		current.add(id);
		const row = {
			documentSlug: doc.slug,
			sectionId: p.sectionId,
			position: p.position,
			text: p.text,
			hash: p.hash,
			examinable: p.examinable,
			retired: false
		};
		yield* run(
			tx
				.insert(passages)
				.values({ id, ...row })
				.onConflictDoUpdate({ target: passages.id, set: row })
		);
	}
	const stored = yield* run(
		tx.select({ id: passages.id }).from(passages).where(eq(passages.documentSlug, doc.slug))
	);
	const gone = stored.map((p) => p.id).filter((id) => !current.has(id));
	if (gone.length)
		yield* run(tx.update(passages).set({ retired: true }).where(inArray(passages.id, gone)));
}

function* freeSlugStep(tx: Queries, title: string): Step<string> {
	const base = sectionSlug(title);
	const rows = yield* run(
		tx
			.select({ slug: sourceDocuments.slug })
			.from(sourceDocuments)
			.where(or(eq(sourceDocuments.slug, base), sql`${sourceDocuments.slug} like ${base + '-%'}`))
	);
	const taken = new Set(rows.map((r) => r.slug));
	let slug = base;
	for (let n = 2; taken.has(slug) || slug === SOURCE_SLUG || slug === 'new'; n++)
		slug = `${base}-${n}`;
	return slug;
}

/**
 * The lock adding a document holds on PostgreSQL: two documents of one title added at once would
 * otherwise both choose the same free slug.
 */
const NEW_DOCUMENT_LOCK = 'documents:new';

/** The lock revising a document holds on PostgreSQL, so two revisions never take one number. */
const documentLock = (slug: string) => `document:${slug}`;

/** An educator adds a document: it is split into passages and becomes revision 1. */
export async function addDocument(
	db: DB,
	user: SignedInUser,
	input: DocumentInput,
	now = new Date()
): Promise<DocumentResult> {
	return transaction(
		db,
		function* (tx) {
			const read = parsed(input, '');
			if (!read.ok) return read;
			const slug = yield* freeSlugStep(tx, read.title);
			const doc: SourceDocument = { ...read.doc, slug };
			yield* run(
				tx.insert(sourceDocuments).values({
					slug,
					title: doc.title,
					version: doc.version,
					syncedAt: now,
					ownerId: user.id,
					revision: 1
				})
			);
			yield* run(
				tx.insert(documentRevisions).values({
					documentSlug: slug,
					revision: 1,
					markdown: read.markdown,
					version: doc.version,
					note: input.note,
					createdBy: user.id,
					createdAt: now
				})
			);
			yield* writePassagesStep(tx, doc);
			return { ok: true as const, slug, revision: 1 };
		},
		{ locks: [NEW_DOCUMENT_LOCK] }
	);
}

/** A new text of a document its owner (or an admin) may revise; the same text is refused. */
export async function reviseDocument(
	db: DB,
	user: SignedInUser,
	slug: string,
	input: DocumentInput,
	now = new Date()
): Promise<DocumentResult | null> {
	return transaction(
		db,
		function* (tx): Step<DocumentResult | null> {
			const [doc] = yield* run(
				tx.select().from(sourceDocuments).where(eq(sourceDocuments.slug, slug)).limit(1)
			);
			if (!doc || !canReviseDocument(user, doc)) return null;
			const read = parsed({ ...input, title: input.title || doc.title }, slug);
			if (!read.ok) return read;
			if (read.doc.version === doc.version) {
				return {
					ok: false,
					errors: { text: `This is the text of revision ${doc.revision}; change it to revise.` }
				};
			}
			const revision = doc.revision + 1;
			yield* run(
				tx.insert(documentRevisions).values({
					documentSlug: slug,
					revision,
					markdown: read.markdown,
					version: read.doc.version,
					note: input.note,
					createdBy: user.id,
					createdAt: now
				})
			);
			yield* run(
				tx
					.update(sourceDocuments)
					.set({ title: read.doc.title, version: read.doc.version, syncedAt: now, revision })
					.where(eq(sourceDocuments.slug, slug))
			);
			yield* writePassagesStep(tx, read.doc);
			return { ok: true, slug, revision };
		},
		{ locks: [documentLock(slug)] }
	);
}

export interface DocumentSummary {
	slug: string;
	title: string;
	bundled: boolean;
	owner: string | null;
	revision: number;
	updatedAt: Date;
	examinable: number;
	cited: number;
}

/** Passage ids cited by the current version of a published item, per document. */
function citedPassages(db: DB, slug?: string) {
	return db
		.selectDistinct({ documentSlug: passages.documentSlug, passageId: passages.id })
		.from(itemVersionPassages)
		.innerJoin(
			items,
			and(
				eq(items.currentVersionId, itemVersionPassages.itemVersionId),
				fixed(eq(items.status, 'published'))
			)
		)
		.innerJoin(passages, eq(passages.id, itemVersionPassages.passageId))
		.where(slug ? eq(passages.documentSlug, slug) : undefined);
}

/** Every document, the bundled one first, with how many of its examinable passages items cite. */
export async function listDocuments(db: DB): Promise<DocumentSummary[]> {
	const examinableRows = await db
		.select({ slug: passages.documentSlug, n: count() })
		.from(passages)
		.where(and(eq(passages.examinable, true), eq(passages.retired, false)))
		.groupBy(passages.documentSlug);
	const examinable = new Map(examinableRows.map((r) => [r.slug, Number(r.n)]));
	const cited = new Map<string, number>();
	for (const row of await citedPassages(db))
		cited.set(row.documentSlug, (cited.get(row.documentSlug) ?? 0) + 1);
	const docs = await db
		.select({
			slug: sourceDocuments.slug,
			title: sourceDocuments.title,
			ownerId: sourceDocuments.ownerId,
			owner: users.displayName,
			revision: sourceDocuments.revision,
			updatedAt: sourceDocuments.syncedAt
		})
		.from(sourceDocuments)
		.leftJoin(users, eq(users.id, sourceDocuments.ownerId))
		.orderBy(sql`${sourceDocuments.ownerId} is not null`, asc(sourceDocuments.title));
	return docs.map((d) => ({
		slug: d.slug,
		title: d.title,
		bundled: d.ownerId === null,
		owner: d.owner,
		revision: d.revision,
		updatedAt: d.updatedAt,
		examinable: examinable.get(d.slug) ?? 0,
		cited: cited.get(d.slug) ?? 0
	}));
}

export interface AddedDocument {
	slug: string;
	title: string;
	ownerId: string;
	owner: string;
	revision: number;
	/** The current text, parsed; passage ids as stored. */
	doc: SourceDocument;
	markdown: string;
	revisions: { revision: number; note: string; author: string; createdAt: Date }[];
}

function withStoredIds(doc: SourceDocument): SourceDocument {
	const sections = doc.sections.map((s) => ({
		...s,
		passages: s.passages.map((p) => ({ ...p, id: storedPassageId(doc.slug, p.id) }))
	}));
	const map = new Map(sections.flatMap((s) => s.passages.map((p) => [p.id, p] as const)));
	return { ...doc, sections, passages: map };
}

async function revisionText(db: DB, slug: string, revision: number) {
	const [row] = await db
		.select({ markdown: documentRevisions.markdown, note: documentRevisions.note })
		.from(documentRevisions)
		.where(and(eq(documentRevisions.documentSlug, slug), eq(documentRevisions.revision, revision)))
		.limit(1);
	return row;
}

/** A document added in the app, at its latest revision; null for an unknown or bundled one. */
export async function getAddedDocument(db: DB, slug: string): Promise<AddedDocument | null> {
	const [row] = await db
		.select({
			slug: sourceDocuments.slug,
			title: sourceDocuments.title,
			ownerId: sourceDocuments.ownerId,
			owner: users.displayName,
			revision: sourceDocuments.revision
		})
		.from(sourceDocuments)
		.innerJoin(users, eq(users.id, sourceDocuments.ownerId))
		.where(eq(sourceDocuments.slug, slug))
		.limit(1);
	if (!row || row.ownerId === null) return null;
	const current = await revisionText(db, slug, row.revision);
	if (!current) return null;
	const revisions = await db
		.select({
			revision: documentRevisions.revision,
			note: documentRevisions.note,
			author: users.displayName,
			createdAt: documentRevisions.createdAt
		})
		.from(documentRevisions)
		.innerJoin(users, eq(users.id, documentRevisions.createdBy))
		.where(eq(documentRevisions.documentSlug, slug))
		.orderBy(desc(documentRevisions.revision));
	return {
		slug: row.slug,
		title: row.title,
		ownerId: row.ownerId,
		owner: row.owner,
		revision: row.revision,
		doc: withStoredIds(parseDocument(slug, current.markdown)),
		markdown: current.markdown,
		revisions
	};
}

export interface SourceChangedItem {
	itemId: string;
	bankTitle: string;
	passageId: string;
	/** The passage's text now, or null when it has left the document. */
	now: string | null;
}

/**
 * Items whose current version cites a passage that has changed or left the document since the
 * version was written: the citation may no longer hold, so the item needs a second look.
 */
export async function itemsWithChangedSources(db: DB, slug: string): Promise<SourceChangedItem[]> {
	const rows = await db
		.select({
			itemId: items.id,
			bankTitle: banks.title,
			passageId: passages.id,
			retired: passages.retired,
			text: passages.text
		})
		.from(itemVersionPassages)
		.innerJoin(items, eq(items.currentVersionId, itemVersionPassages.itemVersionId))
		.innerJoin(banks, eq(banks.id, items.bankId))
		.innerJoin(passages, eq(passages.id, itemVersionPassages.passageId))
		.where(
			and(
				eq(passages.documentSlug, slug),
				fixed(eq(items.status, 'published')),
				or(
					eq(passages.retired, true),
					sql`${passages.hash} is distinct from ${itemVersionPassages.passageHash}`
				)
			)
		)
		.orderBy(banks.position, items.position, passages.id);
	return rows.map((r) => ({
		itemId: r.itemId,
		bankTitle: r.bankTitle,
		passageId: r.passageId,
		now: r.retired ? null : r.text
	}));
}

export interface RevisionComparison {
	slug: string;
	title: string;
	revision: number;
	note: string;
	changes: PassageChange[];
}

/** Revision `revision` of an added document against the one before it, passage by passage. */
export async function compareWithPrevious(
	db: DB,
	slug: string,
	revision: number
): Promise<RevisionComparison | null> {
	const [doc] = await db
		.select()
		.from(sourceDocuments)
		.where(eq(sourceDocuments.slug, slug))
		.limit(1);
	if (!doc || doc.ownerId === null || !Number.isInteger(revision)) return null;
	const after = await revisionText(db, slug, revision);
	if (!after) return null;
	const before = revision > 1 ? await revisionText(db, slug, revision - 1) : undefined;
	const parse = (markdown: string) => withStoredIds(parseDocument(slug, markdown));
	return {
		slug,
		title: doc.title,
		revision,
		note: after.note,
		changes: comparePassages(before ? parse(before.markdown) : null, parse(after.markdown))
	};
}

const FILE_FORMATS: Record<string, DocumentInput['format']> = {
	md: 'markdown',
	markdown: 'markdown',
	txt: 'text',
	text: 'text',
	html: 'html',
	htm: 'html'
};

/**
 * The document form as posted: pasted text, or an uploaded Markdown, plain-text or HTML file, which
 * then takes the place of the text and sets the format from its name.
 */
export async function readDocumentForm(form: FormData): Promise<ParsedForm<DocumentInput>> {
	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		const fail = (message: string) => ({
			ok: false as const,
			errors: { file: message },
			values: submittedValues(documentForm, form)
		});
		const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
		const format = FILE_FORMATS[extension];
		if (!format) return fail('Upload a Markdown (.md), plain-text (.txt) or HTML (.html) file.');
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			return fail('The file is not UTF-8 text. Save it as UTF-8 and upload it again.');
		}
		const fields = new FormData();
		for (const [name, value] of form) if (typeof value === 'string') fields.append(name, value);
		fields.set('text', text.replace(/^\uFEFF/, ''));
		fields.set('format', format);
		const parsed = parseForm(documentForm, fields);
		if (!parsed.ok && parsed.errors.text) {
			return fail(parsed.errors.text.replace(/^Use at most/, 'The file is too long: use at most'));
		}
		return parsed;
	}
	return parseForm(documentForm, form);
}
