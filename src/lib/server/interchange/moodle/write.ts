import type { ItemSpec } from '$lib/content/types';
import { escapeXml, textToHtml } from '$lib/server/interchange/markup';
import {
	acceptedTexts,
	citationText,
	trueFalseExplanation,
	trueFalseKey,
	type InterchangeBank,
	type InterchangeItem,
	type InterchangeSet
} from '$lib/server/interchange/model';

/**
 * Moodle XML ("Moodle XML format" in Moodle's question import): one `<quiz>` holding, for each
 * bank, a category question and then its items. Text is sent as HTML (`format="html"`), escaped
 * twice: once as HTML, once as XML, so no character in an item can close an element early.
 */

/** Grades Moodle offers in its question editor; fractions are rounded to these five decimals. */
function fraction(value: number): string {
	return String(Number(value.toFixed(5)));
}

function html(tag: string, text: string, indent: string): string {
	return `${indent}<${tag} format="html"><text>${escapeXml(textToHtml(text))}</text></${tag}>`;
}

function plain(tag: string, text: string, indent: string): string {
	return `${indent}<${tag}><text>${escapeXml(text)}</text></${tag}>`;
}

function questionText(spec: ItemSpec): string {
	return `${spec.stem}\n\n${spec.leadIn}`;
}

function generalFeedback(set: InterchangeSet, item: InterchangeItem, extra: string[] = []) {
	const { spec } = item;
	return [
		...extra,
		`Teaching point: ${spec.teachingPoint}`,
		`Source: "${spec.source.quote}" (${citationText(set, item)})`
	].join('\n\n');
}

function tags(item: InterchangeItem, indent: string): string[] {
	const names = [
		`bank:${item.bankId}`,
		`type:${item.spec.type}`,
		`difficulty:${item.spec.difficulty}`,
		...item.spec.audiences.map((a) => `audience:${a}`),
		`version:${item.version}`
	];
	return [
		`${indent}<tags>`,
		...names.map((n) => `${indent}\t<tag><text>${escapeXml(n)}</text></tag>`),
		`${indent}</tags>`
	];
}

function answer(fractionValue: number, text: string, feedback: string, indent: string): string[] {
	return [
		`${indent}<answer fraction="${fraction(fractionValue)}" format="html">`,
		`${indent}\t<text>${escapeXml(textToHtml(text))}</text>`,
		html('feedback', feedback, `${indent}\t`),
		`${indent}</answer>`
	];
}

function choiceBody(item: InterchangeItem, i: string): string[] {
	const { spec } = item;
	const correct = spec.options.filter((o) => o.correct === true).length;
	const wrong = spec.options.length - correct;
	const single = spec.type === 'single-best-answer';
	// Multiple response: the correct options share 100% and the wrong ones share -100%, so a
	// learner who ticks every option scores nothing.
	return [
		`${i}<single>${single}</single>`,
		`${i}<shuffleanswers>true</shuffleanswers>`,
		`${i}<answernumbering>ABCD</answernumbering>`,
		...spec.options.flatMap((o) =>
			answer(
				o.correct ? (single ? 100 : 100 / correct) : single || wrong === 0 ? 0 : -100 / wrong,
				o.text,
				o.explanation,
				i
			)
		)
	];
}

function trueFalseBody(item: InterchangeItem, i: string): string[] {
	const key = trueFalseKey(item.spec);
	return [true, false].flatMap((value) => [
		`${i}<answer fraction="${value === key ? 100 : 0}" format="moodle_auto_format">`,
		`${i}\t<text>${value}</text>`,
		html('feedback', trueFalseExplanation(item.spec, value), `${i}\t`),
		`${i}</answer>`
	]);
}

/**
 * Extended matching as Moodle's matching question: each scenario is a subquestion whose answer is
 * the text of its keyed option. Moodle needs an answer on every subquestion and offers only the
 * answers of its subquestions as choices, so each option no scenario is keyed to is sent as a
 * subquestion with empty text, which Moodle lists as a distractor without asking it. Moodle has no
 * feedback per subquestion: each scenario's explanation goes into the general feedback.
 */
function matchingBody(item: InterchangeItem, i: string): string[] {
	const { spec } = item;
	const stems = spec.stems ?? [];
	const keyed = new Set(stems.map((s) => s.answer));
	const subquestions = [
		...stems.map((s) => ({ text: s.text, answer: spec.options[s.answer]?.text ?? '' })),
		...spec.options.filter((_, n) => !keyed.has(n)).map((o) => ({ text: '', answer: o.text }))
	];
	return [
		`${i}<shuffleanswers>true</shuffleanswers>`,
		...subquestions.flatMap((s) => [
			`${i}<subquestion format="html">`,
			`${i}\t<text>${s.text ? escapeXml(textToHtml(s.text)) : ''}</text>`,
			`${i}\t<answer><text>${escapeXml(s.answer)}</text></answer>`,
			`${i}</subquestion>`
		])
	];
}

/**
 * Short answer as Moodle's `shortanswer`: every accepted text at full marks, case ignored, each
 * with the item's explanation as its feedback. Moodle compares the text as typed, so the unit's
 * spellings are sent as separate answers and number words are not accepted there.
 */
function shortAnswerBody(item: InterchangeItem, i: string): string[] {
	const explanation = item.spec.shortAnswer?.explanation ?? '';
	return [
		`${i}<usecase>0</usecase>`,
		...acceptedTexts(item.spec).flatMap((text) => [
			`${i}<answer fraction="100" format="moodle_auto_format">`,
			`${i}\t<text>${escapeXml(text.replace(/\*/g, '\\*'))}</text>`,
			html('feedback', explanation, `${i}\t`),
			`${i}</answer>`
		])
	];
}

function matchingFeedback(spec: ItemSpec): string[] {
	return [
		...(spec.stems ?? []).map(
			(s) => `${s.text}\nAnswer: ${spec.options[s.answer]?.text ?? ''}. ${s.explanation}`
		),
		spec.options.map((o) => `${o.text}: ${o.explanation}`).join('\n')
	];
}

const MOODLE_TYPES = {
	'single-best-answer': 'multichoice',
	'multiple-response': 'multichoice',
	'true-false': 'truefalse',
	'extended-matching': 'matching',
	'short-answer': 'shortanswer'
} as const;

function question(set: InterchangeSet, item: InterchangeItem): string[] {
	const { spec } = item;
	const i = '\t\t';
	const body =
		spec.type === 'true-false'
			? trueFalseBody(item, i)
			: spec.type === 'extended-matching'
				? matchingBody(item, i)
				: spec.type === 'short-answer'
					? shortAnswerBody(item, i)
					: choiceBody(item, i);
	const extra = spec.type === 'extended-matching' ? matchingFeedback(spec) : [];
	return [
		`\t<question type="${MOODLE_TYPES[spec.type]}">`,
		plain('name', item.id, i),
		html('questiontext', questionText(spec), i),
		html('generalfeedback', generalFeedback(set, item, extra), i),
		`${i}<defaultgrade>1</defaultgrade>`,
		`${i}<penalty>0</penalty>`,
		`${i}<hidden>0</hidden>`,
		`${i}<idnumber>${escapeXml(item.id)}</idnumber>`,
		...body,
		...tags(item, i),
		`\t</question>`
	];
}

function category(bank: InterchangeBank): string[] {
	const i = '\t\t';
	// Moodle reads `/` in a category path as nesting; a title holding one is kept in one level.
	const name = bank.title.replace(/\//g, '//');
	return [
		`\t<question type="category">`,
		`${i}<category><text>${escapeXml(`$course$/top/${name}`)}</text></category>`,
		html('info', bank.description, i),
		`${i}<idnumber>${escapeXml(bank.id)}</idnumber>`,
		`\t</question>`
	];
}

export function writeMoodleXml(set: InterchangeSet): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		...set.banks.flatMap((bank) => [
			...category(bank),
			...bank.items.flatMap((item) => question(set, item))
		]),
		'</quiz>'
	];
	return lines.join('\n') + '\n';
}
