import type { ItemSpec } from '$lib/content/types';
import type { LearnerItem } from '$lib/quiz';
import type { Response } from '$lib/server/db/schema';
import { isAccepted, readTypedAnswer } from './short-answer';

export function maxMarksFor(spec: ItemSpec): number {
	return spec.type === 'extended-matching' ? (spec.stems?.length ?? 0) : 1;
}

/**
 * Every option index a response chose: for extended matching, the choice of each answered stem;
 * none for a typed answer.
 */
export function chosenOptions(response: Response): number[] {
	if (response.kind === 'text') return [];
	// Stryker disable next-line StringLiteral: the values of a choice list are that list, so either branch reads it alike
	return response.kind === 'choice'
		? response.chosen
		: Object.values(response.chosen).filter((i): i is number => i !== null);
}

/** Strips the key and the explanations: what may be sent before an item is answered. */
export function learnerItem(spec: ItemSpec): LearnerItem {
	return {
		type: spec.type,
		stem: spec.stem,
		leadIn: spec.leadIn,
		options: spec.options.map((o) => ({ text: o.text })),
		stems: (spec.stems ?? []).map((s) => ({ id: s.id, text: s.text })),
		unit: spec.shortAnswer?.unit ?? null
	};
}

function optionIndex(value: FormDataEntryValue | null, optionCount: number): number | null {
	if (typeof value !== 'string' || !/^\d+$/.test(value)) return null;
	const index = Number(value);
	return index < optionCount ? index : null;
}

/**
 * Reads an answer from a submitted form: `choice` (one, or several for multiple response),
 * `stem-<id>` per extended-matching stem, or the typed `answer` of a short-answer item. Null when
 * nothing valid was chosen or typed.
 */
export function parseResponse(spec: ItemSpec, form: FormData): Response | null {
	if (spec.type === 'short-answer') {
		const text = readTypedAnswer(form.get('answer'));
		return text === null ? null : { kind: 'text', text };
	}
	const count = spec.options.length;
	if (spec.type === 'extended-matching') {
		const chosen: Record<string, number | null> = {};
		let any = false;
		// Stryker disable next-line ArrayDeclaration: a made-up stem has no field in the form, so it reads as unanswered like none at all
		for (const stem of spec.stems ?? []) {
			const index = optionIndex(form.get(`stem-${stem.id}`), count);
			chosen[stem.id] = index;
			if (index !== null) any = true;
		}
		return any ? { kind: 'matching', chosen } : null;
	}
	const values = spec.type === 'multiple-response' ? form.getAll('choice') : [form.get('choice')];
	const chosen = [...new Set(values.map((v) => optionIndex(v, count)))].filter(
		(i): i is number => i !== null
	);
	if (!chosen.length) return null;
	return { kind: 'choice', chosen: chosen.sort((a, b) => a - b) };
}

/**
 * Marks an answer. Choice items are all or nothing (multiple response needs exactly the right
 * set); extended matching earns a mark per stem and counts as correct when every stem is; a typed
 * answer is right when it matches an accepted answer once both are normalised.
 */
export function scoreResponse(
	spec: ItemSpec,
	response: Response
): { correct: boolean; marks: number } {
	if (spec.type === 'short-answer') {
		const correct =
			response.kind === 'text' && !!spec.shortAnswer && isAccepted(spec.shortAnswer, response.text);
		return { correct, marks: correct ? 1 : 0 };
	}
	if (spec.type === 'extended-matching') {
		const chosen = response.kind === 'matching' ? response.chosen : {};
		const stems = spec.stems ?? [];
		const marks = stems.filter((s) => chosen[s.id] === s.answer).length;
		return { correct: marks === stems.length, marks };
	}
	// Stryker disable next-line ArrayDeclaration: every valid choice item has a key, which a made-up choice never matches
	const chosen = response.kind === 'choice' ? response.chosen : [];
	const key = spec.options.flatMap((o, i) => (o.correct ? [i] : []));
	const correct = chosen.length === key.length && key.every((i) => chosen.includes(i));
	return { correct, marks: correct ? 1 : 0 };
}
