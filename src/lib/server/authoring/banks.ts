import { and, asc, count, eq, inArray, max, or, sql } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import * as v from 'valibot';
import { banks as bundledBanks } from '$lib/content';
import type { ItemSpec, ItemType } from '$lib/content/types';
import { BANK_TITLE_MAX } from '$lib/authoring';
import type { DB, Queries } from '$lib/server/db';
import type { Bank, DraftStatus, Item, User } from '$lib/server/db/schema';
import { perform, run, transaction, type Step } from '$lib/server/db/steps';
import {
	bankAuthors,
	banks,
	itemDrafts,
	items,
	itemVersions,
	packUpdates,
	users
} from '$lib/server/db/tables';
import { sectionSlug } from '$lib/server/documents/convert';
import { text } from '$lib/server/forms';
import { canShareBank } from './access';

type Actor = Pick<User, 'id' | 'role'>;

export const BANK_DESCRIPTION_MAX = 1000;

export const bankForm = v.object({
	title: text({ required: 'Give the bank a title.', max: BANK_TITLE_MAX }),
	description: text({
		required: 'Say what the bank covers and for whom.',
		max: BANK_DESCRIPTION_MAX,
		multiline: true
	})
});

export const shareBankForm = v.object({
	email: v.pipe(
		text({ required: 'Enter the email of the educator to share with.', max: 254 }),
		v.transform((s) => s.toLowerCase()),
		v.email('Enter an email address.')
	)
});

export interface AuthorBank {
	id: string;
	title: string;
	description: string;
	bundled: boolean;
	owner: string | null;
	published: number;
	drafts: number;
	inReview: number;
}

/** A slug no other bank has, bundled banks included (so a later pack cannot take it over). */
function* freeBankIdStep(tx: Queries, title: string): Step<string> {
	const base = sectionSlug(title) || 'bank';
	const reserved = new Set(bundledBanks.map((b) => b.id));
	const rows = yield* run(
		tx
			.select({ id: banks.id })
			.from(banks)
			.where(or(eq(banks.id, base), sql`${banks.id} like ${base + '-%'}`))
	);
	const taken = new Set(rows.map((r) => r.id));
	let id = base;
	for (let n = 2; taken.has(id) || reserved.has(id) || id === 'new'; n++) id = `${base}-${n}`;
	return id;
}

/**
 * The lock a PostgreSQL transaction that makes a bank holds: two banks made at once would
 * otherwise choose the same free id and the same position.
 */
export const NEW_BANK_LOCK = 'banks:new';

/**
 * An educator creates a bank of their own, as a step of a transaction holding `NEW_BANK_LOCK`;
 * they may then share it with co-authors.
 */
export function* createBankStep(
	tx: Queries,
	user: Actor,
	input: v.InferOutput<typeof bankForm>
): Step<string> {
	const id = yield* freeBankIdStep(tx, input.title);
	const [last] = yield* run(tx.select({ position: max(banks.position) }).from(banks));
	yield* run(
		tx.insert(banks).values({
			id,
			title: input.title,
			description: input.description,
			position: (last?.position ?? -1) + 1,
			ownerId: user.id
		})
	);
	return id;
}

/** An educator creates a bank of their own; they may then share it with co-authors. */
export function createBank(
	db: DB,
	user: Actor,
	input: v.InferOutput<typeof bankForm>
): Promise<string> {
	return transaction(db, (tx) => createBankStep(tx, user, input), { locks: [NEW_BANK_LOCK] });
}

/** The banks a user may write, with how many questions each has in each state. */
export function* listAuthorBanksStep(tx: Pick<Queries, 'select'>, user: Actor): Step<AuthorBank[]> {
	const shared = tx
		.select({ bankId: bankAuthors.bankId })
		.from(bankAuthors)
		.where(eq(bankAuthors.userId, user.id));
	const rows = yield* run(
		tx
			.select({
				id: banks.id,
				title: banks.title,
				description: banks.description,
				ownerId: banks.ownerId,
				owner: users.displayName
			})
			.from(banks)
			.leftJoin(users, eq(users.id, banks.ownerId))
			.where(
				and(
					eq(banks.retired, false),
					user.role === 'admin'
						? undefined
						: or(
								sql`${banks.ownerId} is null`,
								eq(banks.ownerId, user.id),
								inArray(banks.id, shared)
							)
				)
			)
			.orderBy(asc(banks.position))
	);
	const publishedRows = yield* run(
		tx
			.select({ bankId: items.bankId, n: count() })
			.from(items)
			.where(fixed(eq(items.status, 'published')))
			.groupBy(items.bankId)
	);
	const published = new Map(publishedRows.map((r) => [r.bankId, Number(r.n)]));
	const open = yield* run(
		tx
			.select({ bankId: items.bankId, status: itemDrafts.status, n: count() })
			.from(itemDrafts)
			.innerJoin(items, eq(items.id, itemDrafts.itemId))
			.where(fixed(inArray(itemDrafts.status, ['draft', 'in-review'])))
			.groupBy(items.bankId, itemDrafts.status)
	);
	const openCount = (bankId: string, status: DraftStatus) =>
		Number(open.find((r) => r.bankId === bankId && r.status === status)?.n ?? 0);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		description: r.description,
		bundled: r.ownerId === null,
		owner: r.owner,
		published: published.get(r.id) ?? 0,
		drafts: openCount(r.id, 'draft'),
		inReview: openCount(r.id, 'in-review')
	}));
}

/** `listAuthorBanksStep` outside a transaction. */
export function listAuthorBanks(db: DB, user: Actor): Promise<AuthorBank[]> {
	return perform(db, listAuthorBanksStep(db, user));
}

export interface BankItemRow {
	id: string;
	status: Item['status'];
	type: ItemType;
	version: number | null;
	stem: string;
	draft: DraftStatus | null;
	bundledChange: boolean;
}

/** A bank's questions for its authors: every state, with the text of the newest work on each. */
export async function bankItems(db: DB, bankId: string): Promise<BankItemRow[]> {
	const rows = await db
		.select({
			id: items.id,
			status: items.status,
			type: items.type,
			version: itemVersions.version,
			servedSpec: itemVersions.spec,
			draft: itemDrafts.status,
			draftSpec: itemDrafts.spec,
			bundledChange: packUpdates.itemId
		})
		.from(items)
		.leftJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
		.leftJoin(
			itemDrafts,
			and(
				eq(itemDrafts.itemId, items.id),
				fixed(inArray(itemDrafts.status, ['draft', 'in-review']))
			)
		)
		.leftJoin(packUpdates, eq(packUpdates.itemId, items.id))
		.where(eq(items.bankId, bankId))
		.orderBy(asc(items.position));
	return rows.map((r) => ({
		id: r.id,
		status: r.status,
		type: r.type,
		version: r.version,
		stem: ((r.draftSpec ?? r.servedSpec) as ItemSpec | null)?.stem ?? '',
		draft: r.draft,
		bundledChange: r.bundledChange !== null
	}));
}

export interface CoAuthor {
	id: string;
	name: string;
	email: string;
}

export function coAuthors(db: DB, bankId: string): Promise<CoAuthor[]> {
	return db
		.select({ id: users.id, name: users.displayName, email: users.email })
		.from(bankAuthors)
		.innerJoin(users, eq(users.id, bankAuthors.userId))
		.where(eq(bankAuthors.bankId, bankId))
		.orderBy(asc(users.displayName));
}

export type ShareResult = { ok: true; name: string } | { ok: false; message: string };

/**
 * The owner shares the bank with another educator by email. The message for an unknown address
 * is the same as for a learner's, so the form does not tell who has an account.
 */
export async function shareBank(
	db: DB,
	user: Actor,
	bank: Bank,
	email: string,
	now = new Date()
): Promise<ShareResult> {
	if (!canShareBank(user, bank))
		return { ok: false, message: 'Only the bank’s owner or an administrator shares it.' };
	const [educator] = await db
		.select({ id: users.id, name: users.displayName, role: users.role })
		.from(users)
		.where(eq(users.email, email))
		.limit(1);
	if (!educator || educator.role === 'learner')
		return { ok: false, message: 'No educator has an account with this email.' };
	if (educator.id === bank.ownerId) return { ok: false, message: 'This is the bank’s owner.' };
	await db
		.insert(bankAuthors)
		.values({ bankId: bank.id, userId: educator.id, addedAt: now })
		.onConflictDoNothing();
	return { ok: true, name: educator.name };
}

/** Takes a co-author off the bank; their past work stays. */
export async function unshareBank(db: DB, bankId: string, userId: string): Promise<void> {
	await db
		.delete(bankAuthors)
		.where(and(eq(bankAuthors.bankId, bankId), eq(bankAuthors.userId, userId)));
}
