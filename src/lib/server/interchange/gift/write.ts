import type { ItemSpec } from '$lib/content/types';
import { textToHtml } from '$lib/server/interchange/markup';
import {
	acceptedTexts,
	citationText,
	trueFalseExplanation,
	trueFalseKey,
	type InterchangeItem,
	type InterchangeSet
} from '$lib/server/interchange/model';

/**
 * GIFT, Moodle's text format for questions: `$CATEGORY:` lines for banks, then one question per
 * item, separated by blank lines. Text goes as `[html]`, so it is HTML-escaped first and then
 * GIFT-escaped: a backslash before each of ~ = # { } : and before the backslash itself.
 * GIFT has no tags, id numbers or per-scenario feedback: each question's id, version, difficulty
 * and audiences go in a `//` comment line, which Moodle skips.
 */

const SPECIAL = /[\\~=#{}:]/g;

/** Text with GIFT's special characters escaped and line breaks folded into spaces. */
export function escapeGift(text: string): string {
	return text.replace(/\s*\r?\n\s*/g, ' ').replace(SPECIAL, (c) => `\\${c}`);
}

const html = (text: string) => escapeGift(textToHtml(text));

function percent(value: number): string {
	return `%${Number(value.toFixed(5))}%`;
}

function answerLines(spec: ItemSpec): string[] {
	switch (spec.type) {
		case 'true-false': {
			const key = trueFalseKey(spec);
			// {KEY#feedback for the wrong answer#feedback for the right answer}
			return [
				`${key ? 'TRUE' : 'FALSE'}#${html(trueFalseExplanation(spec, !key))}#${html(trueFalseExplanation(spec, key))}`
			];
		}
		case 'single-best-answer':
			return spec.options.map(
				(o) => `${o.correct ? '=' : '~'}${html(o.text)}#${html(o.explanation)}`
			);
		case 'multiple-response': {
			const correct = spec.options.filter((o) => o.correct === true).length;
			const wrong = spec.options.length - correct;
			return spec.options.map(
				(o) =>
					`~${percent(o.correct ? 100 / correct : -100 / wrong)}${html(o.text)}#${html(o.explanation)}`
			);
		}
		case 'short-answer': {
			// Only right answers, each after `=`: Moodle reads the question as short answer.
			const explanation = html(spec.shortAnswer?.explanation ?? '');
			return acceptedTexts(spec).map(
				(a) => `=${escapeGift(a.replace(/\*/g, '\\*'))}#${explanation}`
			);
		}
		case 'extended-matching': {
			// Each scenario is a pair; each option no scenario is keyed to is a pair with no
			// question, which Moodle offers as a distractor. Matching answers are plain text.
			const stems = spec.stems ?? [];
			const keyed = new Set(stems.map((s) => s.answer));
			return [
				...stems.map(
					(s) => `=${html(s.text)} -> ${escapeGift(spec.options[s.answer]?.text ?? '')}`
				),
				...spec.options.filter((_, n) => !keyed.has(n)).map((o) => `= -> ${escapeGift(o.text)}`)
			];
		}
	}
}

function generalFeedback(set: InterchangeSet, item: InterchangeItem): string {
	const { spec } = item;
	const parts =
		spec.type === 'extended-matching'
			? (spec.stems ?? []).map(
					(s) => `${s.text}\nAnswer: ${spec.options[s.answer]?.text ?? ''}. ${s.explanation}`
				)
			: [];
	parts.push(`Teaching point: ${spec.teachingPoint}`);
	parts.push(`Source: "${spec.source.quote}" (${citationText(set, item)})`);
	return html(parts.join('\n\n'));
}

function question(set: InterchangeSet, item: InterchangeItem): string {
	const { spec } = item;
	const about = [
		`${item.id}, version ${item.version}`,
		spec.type,
		spec.difficulty,
		`for ${spec.audiences.join(' and ')}`
	].join('; ');
	return [
		`// ${about.replace(/\s*\r?\n\s*/g, ' ')}`,
		`::${escapeGift(item.id)}::[html]${html(`${spec.stem}\n\n${spec.leadIn}`)} {`,
		...answerLines(spec).map((line) => `\t${line}`),
		`\t####${generalFeedback(set, item)}`,
		'}'
	].join('\n');
}

export function writeGift(set: InterchangeSet): string {
	const blocks = set.banks.flatMap((bank) => [
		// Moodle reads the category line as it stands, without unescaping; `/` nests categories.
		`$CATEGORY: $course$/top/${bank.title.replace(/\s*\r?\n\s*/g, ' ').replace(/\//g, '//')}`,
		...bank.items.map((item) => question(set, item))
	]);
	return blocks.join('\n\n') + '\n';
}
