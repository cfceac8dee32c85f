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
import { canAuthorBank } from '../../authoring/access';
import { checkItem, createItem } from '../../authoring/drafts';
import { newId } from '../../ids';
import {
	IMPORT_FORMAT_LABELS,
	type ImportedQuestion,
	type ImportPreviewData,
	type ParsedImport
} from './model';

type Actor = Pick<User, 'id' | 'role'>;

/** How long an unconfirmed preview waits before it is cleared away. */
const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A confirm that cannot go ahead, in words for the educator. */
export class ImportConfirmError extends Error {}

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

/**
 * Checks every parsed question against the rules the editor's save applies and keeps the result
 * under a one-time token until the educator confirms. Nothing is drafted yet.
 */
export function createImportPreview(
	db: DB,
	user: Actor,
	bankId: string,
	fileName: string,
	parsed: ParsedImport,
	now = new Date()
): { token: string; data: ImportPreviewData } {
	const data: ImportPreviewData = {
		format: parsed.format,
		skipped: parsed.skipped.map((q) => ({ ...q, name: clipped(q.name) })),
		questions: []
	};
	// Importing a file again is allowed (an educator may mean to), but never unawares.
	const inBank = bankItemsByText(db, bankId);
	const seen = new Map<string, string>();
	data.questions = parsed.questions.map((q) => {
		const key = sameTextKey(q.spec);
		const repeatOf = seen.get(key);
		if (!repeatOf) seen.set(key, q.where);
		return {
			...q,
			name: clipped(q.name),
			problems: checkItem(db, q.spec),
			alreadyInBank: inBank.get(key) ?? [],
			...(repeatOf ? { repeatOf } : {})
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

export interface ConfirmResult {
	bankId: string;
	itemIds: string[];
	/** True when this token had been confirmed before: nothing new was written. */
	repeated: boolean;
}

/**
 * Drafts every previewed question in the bank, in one transaction with taking the token, through
 * authoring's `createItem`. A second confirm of the same token writes nothing and returns the
 * drafts the first one made.
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
		if (preview.confirmedAt)
			return { bankId: preview.bankId, itemIds: preview.createdItemIds ?? [], repeated: true };
		const bank = db.select().from(banks).where(eq(banks.id, preview.bankId)).get();
		if (!bank || bank.retired || !canAuthorBank(db, user, bank))
			throw new ImportConfirmError('You may no longer write questions in this bank.');
		const { questions, format } = preview.data;
		const itemIds = questions.map((q, n) => {
			const id = createItem(
				db,
				user,
				bank.id,
				q.spec,
				importNote(preview.fileName, format, q),
				now
			);
			onProgress?.(n + 1, questions.length);
			return id;
		});
		const taken = db
			.update(importPreviews)
			.set({ confirmedAt: now, createdItemIds: itemIds })
			.where(and(eq(importPreviews.token, token), isNull(importPreviews.confirmedAt)))
			.run().changes;
		if (taken !== 1) throw new ImportConfirmError('This import was confirmed already.');
		return { bankId: bank.id, itemIds, repeated: false };
	});
}
