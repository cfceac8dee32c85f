import { and, eq, inArray, isNull, lt, ne } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { ItemSpec } from '$lib/content/types';
import { DAY_MS } from '$lib/time';
import type { DB } from '$lib/server/db';
import type { ImportPreview, User } from '$lib/server/db/schema';
import { run, transaction } from '$lib/server/db/steps';
import { banks, importPreviews, itemDrafts, items, itemVersions } from '$lib/server/db/tables';
import { NEW_BANK_LOCK } from '$lib/server/authoring/banks';
import { bankItemsLock, checkItem, createItemStep } from '$lib/server/authoring/drafts';
import { newId } from '$lib/server/ids';
import {
	IMPORT_FORMAT_LABELS,
	type ImportedQuestion,
	type ImportPreviewData,
	type ImportTarget,
	type ParsedImport
} from './model';
import { ImportConfirmError, openTargetsStep, planTargets, previewTargets } from './targets';

export { ImportConfirmError };

type Actor = Pick<User, 'id' | 'role'>;

/** How long an unconfirmed preview waits before it is cleared away. */
const PREVIEW_LIFETIME_MS = DAY_MS;

/** Longer names (a GIFT question without a title is named by its text) are shortened. */
const NAME_MAX = 200;
const clipped = (name: string) =>
	name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1).trimEnd()}…` : name;

/** Stem and lead-in as compared for repeats: case and spacing ignored. */
const sameTextKey = (spec: Pick<ItemSpec, 'stem' | 'leadIn'>) =>
	`${spec.stem}\n${spec.leadIn}`.toLowerCase().replace(/\s+/g, ' ').trim();

/** The bank's items that are not retired, by their stem and lead-in, published or in draft. */
async function bankItemsByText(db: DB, bankId: string): Promise<Map<string, string[]>> {
	const live = and(eq(items.bankId, bankId), fixed(ne(items.status, 'retired')));
	const published = await db
		.select({ id: items.id, spec: itemVersions.spec })
		.from(items)
		.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.where(live);
	const drafted = await db
		.select({ id: items.id, spec: itemDrafts.spec })
		.from(items)
		.innerJoin(itemDrafts, eq(itemDrafts.itemId, items.id))
		.where(and(live, fixed(inArray(itemDrafts.status, ['draft', 'in-review']))));
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
export async function createImportPreview(
	db: DB,
	user: Actor,
	bankId: string,
	fileName: string,
	parsed: ParsedImport,
	{ bankPerCategory = false, now = new Date() }: ImportOptions = {}
): Promise<{ token: string; data: ImportPreviewData }> {
	const [found] = await db
		.select({ id: banks.id, title: banks.title })
		.from(banks)
		.where(eq(banks.id, bankId))
		.limit(1);
	const chosen = found ?? { id: bankId, title: bankId };
	const { targets, targetOf } = await planTargets(
		db,
		user,
		chosen,
		parsed.questions,
		bankPerCategory
	);
	const data: ImportPreviewData = {
		format: parsed.format,
		skipped: parsed.skipped.map((q) => ({ ...q, name: clipped(q.name) })),
		questions: [],
		bankPerCategory,
		targets
	};
	// Importing a file again is allowed (an educator may mean to), but never unawares. A bank
	// still to be made holds nothing yet; repeats count within the bank a question goes into.
	const inBank: Map<string, string[]>[] = [];
	for (const t of targets)
		inBank.push(t.bankId ? await bankItemsByText(db, t.bankId) : new Map<string, string[]>());
	const seen = new Map<string, string>();
	for (const [n, q] of parsed.questions.entries()) {
		const target = targetOf[n];
		const key = sameTextKey(q.spec);
		const repeatOf = seen.get(`${target}\n${key}`);
		if (!repeatOf) seen.set(`${target}\n${key}`, q.where);
		data.questions.push({
			...q,
			name: clipped(q.name),
			problems: await checkItem(db, q.spec),
			alreadyInBank: inBank[target].get(key) ?? [],
			...(repeatOf ? { repeatOf } : {}),
			target
		});
	}
	const token = newId();
	await transaction(db, function* (tx) {
		yield* run(
			tx
				.delete(importPreviews)
				.where(
					and(
						lt(importPreviews.createdAt, new Date(now.getTime() - PREVIEW_LIFETIME_MS)),
						isNull(importPreviews.confirmedAt)
					)
				)
		);
		yield* run(
			tx
				.insert(importPreviews)
				.values({ token, userId: user.id, bankId, fileName, data, createdAt: now })
		);
	});
	return { token, data };
}

/** The user's own preview under this token, confirmed or not; null for anyone else's. */
export async function importPreview(
	db: DB,
	user: Actor,
	token: string
): Promise<ImportPreview | null> {
	const [preview] = await db
		.select()
		.from(importPreviews)
		.where(and(eq(importPreviews.token, token), eq(importPreviews.userId, user.id)))
		.limit(1);
	return preview ?? null;
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

/** What a confirmed preview made, as a repeated confirm answers. */
function repeatedConfirm(preview: ImportPreview): ConfirmResult {
	return {
		bankId: preview.bankId,
		itemIds: preview.createdItemIds ?? [],
		banks: confirmedBanks(preview.data, previewTargets(preview.data, preview.bankId)),
		repeated: true
	};
}

/**
 * Drafts every previewed question in its bank, in one transaction with taking the token and with
 * making the banks the preview said would be made, through authoring's `createBankStep` and
 * `createItemStep`: a refused or failed confirm leaves no bank and no draft. The token is taken
 * first, by an update that only an unconfirmed preview matches: a second confirm of the same
 * token, even one sent at the same moment to another server, writes nothing and returns what the
 * first one made.
 */
export async function confirmImport(
	db: DB,
	user: Actor,
	token: string,
	onProgress?: (done: number, total: number) => void,
	now = new Date()
): Promise<ConfirmResult> {
	const mine = and(eq(importPreviews.token, token), eq(importPreviews.userId, user.id));
	// The banks a confirm writes into are known from the preview before its transaction starts, so
	// that on PostgreSQL the transaction can hold their locks from its beginning.
	const seen = await importPreview(db, user, token);
	const locks = [
		NEW_BANK_LOCK,
		...(seen ? previewTargets(seen.data, seen.bankId) : []).flatMap((t) =>
			t.bankId ? [bankItemsLock(t.bankId)] : []
		)
	];
	return transaction(
		db,
		function* (tx) {
			const [taken] = yield* run(
				tx
					.update(importPreviews)
					.set({ confirmedAt: now })
					.where(and(mine, isNull(importPreviews.confirmedAt)))
					.returning()
			);
			if (!taken) {
				const [preview] = yield* run(tx.select().from(importPreviews).where(mine).limit(1));
				if (!preview)
					throw new ImportConfirmError(
						'This import preview is not yours or has expired: upload the file again.'
					);
				return repeatedConfirm(preview);
			}
			const { data, fileName } = taken;
			const targets = yield* openTargetsStep(
				tx,
				user,
				taken.bankId,
				previewTargets(data, taken.bankId),
				(t) => madeBankDescription(fileName, data, t)
			);
			const itemIds: string[] = [];
			for (const [n, q] of data.questions.entries()) {
				const bankId = targets[q.target ?? 0].bankId;
				itemIds.push(
					yield* createItemStep(tx, user, bankId, q.spec, importNote(fileName, data.format, q), now)
				);
				onProgress?.(n + 1, data.questions.length);
			}
			yield* run(
				tx
					.update(importPreviews)
					.set({ createdItemIds: itemIds, data: { ...data, targets } })
					.where(eq(importPreviews.token, token))
			);
			return {
				bankId: taken.bankId,
				itemIds,
				banks: confirmedBanks(data, targets),
				repeated: false
			};
		},
		{ locks }
	);
}
