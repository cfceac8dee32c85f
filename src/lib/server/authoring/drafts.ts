import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { Passage, SourceDocument } from '$lib/content/document';
import type { ItemSpec } from '$lib/content/types';
import type { DB, Queries } from '../db';
import {
	draftComments,
	itemDrafts,
	itemEvents,
	itemReports,
	items,
	itemVersions,
	packUpdates,
	passages,
	users,
	type ItemAction,
	type ItemDraft,
	type User
} from '../db/schema';
import { itemContentHash, publishPackVersion } from '../bank/sync';
import { writeItemVersion } from '../bank/versions';
import { itemProblems } from '../bank/validate';
import { itemWritingProblems } from '../bank/item-writing';
import { newId } from '../ids';
import { notify } from '../notifications/notifications';
import { publishApproval, wroteDraft } from './access';

type Actor = Pick<User, 'id' | 'role'>;

/** What went wrong with a step of the workflow, in words for the person who tried it. */
export class AuthoringError extends Error {
	constructor(
		message: string,
		/** The form field the message belongs beside. */
		readonly field = 'item'
	) {
		super(message);
	}
}

/** The cited passages as the validator reads them, from the passages now in force. */
function citedPassages(db: Queries, spec: ItemSpec): Pick<SourceDocument, 'passages'> {
	const ids = spec.source?.passageIds ?? [];
	const rows = ids.length
		? db
				.select()
				.from(passages)
				.where(and(inArray(passages.id, ids), eq(passages.retired, false)))
				.all()
		: [];
	const map = new Map<string, Passage>(
		rows.map((p) => [
			p.id,
			{
				id: p.id,
				sectionId: p.sectionId,
				position: p.position,
				kind: 'paragraph',
				ordinal: null,
				text: p.text,
				hash: p.hash,
				examinable: p.examinable
			}
		])
	);
	return { passages: map };
}

/** Every rule `bank:check` applies to one item, against the passages now in force. */
export function checkItem(db: Queries, spec: ItemSpec): string[] {
	const doc = citedPassages(db, spec);
	return [...new Set([...itemProblems(spec, doc), ...itemWritingProblems(spec, doc)])];
}

function record(
	db: Queries,
	itemId: string,
	userId: string | null,
	action: ItemAction,
	note: string,
	at: Date,
	versionId: number | null = null
) {
	db.insert(itemEvents).values({ itemId, userId, action, note, versionId, at }).run();
}

/** The item's draft being written or in review, if any. */
export function openDraft(db: Queries, itemId: string): ItemDraft | undefined {
	return db
		.select()
		.from(itemDrafts)
		.where(and(eq(itemDrafts.itemId, itemId), inArray(itemDrafts.status, ['draft', 'in-review'])))
		.get();
}

function requireOpenDraft(db: Queries, itemId: string, seenAt?: number): ItemDraft {
	const draft = openDraft(db, itemId);
	if (!draft)
		throw new AuthoringError('This question has no open draft: it was published or discarded.');
	if (seenAt !== undefined && draft.updatedAt.getTime() !== seenAt)
		throw new AuthoringError(
			'The draft changed since you opened it. Your text is below: compare it with the saved draft before saving again.'
		);
	return draft;
}

/** Columns of the items row that follow the served (or, before publishing, the drafted) spec. */
function itemColumns(spec: ItemSpec) {
	return {
		type: spec.type,
		difficulty: spec.difficulty,
		forDoctors: spec.audiences.includes('doctor'),
		forNurses: spec.audiences.includes('nurse')
	};
}

/** Starts a new question in a bank; it stays a draft, unseen by learners, until published. */
export function createItem(
	db: DB,
	user: Actor,
	bankId: string,
	spec: ItemSpec,
	note: string,
	now = new Date()
): string {
	const id = `${bankId}-${newId().slice(0, 8)}`;
	const withId = { ...spec, id };
	db.transaction((tx) => {
		const last = tx
			.select({ position: max(items.position) })
			.from(items)
			.where(eq(items.bankId, bankId))
			.get();
		tx.insert(items)
			.values({
				id,
				bankId,
				status: 'draft',
				currentVersionId: 0,
				position: (last?.position ?? -1) + 1,
				packHash: null,
				...itemColumns(withId)
			})
			.run();
		tx.insert(itemDrafts)
			.values({
				itemId: id,
				baseVersionId: null,
				spec: withId,
				status: 'draft',
				authorId: user.id,
				updatedBy: user.id,
				note,
				createdAt: now,
				updatedAt: now
			})
			.run();
		record(tx, id, user.id, 'drafted', note, now);
	});
	return id;
}

/**
 * Saves the author's work on an item: into its open draft, or into a new draft started from the
 * version now served. `seenAt` is the draft's `updatedAt` when the form was opened: a save over
 * someone else's later change is refused rather than lost.
 */
export function saveDraft(
	db: DB,
	user: Actor,
	itemId: string,
	spec: ItemSpec,
	note: string,
	seenAt: number | null,
	now = new Date()
): ItemDraft {
	const withId = { ...spec, id: itemId };
	return db.transaction((tx) => {
		const item = tx.select().from(items).where(eq(items.id, itemId)).get();
		if (!item) throw new AuthoringError('There is no question with this id.');
		const draft = openDraft(tx, itemId);
		if (draft) {
			if (seenAt === null || draft.updatedAt.getTime() !== seenAt)
				throw new AuthoringError(
					'The draft changed since you opened it. Your text is below: compare it with the saved draft before saving again.'
				);
			const saved = tx
				.update(itemDrafts)
				.set({ spec: withId, note, updatedBy: user.id, updatedAt: now })
				.where(eq(itemDrafts.id, draft.id))
				.returning()
				.get();
			if (item.status === 'draft')
				tx.update(items).set(itemColumns(withId)).where(eq(items.id, itemId)).run();
			record(tx, itemId, user.id, 'edited', note, now);
			return saved;
		}
		if (seenAt !== null)
			throw new AuthoringError(
				'The draft you were editing was published or discarded meanwhile. Your text is below: save again to start a new draft from it.'
			);
		const started = tx
			.insert(itemDrafts)
			.values({
				itemId,
				baseVersionId: item.status === 'draft' ? null : item.currentVersionId,
				spec: withId,
				status: 'draft',
				authorId: user.id,
				updatedBy: user.id,
				note,
				createdAt: now,
				updatedAt: now
			})
			.returning()
			.get();
		record(tx, itemId, user.id, 'drafted', note, now);
		return started;
	});
}

/** Puts a draft that meets every rule in front of reviewers. */
export function submitForReview(
	db: DB,
	user: Actor,
	itemId: string,
	seenAt: number,
	now = new Date()
): void {
	db.transaction((tx) => {
		const draft = requireOpenDraft(tx, itemId, seenAt);
		if (draft.status === 'in-review') throw new AuthoringError('This draft is already in review.');
		if (checkItem(tx, draft.spec).length)
			throw new AuthoringError('Fix the problems listed before asking for review.');
		tx.update(itemDrafts)
			.set({ status: 'in-review', updatedAt: now })
			.where(eq(itemDrafts.id, draft.id))
			.run();
		record(tx, itemId, user.id, 'submitted', draft.note, now);
	});
}

/** A reviewer's comment on the open draft, or the author's answer to one. */
export function commentOnDraft(
	db: DB,
	user: Actor,
	itemId: string,
	body: string,
	now = new Date()
): void {
	db.transaction((tx) => {
		const draft = requireOpenDraft(tx, itemId);
		tx.insert(draftComments)
			.values({ draftId: draft.id, userId: user.id, body, createdAt: now })
			.run();
	});
}

/** A reviewer sends the draft back to its author with a comment saying what to change. */
export function returnToAuthor(
	db: DB,
	user: Actor,
	itemId: string,
	comment: string,
	seenAt: number,
	now = new Date()
): void {
	db.transaction((tx) => {
		const draft = requireOpenDraft(tx, itemId, seenAt);
		if (draft.status !== 'in-review')
			throw new AuthoringError('Only a draft in review can be sent back.');
		if (wroteDraft(user, draft))
			throw new AuthoringError(
				'Another educator reviews this draft; you can withdraw it by editing it.'
			);
		tx.insert(draftComments)
			.values({ draftId: draft.id, userId: user.id, body: comment, createdAt: now })
			.run();
		tx.update(itemDrafts)
			.set({ status: 'draft', updatedAt: now })
			.where(eq(itemDrafts.id, draft.id))
			.run();
		record(tx, itemId, user.id, 'returned', comment, now);
	});
}

export interface PublishResult {
	version: number;
	resolvedReports: number;
}

/**
 * Publishes the open draft as the item's next version: learners are served it from their next
 * session, sessions already started keep the version they began with, and open problem reports
 * about the item are resolved with the author's note and their reporters told.
 */
export function publishDraft(
	db: DB,
	user: Actor,
	itemId: string,
	seenAt: number,
	now = new Date()
): PublishResult {
	return db.transaction((tx) => {
		const draft = requireOpenDraft(tx, itemId, seenAt);
		const approval = publishApproval(user, draft);
		if (!approval)
			throw new AuthoringError(
				draft.status === 'draft'
					? 'Ask for review first: a second educator publishes it.'
					: 'A second educator publishes this draft: you wrote or last changed it.'
			);
		if (checkItem(tx, draft.spec).length)
			throw new AuthoringError('This draft breaks item-writing rules; fix them before publishing.');
		const item = tx.select().from(items).where(eq(items.id, itemId)).get()!;
		const hash = itemContentHash(draft.spec);
		const current =
			item.status === 'draft'
				? undefined
				: tx.select().from(itemVersions).where(eq(itemVersions.id, item.currentVersionId)).get();
		if (current?.contentHash === hash && item.status === 'published')
			throw new AuthoringError(
				'This draft is the same as the version learners see: there is nothing to publish.'
			);
		const { id: versionId, version } = writeItemVersion(tx, {
			spec: draft.spec,
			contentHash: hash,
			createdAt: now,
			origin: 'local',
			authorId: draft.authorId,
			approvedBy: user.id,
			approval,
			note: draft.note
		});
		tx.update(items)
			.set({ status: 'published', currentVersionId: versionId, ...itemColumns(draft.spec) })
			.where(eq(items.id, itemId))
			.run();
		tx.update(itemDrafts)
			.set({ status: 'published', publishedVersionId: versionId, updatedAt: now })
			.where(eq(itemDrafts.id, draft.id))
			.run();
		record(
			tx,
			itemId,
			user.id,
			'published',
			approval === 'admin-alone'
				? `Published by an administrator alone. ${draft.note}`
				: draft.note,
			now,
			versionId
		);

		const open = tx
			.select({ id: itemReports.id, userId: itemReports.userId })
			.from(itemReports)
			.where(and(eq(itemReports.itemId, itemId), eq(itemReports.status, 'open')))
			.all();
		for (const report of open) {
			tx.update(itemReports)
				.set({
					status: 'resolved',
					resolvedBy: user.id,
					resolvedAt: now,
					resolution: `Fixed in version ${version}: ${draft.note}`
				})
				.where(eq(itemReports.id, report.id))
				.run();
			notify(
				tx,
				report.userId,
				`The problem you reported in question ${itemId} was fixed in version ${version}: ${draft.note}`,
				now
			);
		}
		return { version, resolvedReports: open.length };
	});
}

/** Abandons the open draft; a question that was never published is retired with it. */
export function discardDraft(
	db: DB,
	user: Actor,
	itemId: string,
	seenAt: number,
	now = new Date()
): void {
	db.transaction((tx) => {
		const draft = requireOpenDraft(tx, itemId, seenAt);
		tx.update(itemDrafts)
			.set({ status: 'discarded', updatedAt: now })
			.where(eq(itemDrafts.id, draft.id))
			.run();
		tx.update(items)
			.set({ status: 'retired' })
			.where(and(eq(items.id, itemId), eq(items.status, 'draft')))
			.run();
		record(tx, itemId, user.id, 'discarded', 'Draft discarded.', now);
	});
}

/** Stops serving a question; its versions and answers stay. */
export function retireItem(
	db: DB,
	user: Actor,
	itemId: string,
	note: string,
	now = new Date()
): void {
	db.transaction((tx) => {
		const changed = tx
			.update(items)
			.set({ status: 'retired' })
			.where(and(eq(items.id, itemId), eq(items.status, 'published')))
			.run().changes;
		if (!changed) throw new AuthoringError('Only a published question can be retired.');
		record(tx, itemId, user.id, 'retired', note, now);
	});
}

/** Serves a retired question's last version again. */
export function restoreItem(
	db: DB,
	user: Actor,
	itemId: string,
	note: string,
	now = new Date()
): void {
	db.transaction((tx) => {
		const item = tx.select().from(items).where(eq(items.id, itemId)).get();
		if (!item || item.status !== 'retired' || !item.currentVersionId)
			throw new AuthoringError('Only a retired question that was once published can be restored.');
		tx.update(items).set({ status: 'published' }).where(eq(items.id, itemId)).run();
		record(tx, itemId, user.id, 'restored', note, now);
	});
}

/** Opens a draft holding an earlier version's content: once reviewed and published, it is the next version. */
export function revertToVersion(
	db: DB,
	user: Actor,
	itemId: string,
	version: number,
	now = new Date()
): void {
	db.transaction((tx) => {
		if (openDraft(tx, itemId))
			throw new AuthoringError('Finish or discard the open draft before reverting.');
		const old = tx
			.select()
			.from(itemVersions)
			.where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)))
			.get();
		if (!old) throw new AuthoringError('There is no such version.');
		const item = tx.select().from(items).where(eq(items.id, itemId)).get()!;
		const note = `Back to version ${version}.`;
		tx.insert(itemDrafts)
			.values({
				itemId,
				baseVersionId: item.currentVersionId || null,
				spec: old.spec,
				status: 'draft',
				authorId: user.id,
				updatedBy: user.id,
				note,
				createdAt: now,
				updatedAt: now
			})
			.run();
		record(tx, itemId, user.id, 'drafted', note, now);
	});
}

/** Serves the bundled version that arrived while the item carried an edit made here. */
export function acceptPackUpdate(db: DB, user: Actor, itemId: string, now = new Date()): void {
	db.transaction((tx) => {
		const update = tx.select().from(packUpdates).where(eq(packUpdates.itemId, itemId)).get();
		if (!update) throw new AuthoringError('There is no bundled change waiting for this question.');
		publishPackVersion(tx, update.spec, update.contentHash, now, user.id);
		tx.update(items).set(itemColumns(update.spec)).where(eq(items.id, itemId)).run();
		tx.delete(packUpdates).where(eq(packUpdates.itemId, itemId)).run();
	});
}

/** Keeps the edit made here and sets the bundled change aside; a later bundled change shows again. */
export function keepLocalVersion(db: DB, user: Actor, itemId: string, now = new Date()): void {
	db.transaction((tx) => {
		const update = tx.select().from(packUpdates).where(eq(packUpdates.itemId, itemId)).get();
		if (!update) throw new AuthoringError('There is no bundled change waiting for this question.');
		tx.update(items).set({ packHash: update.contentHash }).where(eq(items.id, itemId)).run();
		tx.delete(packUpdates).where(eq(packUpdates.itemId, itemId)).run();
		record(
			tx,
			itemId,
			user.id,
			'pack-kept',
			'Kept the version edited here over the bundled change.',
			now
		);
	});
}

export interface CommentView {
	id: number;
	author: string;
	body: string;
	createdAt: Date;
}

export interface EventView {
	id: number;
	action: ItemAction;
	who: string | null;
	note: string;
	at: Date;
}

/** The open draft's comments, oldest first. */
export function draftCommentsOf(db: DB, draftId: number): CommentView[] {
	return db
		.select({
			id: draftComments.id,
			author: users.displayName,
			body: draftComments.body,
			createdAt: draftComments.createdAt
		})
		.from(draftComments)
		.innerJoin(users, eq(users.id, draftComments.userId))
		.where(eq(draftComments.draftId, draftId))
		.orderBy(asc(draftComments.id))
		.all();
}

/** Everything that happened to an item, newest first. */
export function itemHistory(db: DB, itemId: string): EventView[] {
	return db
		.select({
			id: itemEvents.id,
			action: itemEvents.action,
			who: users.displayName,
			note: itemEvents.note,
			at: itemEvents.at
		})
		.from(itemEvents)
		.leftJoin(users, eq(users.id, itemEvents.userId))
		.where(eq(itemEvents.itemId, itemId))
		.orderBy(desc(itemEvents.id))
		.all();
}
