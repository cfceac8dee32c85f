import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { Queries } from '$lib/server/db';
import type { Bank, ItemDraft, User } from '$lib/server/db/schema';
import { perform, run, type Step } from '$lib/server/db/steps';
import { bankAuthors, banks } from '$lib/server/db/tables';

type Actor = Pick<User, 'id' | 'role'>;

/**
 * Whether a user may write a bank's questions: an administrator; any educator for the banks
 * bundled with the app, which belong to the organisation; otherwise the bank's owner and the
 * co-authors it is shared with.
 */
export function* canAuthorBankStep(
	tx: Pick<Queries, 'select'>,
	user: Actor,
	bank: Pick<Bank, 'id' | 'ownerId'>
): Step<boolean> {
	if (user.role === 'admin') return true;
	if (user.role !== 'educator') return false;
	if (bank.ownerId === null || bank.ownerId === user.id) return true;
	const shared = yield* run(
		tx
			.select({ userId: bankAuthors.userId })
			.from(bankAuthors)
			.where(and(eq(bankAuthors.bankId, bank.id), eq(bankAuthors.userId, user.id)))
			.limit(1)
	);
	return shared.length > 0;
}

/** `canAuthorBankStep` outside a transaction. */
export function canAuthorBank(
	db: Queries,
	user: Actor,
	bank: Pick<Bank, 'id' | 'ownerId'>
): Promise<boolean> {
	return perform(db, canAuthorBankStep(db, user, bank));
}

/** The bank when the user may write it; null when there is none or it is not theirs to write. */
export async function writableBank(db: Queries, user: Actor, bankId: string): Promise<Bank | null> {
	const [bank] = await db.select().from(banks).where(eq(banks.id, bankId)).limit(1);
	return bank && (await canAuthorBank(db, user, bank)) ? bank : null;
}

/** The bank when the user may write it; 404 otherwise, so other educators' banks do not show. */
export async function requireBankAccess(db: Queries, user: Actor, bankId: string): Promise<Bank> {
	const bank = await writableBank(db, user, bankId);
	if (!bank) error(404, 'There is no bank at this address.');
	return bank;
}

/** Whether a user may share a bank with co-authors: the owner of a bank made in the app, or an administrator. */
export function canShareBank(user: Actor, bank: Pick<Bank, 'ownerId'>): boolean {
	return user.role === 'admin' || (bank.ownerId !== null && bank.ownerId === user.id);
}

/** Whether the user wrote or last changed the draft: they may not approve it themselves. */
export function wroteDraft(user: Actor, draft: Pick<ItemDraft, 'authorId' | 'updatedBy'>): boolean {
	return draft.authorId === user.id || draft.updatedBy === user.id;
}

/**
 * Whether the user may publish a draft. Publishing needs a second educator: someone with access
 * to the bank who neither wrote nor last changed it, once it is in review. An administrator may
 * publish alone, from either state; that is recorded as such.
 */
export function publishApproval(
	user: Actor,
	draft: Pick<ItemDraft, 'authorId' | 'updatedBy' | 'status'>
): 'second-educator' | 'admin-alone' | null {
	const independent = !wroteDraft(user, draft) && draft.status === 'in-review';
	if (independent) return 'second-educator';
	if (user.role === 'admin' && (draft.status === 'draft' || draft.status === 'in-review'))
		return 'admin-alone';
	return null;
}
