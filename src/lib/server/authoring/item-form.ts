import * as v from 'valibot';
import {
	AUDIENCES,
	DIFFICULTIES,
	ITEM_TYPES,
	type ItemSpec,
	type ItemTask,
	type ItemType,
	type OptionSpec
} from '$lib/content/types';
import type { FieldErrors, SubmittedValues } from '$lib/server/forms';
import { optionalText } from '$lib/server/forms';

/**
 * The editor's form: one field per part of an item, with options and matching scenarios as
 * numbered rows (`option.0.text`, `scenario.1.answer`) so that it works as a plain HTML form. A
 * row left wholly empty is dropped; everything else is kept as written, so a draft may be
 * incomplete and the item-writing rules say what is missing.
 */

export const ITEM_LIMITS = {
	stem: 4000,
	leadIn: 500,
	option: 500,
	explanation: 2000,
	kind: 80,
	teachingPoint: 2000,
	objective: 500,
	quote: 2000,
	note: 1000,
	comment: 2000,
	options: 26,
	scenarios: 10,
	passages: 5
} as const;

export const TASKS: readonly ItemTask[] = ['recall', 'decision'];

const field = (max: number, multiline = true) => optionalText({ max, multiline });
const letter = (i: number) => String.fromCharCode(97 + i);

export interface ItemFormResult {
	spec: ItemSpec;
	/** Why the author made this change, kept with the draft and the version it becomes. */
	note: string;
	/** Problems with the form itself (too long, control characters, unknown choices). */
	errors: FieldErrors;
	values: SubmittedValues;
}

function readText(
	form: FormData,
	name: string,
	max: number,
	errors: FieldErrors,
	values: SubmittedValues,
	multiline = true
): string {
	const raw = form.get(name);
	const submitted = typeof raw === 'string' ? raw : '';
	if (submitted !== '') values[name] = submitted;
	const parsed = v.safeParse(field(max, multiline), submitted);
	if (parsed.success) return parsed.output;
	errors[name] = parsed.issues[0].message;
	return submitted.trim();
}

function readChoice<T extends string>(
	form: FormData,
	name: string,
	allowed: readonly T[],
	errors: FieldErrors,
	values: SubmittedValues,
	message: string
): T | undefined {
	const raw = form.get(name);
	if (typeof raw !== 'string' || raw === '') return undefined;
	values[name] = raw;
	if ((allowed as readonly string[]).includes(raw)) return raw as T;
	errors[name] = message;
	return undefined;
}

/** Reads the editor's form into an item spec for the given item id. */
export function readItemForm(form: FormData, itemId: string): ItemFormResult {
	const errors: FieldErrors = {};
	const values: SubmittedValues = {};
	const type =
		readChoice(form, 'type', ITEM_TYPES, errors, values, 'Choose a question type.') ??
		'single-best-answer';
	values.type = type;
	const difficulty =
		readChoice(form, 'difficulty', DIFFICULTIES, errors, values, 'Choose a difficulty.') ??
		'medium';
	values.difficulty = difficulty;
	const task = readChoice(form, 'task', TASKS, errors, values, 'Choose what the item asks.');
	const audiences = form.getAll('audiences').filter((a): a is string => typeof a === 'string');
	values.audiences = audiences;
	if (audiences.some((a) => !(AUDIENCES as readonly string[]).includes(a)))
		errors.audiences = 'Choose doctors, nurses or both.';

	const options: OptionSpec[] = [];
	for (let i = 0; i < ITEM_LIMITS.options; i++) {
		const text = readText(form, `option.${i}.text`, ITEM_LIMITS.option, errors, values, false);
		const kind = readText(form, `option.${i}.kind`, ITEM_LIMITS.kind, errors, values, false);
		const explanation = readText(
			form,
			`option.${i}.explanation`,
			ITEM_LIMITS.explanation,
			errors,
			values
		);
		const correct = form.get(`option.${i}.correct`) === 'on';
		if (correct) values[`option.${i}.correct`] = 'on';
		if (!text && !kind && !explanation && !correct) continue;
		const option: OptionSpec = { text, explanation };
		if (type !== 'true-false' && kind) option.kind = kind;
		if (type !== 'extended-matching') option.correct = correct;
		options.push(option);
	}

	const spec: ItemSpec = {
		id: itemId,
		type,
		stem: readText(form, 'stem', ITEM_LIMITS.stem, errors, values),
		leadIn: readText(form, 'leadIn', ITEM_LIMITS.leadIn, errors, values, false),
		options,
		teachingPoint: readText(form, 'teachingPoint', ITEM_LIMITS.teachingPoint, errors, values),
		difficulty,
		audiences: AUDIENCES.filter((a) => audiences.includes(a)),
		objective: readText(form, 'objective', ITEM_LIMITS.objective, errors, values, false),
		source: { passageIds: [], quote: '' }
	};
	if (task) spec.task = task;
	if (form.get('deliberateNegative') === 'on') {
		spec.deliberateNegative = true;
		values.deliberateNegative = 'on';
	}

	if (type === 'short-answer') {
		const accepted = readText(form, 'accepted', ITEM_LIMITS.explanation, errors, values)
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean);
		const unit = readText(form, 'unit', ITEM_LIMITS.kind, errors, values, false);
		spec.options = [];
		spec.shortAnswer = {
			accepted,
			...(unit ? { unit } : {}),
			explanation: readText(form, 'answerExplanation', ITEM_LIMITS.explanation, errors, values)
		};
	}

	if (type === 'extended-matching') {
		const stems: NonNullable<ItemSpec['stems']> = [];
		for (let i = 0; i < ITEM_LIMITS.scenarios; i++) {
			const text = readText(form, `scenario.${i}.text`, ITEM_LIMITS.stem, errors, values);
			const explanation = readText(
				form,
				`scenario.${i}.explanation`,
				ITEM_LIMITS.explanation,
				errors,
				values
			);
			const answerRaw = form.get(`scenario.${i}.answer`);
			const answerText = typeof answerRaw === 'string' ? answerRaw : '';
			if (answerText) values[`scenario.${i}.answer`] = answerText;
			if (!text && !explanation && !answerText) continue;
			const answer = /^\d{1,2}$/.test(answerText) ? Number(answerText) : -1;
			stems.push({ id: letter(stems.length), text, answer, explanation });
		}
		spec.stems = stems;
	}

	const passageIds = form
		.getAll('passageIds')
		.filter((p): p is string => typeof p === 'string' && p !== '');
	values.passageIds = passageIds;
	if (passageIds.length > ITEM_LIMITS.passages)
		errors.passageIds = `Cite at most ${ITEM_LIMITS.passages} passages.`;
	spec.source = {
		passageIds: [...new Set(passageIds)].slice(0, ITEM_LIMITS.passages),
		quote: readText(form, 'quote', ITEM_LIMITS.quote, errors, values)
	};
	const note = readText(form, 'note', ITEM_LIMITS.note, errors, values);
	return { spec, note, errors, values };
}

/** An item spec as the editor's form values, to fill the form from a draft or a version. */
export function itemFormValues(spec: ItemSpec, note = ''): SubmittedValues {
	const values: SubmittedValues = {
		type: spec.type,
		difficulty: spec.difficulty,
		audiences: [...spec.audiences],
		stem: spec.stem,
		leadIn: spec.leadIn,
		teachingPoint: spec.teachingPoint,
		objective: spec.objective,
		passageIds: [...spec.source.passageIds],
		quote: spec.source.quote
	};
	if (spec.task) values.task = spec.task;
	if (spec.deliberateNegative) values.deliberateNegative = 'on';
	if (note) values.note = note;
	spec.options.forEach((option, i) => {
		values[`option.${i}.text`] = option.text;
		values[`option.${i}.explanation`] = option.explanation;
		if (option.kind) values[`option.${i}.kind`] = option.kind;
		if (option.correct) values[`option.${i}.correct`] = 'on';
	});
	if (spec.shortAnswer) {
		values.accepted = spec.shortAnswer.accepted.join('\n');
		if (spec.shortAnswer.unit) values.unit = spec.shortAnswer.unit;
		values.answerExplanation = spec.shortAnswer.explanation;
	}
	(spec.stems ?? []).forEach((stem, i) => {
		values[`scenario.${i}.text`] = stem.text;
		values[`scenario.${i}.explanation`] = stem.explanation;
		values[`scenario.${i}.answer`] = String(stem.answer);
	});
	return values;
}

/** A blank item of a type, for a new question; true/false comes with its two options. */
export function blankItem(id: string, type: ItemType = 'single-best-answer'): ItemSpec {
	return {
		id,
		type,
		stem: '',
		leadIn: type === 'true-false' ? 'True or false?' : '',
		options:
			type === 'true-false'
				? [
						{ text: 'True', explanation: '' },
						{ text: 'False', explanation: '' }
					]
				: [],
		teachingPoint: '',
		difficulty: 'medium',
		audiences: ['doctor', 'nurse'],
		objective: '',
		source: { passageIds: [], quote: '' }
	};
}

/**
 * The form field an item-writing problem is about, so the editor can show it beside that field;
 * problems about the item as a whole go under `item`.
 */
export function problemField(problem: string): string {
	const option = /^option (\d+)/.exec(problem);
	if (option) return `option.${Number(option[1]) - 1}.text`;
	const scenario = /^stem "([a-z])"/.exec(problem);
	if (scenario) return `scenario.${scenario[1].charCodeAt(0) - 97}.text`;
	const rules: [RegExp, string][] = [
		[/^the stem\b/, 'stem'],
		[/lead-in/, 'leadIn'],
		[/teaching point/, 'teachingPoint'],
		[/learning objective/, 'objective'],
		[/audience/, 'audiences'],
		[/task "recall"/, 'task'],
		[/quote/, 'quote'],
		[/\bcites?\b|\bcite only\b/, 'passageIds'],
		[/vignette/, 'stem'],
		[/accepted answer|short-answer|blank/, 'accepted'],
		[/stems?\b|scenarios?/, 'scenarios'],
		[/option|kind|correct|absolute word|distractor/, 'options']
	];
	return rules.find(([pattern]) => pattern.test(problem))?.[1] ?? 'item';
}

/** Problems grouped by the field they are about. */
export function problemsByField(problems: string[]): Record<string, string[]> {
	const grouped: Record<string, string[]> = {};
	for (const problem of problems) (grouped[problemField(problem)] ??= []).push(problem);
	return grouped;
}

const NUMBER_WITH_UNIT =
	/\b\d+(?:\.\d+)?(?:\s?(?:to|-|–)\s?\d+(?:\.\d+)?)?(?:\s?(?:%|per cent|cm|mm|mg|ml|kg|hours?|days?|weeks?|months?|years?))?/gi;
const ACRONYM = /\b[A-Z][A-Z0-9-]{1,}[a-z]?\b/g;

/**
 * What a cloze item could blank in a quote: numbers (with any unit, range or percentage),
 * abbreviated terms, and the glossary's terms where the quote uses them (in the quote's own
 * letters). The author chooses; each suggestion is the text to blank.
 */
export function clozeSuggestions(quote: string, glossary: readonly string[] = []): string[] {
	const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// Longer terms first, so a term inside one already found ("ablation" in "microwave ablation")
	// is not offered again.
	const terms: RegExpExecArray[] = [];
	for (const term of [...glossary].sort((a, b) => b.length - a.length)) {
		const m = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'iu').exec(quote);
		const inside = (t: RegExpExecArray) =>
			m!.index >= t.index && m!.index + m![0].length <= t.index + t[0].length;
		if (m && !terms.some(inside)) terms.push(m);
	}
	const found = [...quote.matchAll(NUMBER_WITH_UNIT), ...quote.matchAll(ACRONYM), ...terms]
		.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
		.map((m) => m[0].trim());
	return [...new Set(found)].slice(0, 12);
}

/** The quote with the chosen text blanked, as a cloze stem, and the blank's answer and unit. */
export function clozeFrom(
	quote: string,
	term: string
): { stem: string; accepted: string; unit?: string } | null {
	if (!term || !quote.includes(term)) return null;
	const withUnit =
		/^(\d+(?:\.\d+)?(?:\s?(?:to|-|–)\s?\d+(?:\.\d+)?)?)\s?(%|per cent|[a-z]+)$/i.exec(term);
	return {
		stem: quote.replace(term, withUnit ? `____ ${withUnit[2]}` : '____'),
		accepted: withUnit ? withUnit[1] : term,
		...(withUnit ? { unit: withUnit[2] } : {})
	};
}
