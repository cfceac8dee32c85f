import { banks } from '../../src/lib/content/banks';
import {
	CLOZE_BLANK,
	type Audience,
	type Difficulty,
	type ItemSpec
} from '../../src/lib/content/types';

/** A stem as text, with a blank compared alike whether written (`____`) or shown (`________blank`). */
function stemKey(stem: string): string {
	return stem.replace(new RegExp(`${CLOZE_BLANK.source}(blank)?`, 'g'), '____').trim();
}

/** The bank item whose stem is shown, so a test can check what must and must not be sent. */
export function itemByStem(stem: string): ItemSpec {
	const key = stemKey(stem);
	for (const bank of banks) {
		const item = bank.items.find((i) => stemKey(i.stem) === key);
		if (item) return item;
	}
	throw new Error(`No bank item has the stem: ${stem}`);
}

/** How many items a bank file holds. */
export function bankSize(bankId: string): number {
	const bank = banks.find((b) => b.id === bankId);
	if (!bank) throw new Error(`No bank has the id: ${bankId}`);
	return bank.items.length;
}

/** The items of a bank file for an audience at a stated difficulty ('any' for all). */
export function bankItemsFor(
	bankId: string,
	audience: Audience | 'any',
	difficulty: Difficulty | 'any'
): ItemSpec[] {
	const bank = banks.find((b) => b.id === bankId);
	if (!bank) throw new Error(`No bank has the id: ${bankId}`);
	return bank.items.filter(
		(i) =>
			(audience === 'any' || i.audiences.includes(audience)) &&
			(difficulty === 'any' || i.difficulty === difficulty)
	);
}
