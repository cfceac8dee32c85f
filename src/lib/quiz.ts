import { AUDIENCES, DIFFICULTIES, type ItemSpec, type ItemType } from '$lib/content/types';

/** What a learner sees of an item before answering: no key, no explanations. */
export const QUIZ_MODES = ['tutor', 'timed'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

export const SELECTIONS = ['all', 'unseen', 'wrong', 'flagged', 'due'] as const;
export type Selection = (typeof SELECTIONS)[number];

/** What a session or a module draws its questions by: an audience and a difficulty, or `any`. */
export const DRAWN_AUDIENCES = ['any', ...AUDIENCES] as const;
export const DRAWN_DIFFICULTIES = ['any', ...DIFFICULTIES] as const;

export interface SessionSettings {
	bankIds: string[];
	selection: Selection;
	difficulty: (typeof DRAWN_DIFFICULTIES)[number];
	audience: (typeof DRAWN_AUDIENCES)[number];
	requestedCount: number;
	/** Restricts the session to these items (links such as "practise these"). */
	itemIds?: string[];
}

/**
 * Option indexes for choice items; for extended matching, the option index chosen per stem; for
 * short answer, what the learner typed.
 */
export type Response =
	| { kind: 'choice'; chosen: number[] }
	| { kind: 'matching'; chosen: Record<string, number | null> }
	| { kind: 'text'; text: string };

export const CONFIDENCES = ['guess', 'unsure', 'sure'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface LearnerItem {
	type: ItemType;
	stem: string;
	leadIn: string;
	options: { text: string }[];
	stems: { id: string; text: string }[];
	/** Short answer: the unit the answer is given in, shown beside the field; it gives nothing away. */
	unit: string | null;
}

/** One scenario of an extended-matching set: its shares, with `blank`, add up to 1. */
export interface ScenarioShares {
	stemId: string;
	/** Share of others' answers matching each option to this scenario. */
	optionShares: number[];
	/** Share of others' answers leaving this scenario blank. */
	blank: number;
}

/** A short-answer item: how many others were right, and the wrong answers most often typed. */
export interface TypedShares {
	right: number;
	/** Most common first, at most `COMMON_WRONG_SHOWN`, each typed by `COMMON_WRONG_MINIMUM` or more. */
	commonWrong: { answer: string; share: number }[];
}

export interface PeerShares {
	answered: number;
	/** Short answer only; null for other items. */
	typed: TypedShares | null;
	/** Share of answers choosing each option of a choice item; empty for extended matching. */
	optionShares: number[];
	/** Extended matching only: each scenario on its own, as options serve every scenario. */
	scenarios: ScenarioShares[];
}

/** What a tutor-mode learner is shown once an item is answered. */
export interface Feedback {
	spec: ItemSpec;
	correct: boolean;
	marks: number;
	maxMarks: number;
	/** How other learners answered; null until enough have. */
	peers: PeerShares | null;
}

/**
 * One question of a finished session. While the item is held back by an open timed test, only
 * where it stood is sent: not the item, the answer given, or whether it was right.
 */
export type ReviewedAnswer = { position: number; bankTitle: string; maxMarks: number } & (
	| {
			heldBack: false;
			spec: ItemSpec;
			response: Response | null;
			correct: boolean;
			marks: number;
			confidence: Confidence | null;
			/** Whether the learner has the question flagged now. */
			flagged: boolean;
	  }
	| {
			heldBack: true;
			spec: null;
			response: null;
			correct: null;
			marks: null;
			confidence: null;
			flagged: null;
	  }
);

export interface SessionResults {
	marks: number;
	maxMarks: number;
	answered: number;
	correctItems: number;
	timeUsedMs: number;
	byBank: { bankId: string; bankTitle: string; marks: number; maxMarks: number; items: number }[];
	review: ReviewedAnswer[];
}

export const DEFAULT_SECONDS_PER_ITEM = 72;

/** The longest answer a learner may type to a short-answer item. */
export const TYPED_ANSWER_MAX = 200;

/** The most questions one session holds. */
export const MAX_SESSION_ITEMS = 100;

/** The time a timed test may allow for each question, in seconds. */
export const MIN_SECONDS_PER_ITEM = 5;
export const MAX_SECONDS_PER_ITEM = 600;

/** The longest private note a learner may keep on a question. */
export const NOTE_MAX = 2000;

/** The longest report of a problem with a question. */
export const REPORT_MAX = 2000;

export function optionLetter(index: number): string {
	return String.fromCharCode(65 + index);
}
