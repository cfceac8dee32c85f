import { and, eq, inArray, isNull, lt, ne } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../../db';
import {
	banks,
	importPreviews,
	itemDrafts,
	items,
	itemVersions,
	type ImportPreview,
	type User
} from '../../db/schema';
import { checkItem, createItem } from '../../authoring/drafts';
import { newId } from '../../ids';
import {
	IMPORT_FORMAT_LABELS,
	type ImportedQuestion,
	type ImportPreviewData,
	type ImportTarget,
	type ParsedImport
} from './model';
import { ImportConfirmError, openTargets, planTargets, previewTargets } from './targets';

export { ImportConfirmError };

type Actor = Pick<User, 'id' | 'role'>;

/** How long an unconfirmed preview waits before it is cleared away. */
const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Longer names (a GIFT question without a title is named by its text) are shortened. */
const NAME_MAX = 200;
const clipped = (name: string) =>
	name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1).trimEnd()}…` : name;

/** Stem and lead-in as compared for repeats: case and spacing ignored. */
const sameTextKey = (spec: Pick<ItemSpec, 'stem' | 'leadIn'>) =>
	`${spec.stem}\n${spec.leadIn}`.toLowerCase().replace(/\s+/g, ' ').trim();

/** The bank's items that are not retired, by their stem and lead-in, published or in draft. */
function bankItemsByText(db: DB, bankId: string): Map<string, string[]> {
	const live = and(eq(items.bankId, bankId), ne(items.status, 'retired'));
	const published = db
		.select({ id: items.id, spec: itemVersions.spec })
		.from(items)
		.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.where(live)
		.all();
	const drafted = db
		.select({ id: items.id, spec: itemDrafts.spec })
		.from(items)
		.innerJoin(itemDrafts, eq(itemDrafts.itemId, items.id))
		.where(and(live, inArray(itemDrafts.status, ['draft', 'in-review'])))
		.all();
	const found = new Map<string, string[]>();
	for (const { id, spec } of [...published, ...drafted]) {
		const key = sameTextKey(spec);
		const ids = found.get(key) ?? [];
		if (!ids.includes(id)) found.set(key, [...ids, id]);
	}
	return found;
}

export interface ImportOptions {
	/** Each category into a bank of its own (made on confirming) rather than all into the bank. */
	bankPerCategory?: boolean;
	now?: Date;
}

/**
 * Checks every parsed question against the rules the editor's save applies, works out the bank
 * each goes into, and keeps the result under a one-time token until the educator confirms.
 * Nothing is drafted and no bank is made yet.
 */
export function createImportPreview(
	db: DB,
	user: Actor,
	bankId: string,
	fileName: string,
	parsed: ParsedImport,
	{ bankPerCategory = false, now = new Date() }: ImportOptions = {}
): { token: string; data: ImportPreviewData } {
	const chosen = db
		.select({ id: banks.id, title: banks.title })
		.from(banks)
		.where(eq(banks.id, bankId))
		.get() ?? { id: bankId, title: bankId };
	const { targets, targetOf } = planTargets(db, user, chosen, parsed.questions, bankPerCategory);
	const data: ImportPreviewData = {
		format: parsed.format,
		skipped: parsed.skipped.map((q) => ({ ...q, name: clipped(q.name) })),
		questions: [],
		bankPerCategory,
		targets
	};
	// Importing a file again is allowed (an educator may mean to), but never unawares. A bank
	// still to be made holds nothing yet; repeats count within the bank a question goes into.
	const inBank = targets.map((t) =>
		t.bankId ? bankItemsByText(db, t.bankId) : new Map<string, string[]>()
	);
	const seen = new Map<string, string>();
	data.questions = parsed.questions.map((q, n) => {
		const target = targetOf[n];
		const key = sameTextKey(q.spec);
		const repeatOf = seen.get(`${target}\n${key}`);
		if (!repeatOf) seen.set(`${target}\n${key}`, q.where);
		return {
			...q,
			name: clipped(q.name),
			problems: checkItem(db, q.spec),
			alreadyInBank: inBank[target].get(key) ?? [],
			...(repeatOf ? { repeatOf } : {}),
			target
		};
	});
	const token = newId();
	db.transaction(() => {
		db.delete(importPreviews)
			.where(
				and(
					lt(importPreviews.createdAt, new Date(now.getTime() - PREVIEW_LIFETIME_MS)),
					isNull(importPreviews.confirmedAt)
				)
			)
			.run();
		db.insert(importPreviews)
			.values({ token, userId: user.id, bankId, fileName, data, createdAt: now })
			.run();
	});
	return { token, data };
}

/** The user's own preview under this token, confirmed or not; null for anyone else's. */
export function importPreview(db: DB, user: Actor, token: string): ImportPreview | null {
	return (
		db
			.select()
			.from(importPreviews)
			.where(and(eq(importPreviews.token, token), eq(importPreviews.userId, user.id)))
			.get() ?? null
	);
}

/** What the draft's note records of where an imported question came from. */
export function importNote(
	fileName: string,
	format: ImportPreviewData['format'],
	q: ImportedQuestion
) {
	const parts = [
		`Imported from ${fileName} (${IMPORT_FORMAT_LABELS[format]}), ${q.where}: "${q.name}"`,
		q.idNumber && q.idNumber !== q.name ? `ID number ${q.idNumber}` : '',
		q.category ? `category ${q.category}` : ''
	].filter(Boolean);
	const notes = q.notes.length ? ` Changed on import: ${q.notes.join('; ')}.` : '';
	return `${parts.join(', ')}. No source cited yet.${notes}`;
}

export interface ConfirmedBank {
	id: string;
	title: string;
	/** Whether this import made the bank. */
	created: boolean;
	/** How many of the drafts went into it. */
	questions: number;
}

export interface ConfirmResult {
	/** The bank chosen for the import. */
	bankId: string;
	itemIds: string[];
	/** Every bank the drafts went into, the bank chosen first when any went there. */
	banks: ConfirmedBank[];
	/** True when this token had been confirmed before: nothing new was written. */
	repeated: boolean;
}

/** Where the drafts of a confirmed preview went, from the targets its confirm recorded. */
function confirmedBanks(data: ImportPreviewData, targets: ImportTarget[]): ConfirmedBank[] {
	return targets
		.map((t, n) => ({
			id: t.bankId ?? '',
			title: t.title,
			created: t.created ?? false,
			questions: data.questions.filter((q) => (q.target ?? 0) === n).length
		}))
		.filter((b) => b.questions > 0);
}

/** What a bank made by an import says it holds. */
function madeBankDescription(fileName: string, data: ImportPreviewData, target: ImportTarget) {
	const categories = target.categories.join('; ');
	return `Questions imported from ${fileName} (${IMPORT_FORMAT_LABELS[data.format]}), category ${categories}.`;
}

/**
 * Drafts every previewed question in its bank, in one transaction with taking the token and with
 * making the banks the preview said would be made, through authoring's `createBank` and
 * `createItem`: a refused or failed confirm leaves no bank and no draft. A second confirm of the
 * same token writes nothing and returns what the first one made.
 */
export function confirmImport(
	db: DB,
	user: Actor,
	token: string,
	onProgress?: (done: number, total: number) => void,
	now = new Date()
): ConfirmResult {
	return db.transaction(() => {
		const preview = importPreview(db, user, token);
		if (!preview)
			throw new ImportConfirmError(
				'This import preview is not yours or has expired: upload the file again.'
			);
		const { data, fileName } = preview;
		if (preview.confirmedAt)
			return {
				bankId: preview.bankId,
				itemIds: preview.createdItemIds ?? [],
				banks: confirmedBanks(data, previewTargets(data, preview.bankId)),
				repeated: true
			};
		const targets = openTargets(
			db,
			user,
			preview.bankId,
			previewTargets(data, preview.bankId),
			(t) => madeBankDescription(fileName, data, t)
		);
		const itemIds = data.questions.map((q, n) => {
			const bankId = targets[q.target ?? 0].bankId;
			const id = createItem(db, user, bankId, q.spec, importNote(fileName, data.format, q), now);
			onProgress?.(n + 1, data.questions.length);
			return id;
		});
		const taken = db
			.update(importPreviews)
			.set({ confirmedAt: now, createdItemIds: itemIds, data: { ...data, targets } })
			.where(and(eq(importPreviews.token, token), isNull(importPreviews.confirmedAt)))
			.run().changes;
		if (taken !== 1) throw new ImportConfirmError('This import was confirmed already.');
		return {
			bankId: preview.bankId,
			itemIds,
			banks: confirmedBanks(data, targets),
			repeated: false
		};
	});
}
