import { eq } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import type { Bank, User } from '$lib/server/db/schema';
import { perform, run, type Step } from '$lib/server/db/steps';
import { banks } from '$lib/server/db/tables';
import { canAuthorBankStep } from '$lib/server/authoring/access';
import {
	BANK_DESCRIPTION_MAX,
	createBankStep,
	listAuthorBanksStep
} from '$lib/server/authoring/banks';
import { bankTitleKey, categoryBankTitle } from './categories';
import type { ImportedQuestion, ImportPreviewData, ImportTarget } from './model';

type Actor = Pick<User, 'id' | 'role'>;

/** A confirm that cannot go ahead, in words for the educator. */
export class ImportConfirmError extends Error {}

/**
 * The banks the user may write, by title as `bankTitleKey` compares them; where two share a
 * title, the bank chosen for the import wins, then the first in the banks' order.
 */
function* writableBanksByTitle(
	tx: Pick<Queries, 'select'>,
	user: Actor,
	chosenId: string
): Step<Map<string, { id: string; title: string }>> {
	const found = new Map<string, { id: string; title: string }>();
	const writable = yield* listAuthorBanksStep(tx, user);
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
export async function planTargets(
	db: DB,
	user: Actor,
	chosen: Pick<Bank, 'id' | 'title'>,
	questions: ImportedQuestion[],
	bankPerCategory: boolean
): Promise<{ targets: ImportTarget[]; targetOf: number[] }> {
	const targets: ImportTarget[] = [{ title: chosen.title, bankId: chosen.id, categories: [] }];
	if (!bankPerCategory) return { targets, targetOf: questions.map(() => 0) };
	const existing = await perform(db, writableBanksByTitle(db, user, chosen.id));
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
 * which is then used instead of making a second. On PostgreSQL the transaction holds
 * `NEW_BANK_LOCK`, as `createBankStep` asks.
 */
export function* openTargetsStep(
	tx: Queries,
	user: Actor,
	chosenBankId: string,
	targets: ImportTarget[],
	describe: (target: ImportTarget) => string
): Step<(ImportTarget & { bankId: string; created: boolean })[]> {
	let existing: Map<string, { id: string; title: string }> | undefined;
	const opened: (ImportTarget & { bankId: string; created: boolean })[] = [];
	for (const target of targets) {
		if (target.bankId) {
			const [bank] = yield* run(
				tx.select().from(banks).where(eq(banks.id, target.bankId)).limit(1)
			);
			if (!bank || bank.retired || !(yield* canAuthorBankStep(tx, user, bank)))
				throw new ImportConfirmError(`You may no longer write questions in ${target.title}.`);
			opened.push({ ...target, bankId: bank.id, created: false });
			continue;
		}
		existing ??= yield* writableBanksByTitle(tx, user, chosenBankId);
		const key = bankTitleKey(target.title);
		const made = existing.get(key);
		if (made) {
			opened.push({ ...target, title: made.title, bankId: made.id, created: false });
			continue;
		}
		const description = describe(target).slice(0, BANK_DESCRIPTION_MAX);
		const bankId = yield* createBankStep(tx, user, { title: target.title, description });
		existing.set(key, { id: bankId, title: target.title });
		opened.push({ ...target, bankId, created: true });
	}
	return opened;
}
