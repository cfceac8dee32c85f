import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { Passage, SourceDocument } from '$lib/content/document';
import type { ItemSpec } from '$lib/content/types';
import type { DB, Queries } from '$lib/server/db';
import type { ItemAction, ItemDraft, User } from '$lib/server/db/schema';
import { perform, run, transaction, type Step } from '$lib/server/db/steps';
import {
	draftComments,
	itemDrafts,
	itemEvents,
	itemReports,
	items,
	itemVersions,
	packUpdates,
	passages,
	users
} from '$lib/server/db/tables';
import { itemContentHash, publishPackVersionStep } from '$lib/server/bank/sync';
import { itemLock, writeItemVersionStep } from '$lib/server/bank/versions';
import { itemProblems } from '$lib/server/bank/validate';
import { itemWritingProblems, withQuotedPassageFirst } from '$lib/server/bank/item-writing';
import { newId } from '$lib/server/ids';
import { notifyStep } from '$lib/server/notifications/notifications';
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
function* citedPassagesStep(
	tx: Pick<Queries, 'select'>,
	spec: ItemSpec
): Step<Pick<SourceDocument, 'passages'>> {
	const ids = spec.source?.passageIds ?? [];
	const rows = ids.length
		? yield* run(
				tx
					.select()
					.from(passages)
					.where(and(inArray(passages.id, ids), eq(passages.retired, false)))
			)
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
export function* checkItemStep(tx: Pick<Queries, 'select'>, spec: ItemSpec): Step<string[]> {
	const doc = yield* citedPassagesStep(tx, spec);
	const item = withQuotedPassageFirst(spec, doc);
	return [...new Set([...itemProblems(item, doc), ...itemWritingProblems(item, doc)])];
}

/** The spec as it is saved: with the passage its quote comes from cited first. */
function* savedSpecStep(tx: Pick<Queries, 'select'>, spec: ItemSpec): Step<ItemSpec> {
	return withQuotedPassageFirst(spec, yield* citedPassagesStep(tx, spec));
}

/** `checkItemStep` outside a transaction. */
export function checkItem(db: Queries, spec: ItemSpec): Promise<string[]> {
	return perform(db, checkItemStep(db, spec));
}

function* record(
	tx: Queries,
	itemId: string,
	userId: string | null,
	action: ItemAction,
	note: string,
	at: Date,
	versionId: number | null = null
): Step<void> {
	yield* run(tx.insert(itemEvents).values({ itemId, userId, action, note, versionId, at }));
}

/** The item's draft being written or in review, if any. */
export function* openDraftStep(
	tx: Pick<Queries, 'select'>,
	itemId: string
): Step<ItemDraft | undefined> {
	const [draft] = yield* run(
		tx
			.select()
			.from(itemDrafts)
			.where(
				and(
					eq(itemDrafts.itemId, itemId),
					fixed(inArray(itemDrafts.status, ['draft', 'in-review']))
				)
			)
			.limit(1)
	);
	return draft;
}

/** `openDraftStep` outside a transaction. */
export function openDraft(db: Queries, itemId: string): Promise<ItemDraft | undefined> {
	return perform(db, openDraftStep(db, itemId));
}

const CHANGED_SINCE_OPENED =
	'The draft changed since you opened it. Your text is below: compare it with the saved draft before saving again.';

function* requireOpenDraft(tx: Queries, itemId: string, seenAt?: number): Step<ItemDraft> {
	const draft = yield* openDraftStep(tx, itemId);
	if (!draft)
		throw new AuthoringError('This question has no open draft: it was published or discarded.');
	if (seenAt !== undefined && draft.updatedAt.getTime() !== seenAt)
		throw new AuthoringError(CHANGED_SINCE_OPENED);
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

/**
 * The lock a PostgreSQL transaction holds while it places a question in a bank, so two new
 * questions never take one position.
 */
export function bankItemsLock(bankId: string): string {
	return `bank-items:${bankId}`;
}

/**
 * Starts a new question in a bank as a step; it stays a draft, unseen by learners, until
 * published. On PostgreSQL the transaction holds `bankItemsLock(bankId)`.
 */
export function* createItemStep(
	tx: Queries,
	user: Actor,
	bankId: string,
	spec: ItemSpec,
	note: string,
	now = new Date()
): Step<string> {
	const id = `${bankId}-${newId().slice(0, 8)}`;
	const withId = yield* savedSpecStep(tx, { ...spec, id });
	const [last] = yield* run(
		tx
			.select({ position: max(items.position) })
			.from(items)
			.where(eq(items.bankId, bankId))
	);
	yield* run(
		tx.insert(items).values({
			id,
			bankId,
			status: 'draft',
			currentVersionId: 0,
			position: (last?.position ?? -1) + 1,
			packHash: null,
			...itemColumns(withId)
		})
	);
	yield* run(
		tx.insert(itemDrafts).values({
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
	);
	yield* record(tx, id, user.id, 'drafted', note, now);
	return id;
}

/** Starts a new question in a bank; it stays a draft, unseen by learners, until published. */
export function createItem(
	db: DB,
	user: Actor,
	bankId: string,
	spec: ItemSpec,
	note: string,
	now = new Date()
): Promise<string> {
	return transaction(db, (tx) => createItemStep(tx, user, bankId, spec, note, now), {
		locks: [bankItemsLock(bankId)]
	});
}

/**
 * A transaction on one item: on PostgreSQL it holds the item's lock, so a step that reads the
 * draft, decides and writes is never overtaken by another server's step on the same item.
 */
function onItem<T>(db: DB, itemId: string, body: (tx: Queries) => Step<T>): Promise<T> {
	return transaction(db, body, { locks: [itemLock(itemId)] });
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
): Promise<ItemDraft> {
	return onItem(db, itemId, function* (tx) {
		const withId = yield* savedSpecStep(tx, { ...spec, id: itemId });
		const [item] = yield* run(tx.select().from(items).where(eq(items.id, itemId)).limit(1));
		if (!item) throw new AuthoringError('There is no question with this id.');
		const draft = yield* openDraftStep(tx, itemId);
		if (draft) {
			if (seenAt === null || draft.updatedAt.getTime() !== seenAt)
				throw new AuthoringError(CHANGED_SINCE_OPENED);
			const [saved] = yield* run(
				tx
					.update(itemDrafts)
					.set({ spec: withId, note, updatedBy: user.id, updatedAt: now })
					.where(eq(itemDrafts.id, draft.id))
					.returning()
			);
			if (item.status === 'draft')
				yield* run(tx.update(items).set(itemColumns(withId)).where(eq(items.id, itemId)));
			yield* record(tx, itemId, user.id, 'edited', note, now);
			return saved;
		}
		if (seenAt !== null)
			throw new AuthoringError(
				'The draft you were editing was published or discarded meanwhile. Your text is below: save again to start a new draft from it.'
			);
		const [started] = yield* run(
			tx
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
		);
		yield* record(tx, itemId, user.id, 'drafted', note, now);
		return started;
	});
}

/** Puts a draft that meets every rule in front of reviewers. */
export async function submitForReview(
	db: DB,
	user: Actor,
	itemId: string,
	seenAt: number,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		const draft = yield* requireOpenDraft(tx, itemId, seenAt);
		if (draft.status === 'in-review') throw new AuthoringError('This draft is already in review.');
		if ((yield* checkItemStep(tx, draft.spec)).length)
			throw new AuthoringError('Fix the problems listed before asking for review.');
		yield* run(
			tx
				.update(itemDrafts)
				.set({ status: 'in-review', updatedAt: now })
				.where(eq(itemDrafts.id, draft.id))
		);
		yield* record(tx, itemId, user.id, 'submitted', draft.note, now);
	});
}

/** A reviewer's comment on the open draft, or the author's answer to one. */
export async function commentOnDraft(
	db: DB,
	user: Actor,
	itemId: string,
	body: string,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		const draft = yield* requireOpenDraft(tx, itemId);
		yield* run(
			tx.insert(draftComments).values({ draftId: draft.id, userId: user.id, body, createdAt: now })
		);
	});
}

/** A reviewer sends the draft back to its author with a comment saying what to change. */
export async function returnToAuthor(
	db: DB,
	user: Actor,
	itemId: string,
	comment: string,
	seenAt: number,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		const draft = yield* requireOpenDraft(tx, itemId, seenAt);
		if (draft.status !== 'in-review')
			throw new AuthoringError('Only a draft in review can be sent back.');
		if (wroteDraft(user, draft))
			throw new AuthoringError(
				'Another educator reviews this draft; you can withdraw it by editing it.'
			);
		yield* run(
			tx
				.insert(draftComments)
				.values({ draftId: draft.id, userId: user.id, body: comment, createdAt: now })
		);
		yield* run(
			tx
				.update(itemDrafts)
				.set({ status: 'draft', updatedAt: now })
				.where(eq(itemDrafts.id, draft.id))
		);
		yield* record(tx, itemId, user.id, 'returned', comment, now);
	});
}

export interface PublishResult {
	version: number;
	resolvedReports: number;
}

/**
 * Publishes the open draft as the item's next version: learners are served it from their next
 * session, sessions already started keep the version they began with, and open problem reports
 * about the item are resolved with the author's note and their reporters told. Two publishes of
 * one draft at once make one version: the second finds the draft published.
 */
export function publishDraft(
	db: DB,
	user: Actor,
	itemId: string,
	seenAt: number,
	now = new Date()
): Promise<PublishResult> {
	return onItem(db, itemId, function* (tx) {
		const draft = yield* requireOpenDraft(tx, itemId, seenAt);
		const approval = publishApproval(user, draft);
		if (!approval)
			throw new AuthoringError(
				draft.status === 'draft'
					? 'Ask for review first: a second educator publishes it.'
					: 'A second educator publishes this draft: you wrote or last changed it.'
			);
		// A draft saved before saving put the quoted passage first is published in that order too.
		const spec = yield* savedSpecStep(tx, draft.spec);
		if ((yield* checkItemStep(tx, spec)).length)
			throw new AuthoringError('This draft breaks item-writing rules; fix them before publishing.');
		const [item] = yield* run(tx.select().from(items).where(eq(items.id, itemId)).limit(1));
		const hash = itemContentHash(spec);
		const [current] =
			item.status === 'draft'
				? []
				: yield* run(
						tx
							.select()
							.from(itemVersions)
							.where(eq(itemVersions.id, item.currentVersionId))
							.limit(1)
					);
		if (current?.contentHash === hash && item.status === 'published')
			throw new AuthoringError(
				'This draft is the same as the version learners see: there is nothing to publish.'
			);
		const { id: versionId, version } = yield* writeItemVersionStep(tx, {
			spec,
			contentHash: hash,
			createdAt: now,
			origin: 'local',
			authorId: draft.authorId,
			approvedBy: user.id,
			approval,
			note: draft.note
		});
		yield* run(
			tx
				.update(items)
				.set({ status: 'published', currentVersionId: versionId, ...itemColumns(spec) })
				.where(eq(items.id, itemId))
		);
		yield* run(
			tx
				.update(itemDrafts)
				.set({ status: 'published', publishedVersionId: versionId, updatedAt: now })
				.where(eq(itemDrafts.id, draft.id))
		);
		yield* record(
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

		const open = yield* run(
			tx
				.update(itemReports)
				.set({
					status: 'resolved',
					resolvedBy: user.id,
					resolvedAt: now,
					resolution: `Fixed in version ${version}: ${draft.note}`
				})
				.where(and(eq(itemReports.itemId, itemId), fixed(eq(itemReports.status, 'open'))))
				.returning({ id: itemReports.id, userId: itemReports.userId })
		);
		open.sort((a, b) => a.id - b.id);
		for (const report of open)
			yield* notifyStep(
				tx,
				report.userId,
				`The problem you reported in question ${itemId} was fixed in version ${version}: ${draft.note}`,
				now
			);
		return { version, resolvedReports: open.length };
	});
}

/** Abandons the open draft; a question that was never published is retired with it. */
export async function discardDraft(
	db: DB,
	user: Actor,
	itemId: string,
	seenAt: number,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		const draft = yield* requireOpenDraft(tx, itemId, seenAt);
		yield* run(
			tx
				.update(itemDrafts)
				.set({ status: 'discarded', updatedAt: now })
				.where(eq(itemDrafts.id, draft.id))
		);
		yield* run(
			tx
				.update(items)
				.set({ status: 'retired' })
				.where(and(eq(items.id, itemId), fixed(eq(items.status, 'draft'))))
		);
		yield* record(tx, itemId, user.id, 'discarded', 'Draft discarded.', now);
	});
}

/** Stops serving a question; its versions and answers stay. */
export async function retireItem(
	db: DB,
	user: Actor,
	itemId: string,
	note: string,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		const changed = yield* run(
			tx
				.update(items)
				.set({ status: 'retired' })
				.where(and(eq(items.id, itemId), fixed(eq(items.status, 'published'))))
				.returning({ id: items.id })
		);
		if (!changed.length) throw new AuthoringError('Only a published question can be retired.');
		yield* record(tx, itemId, user.id, 'retired', note, now);
	});
}

/** Serves a retired question's last version again. */
export async function restoreItem(
	db: DB,
	user: Actor,
	itemId: string,
	note: string,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		const [item] = yield* run(tx.select().from(items).where(eq(items.id, itemId)).limit(1));
		if (!item || item.status !== 'retired' || !item.currentVersionId)
			throw new AuthoringError('Only a retired question that was once published can be restored.');
		yield* run(tx.update(items).set({ status: 'published' }).where(eq(items.id, itemId)));
		yield* record(tx, itemId, user.id, 'restored', note, now);
	});
}

/** Opens a draft holding an earlier version's content: once reviewed and published, it is the next version. */
export async function revertToVersion(
	db: DB,
	user: Actor,
	itemId: string,
	version: number,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		if (yield* openDraftStep(tx, itemId))
			throw new AuthoringError('Finish or discard the open draft before reverting.');
		const [old] = yield* run(
			tx
				.select()
				.from(itemVersions)
				.where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)))
				.limit(1)
		);
		if (!old) throw new AuthoringError('There is no such version.');
		const [item] = yield* run(tx.select().from(items).where(eq(items.id, itemId)).limit(1));
		const note = `Back to version ${version}.`;
		yield* run(
			tx.insert(itemDrafts).values({
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
		);
		yield* record(tx, itemId, user.id, 'drafted', note, now);
	});
}

function* requirePackUpdate(tx: Queries, itemId: string) {
	const [update] = yield* run(
		tx.select().from(packUpdates).where(eq(packUpdates.itemId, itemId)).limit(1)
	);
	if (!update) throw new AuthoringError('There is no bundled change waiting for this question.');
	return update;
}

/** Serves the bundled version that arrived while the item carried an edit made here. */
export async function acceptPackUpdate(
	db: DB,
	user: Actor,
	itemId: string,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		const update = yield* requirePackUpdate(tx, itemId);
		yield* publishPackVersionStep(tx, update.spec, update.contentHash, now, user.id);
		yield* run(tx.update(items).set(itemColumns(update.spec)).where(eq(items.id, itemId)));
		yield* run(tx.delete(packUpdates).where(eq(packUpdates.itemId, itemId)));
	});
}

/** Keeps the edit made here and sets the bundled change aside; a later bundled change shows again. */
export async function keepLocalVersion(
	db: DB,
	user: Actor,
	itemId: string,
	now = new Date()
): Promise<void> {
	await onItem(db, itemId, function* (tx) {
		const update = yield* requirePackUpdate(tx, itemId);
		yield* run(tx.update(items).set({ packHash: update.contentHash }).where(eq(items.id, itemId)));
		yield* run(tx.delete(packUpdates).where(eq(packUpdates.itemId, itemId)));
		yield* record(
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
export function draftCommentsOf(db: DB, draftId: number): Promise<CommentView[]> {
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
		.orderBy(asc(draftComments.id));
}

/** Everything that happened to an item, newest first. */
export function itemHistory(db: DB, itemId: string): Promise<EventView[]> {
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
		.orderBy(desc(itemEvents.id));
}
