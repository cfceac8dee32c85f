import type { ItemType } from '$lib/content/types';

/** What a learner sees of an item before answering: no key, no explanations. */
export interface LearnerItem {
	type: ItemType;
	stem: string;
	leadIn: string;
	options: { text: string }[];
	stems: { id: string; text: string }[];
	/** Short answer: the unit the answer is given in, shown beside the field; it gives nothing away. */
	unit: string | null;
}

export const DEFAULT_SECONDS_PER_ITEM = 72;

/** The longest answer a learner may type to a short-answer item. */
export const TYPED_ANSWER_MAX = 200;

/** The most questions one session holds. */
export const MAX_SESSION_ITEMS = 100;

export function optionLetter(index: number): string {
	return String.fromCharCode(65 + index);
}
