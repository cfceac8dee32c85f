/**
 * The shape of a question bank file. Banks are written by hand as TypeScript so that the compiler
 * checks their structure and `npm run bank:check` checks their content against the source document.
 */

export const AUDIENCES = ['doctor', 'nurse'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export type ItemType =
	'single-best-answer' | 'multiple-response' | 'true-false' | 'extended-matching' | 'short-answer';

export const ITEM_TYPES: readonly ItemType[] = [
	'single-best-answer',
	'multiple-response',
	'true-false',
	'extended-matching',
	'short-answer'
];

export const ITEM_TYPE_LABELS: Record<ItemType, string> = {
	'single-best-answer': 'Single best answer',
	'multiple-response': 'Multiple response',
	'true-false': 'True or false',
	'extended-matching': 'Extended matching',
	'short-answer': 'Short answer'
};

/** What a cloze item's stem shows where the learner's answer goes. */
export const CLOZE_BLANK = /_{3,}/;

export interface SourceRef {
	/** Passage ids from the source document, e.g. `ablation-2`. */
	passageIds: string[];
	/** A verbatim quote from one of the cited passages. */
	quote: string;
}

/**
 * What an item asks of the learner. `decision`: a vignette whose data decide the answer and a
 * lead-in asking for a decision (the next step, the most suitable treatment, the factor that rules
 * an option out, what to tell the patient). `recall`: knowing a fact.
 */
export type ItemTask = 'recall' | 'decision';

export interface OptionSpec {
	text: string;
	/**
	 * The kind of thing the option is ("treatment", "investigation", "explanation to the patient"):
	 * every option of an item is of one kind, so none is ruled out by category alone. Not used for
	 * true/false.
	 */
	kind?: string;
	/** For extended matching, whether an option is correct is decided per stem, so leave this out. */
	correct?: boolean;
	/** Why this option is right or wrong (for extended matching: what the option is). */
	explanation: string;
}

export interface MatchingStemSpec {
	/** Stable within the item, e.g. `a`, `b`. */
	id: string;
	text: string;
	/** Zero-based index into the item's options. */
	answer: number;
	explanation: string;
}

/**
 * The key of a short-answer item: what the learner types is compared, after normalising case,
 * spaces, Unicode forms, number spellings and the unit, with each accepted answer.
 */
export interface ShortAnswerSpec {
	/** Every answer a clinician would write for the blank: spellings, abbreviations. At least one. */
	accepted: string[];
	/** The unit the answer is given in (`cm`, `%`): written or left out, the answer is the same. */
	unit?: string;
	/** Why the answer is right, shown once the answer is settled. */
	explanation: string;
}

export interface ItemSpec {
	/** Stable for the life of the item: `<bank>-<short-slug>`, never reused. */
	id: string;
	type: ItemType;
	/**
	 * The vignette or statement; for extended matching, the theme. A short-answer stem either asks
	 * a question or holds one blank (`____`, three or more underscores) for a cloze.
	 */
	stem: string;
	/** The question asked of the stem; for true/false, usually "True or false?". */
	leadIn: string;
	/** Empty for short answer. */
	options: OptionSpec[];
	/** Short answer only: the accepted answers, the unit and the explanation. */
	shortAnswer?: ShortAnswerSpec;
	/** Extended matching only: the scenarios to match, each to one option. */
	stems?: MatchingStemSpec[];
	teachingPoint: string;
	task?: ItemTask;
	difficulty: Difficulty;
	audiences: Audience[];
	objective: string;
	source: SourceRef;
	/** Set when a negative lead-in ("NOT", "EXCEPT") is intended; the validator rejects it otherwise. */
	deliberateNegative?: boolean;
}

export interface BankSpec {
	/** Stable slug, e.g. `ablation`. */
	id: string;
	title: string;
	description: string;
	items: ItemSpec[];
}

export function defineBank(bank: BankSpec): BankSpec {
	return bank;
}
