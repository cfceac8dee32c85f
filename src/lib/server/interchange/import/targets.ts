import { eq } from 'drizzle-orm';
import type { DB } from '../../db';
import { banks, type Bank, type User } from '../../db/schema';
import { canAuthorBank } from '../../authoring/access';
import { BANK_DESCRIPTION_MAX, createBank, listAuthorBanks } from '../../authoring/banks';
import { bankTitleKey, categoryBankTitle } from './categories';
import type { ImportedQuestion, ImportPreviewData, ImportTarget } from './model';

type Actor = Pick<User, 'id' | 'role'>;

/** A confirm that cannot go ahead, in words for the educator. */
export class ImportConfirmError extends Error {}

/**
 * The banks the user may write, by title as `bankTitleKey` compares them; where two share a
 * title, the bank chosen for the import wins, then the first in the banks' order.
 */
function writableBanksByTitle(db: DB, user: Actor, chosenId: string) {
	const found = new Map<string, { id: string; title: string }>();
	const writable = listAuthorBanks(db, user);
	const chosen = writable.filter((b) => b.id === chosenId);
	for (const bank of [...chosen, ...writable]) {
		const key = bankTitleKey(bank.title);
		if (!found.has(key)) found.set(key, { id: bank.id, title: bank.title });
	}
	return found;
}

/**
 * Where each question goes: all into the bank chosen, or with `bankPerCategory` each category
 * into a bank of its own, which is one the user may already write under the same title or else
 * one to be made on confirming. Questions with no readable category stay in the bank chosen.
 */
export function planTargets(
	db: DB,
	user: Actor,
	chosen: Pick<Bank, 'id' | 'title'>,
	questions: ImportedQuestion[],
	bankPerCategory: boolean
): { targets: ImportTarget[]; targetOf: number[] } {
	const targets: ImportTarget[] = [{ title: chosen.title, bankId: chosen.id, categories: [] }];
	if (!bankPerCategory) return { targets, targetOf: questions.map(() => 0) };
	const existing = writableBanksByTitle(db, user, chosen.id);
	const byKey = new Map<string, number>([[bankTitleKey(chosen.title), 0]]);
	const targetOf = questions.map((q) => {
		const title = categoryBankTitle(q.category);
		if (!title) return 0;
		const key = bankTitleKey(title);
		let index = byKey.get(key);
		if (index === undefined) {
			const bank = existing.get(key);
			index =
				targets.push({ title: bank?.title ?? title, bankId: bank?.id ?? null, categories: [] }) - 1;
			byKey.set(key, index);
		}
		if (!targets[index].categories.includes(q.category)) targets[index].categories.push(q.category);
		return index;
	});
	return { targets, targetOf };
}

/** A preview's targets; one stored before targets were kept had the bank chosen alone. */
export function previewTargets(data: ImportPreviewData, chosenBankId: string): ImportTarget[] {
	return data.targets ?? [{ title: chosenBankId, bankId: chosenBankId, categories: [] }];
}

/**
 * Every target as a bank to write into, inside the confirm's transaction: each existing bank must
 * still be the user's to write, and each bank still to be made is made now, owned by the user,
 * unless one of the same title has become theirs since the preview (another tab's import, say),
 * which is then used instead of making a second.
 */
export function openTargets(
	db: DB,
	user: Actor,
	chosenBankId: string,
	targets: ImportTarget[],
	describe: (target: ImportTarget) => string
): (ImportTarget & { bankId: string; created: boolean })[] {
	let existing: ReturnType<typeof writableBanksByTitle> | undefined;
	return targets.map((target) => {
		if (target.bankId) {
			const bank = db.select().from(banks).where(eq(banks.id, target.bankId)).get();
			if (!bank || bank.retired || !canAuthorBank(db, user, bank))
				throw new ImportConfirmError(`You may no longer write questions in ${target.title}.`);
			return { ...target, bankId: bank.id, created: false };
		}
		existing ??= writableBanksByTitle(db, user, chosenBankId);
		const key = bankTitleKey(target.title);
		const made = existing.get(key);
		if (made) return { ...target, title: made.title, bankId: made.id, created: false };
		const description = describe(target).slice(0, BANK_DESCRIPTION_MAX);
		const bankId = createBank(db, user, { title: target.title, description });
		existing.set(key, { id: bankId, title: target.title });
		return { ...target, bankId, created: true };
	});
}
