import type { ShortAnswerSpec } from '$lib/content/types';
import { TYPED_ANSWER_MAX } from '$lib/quiz';

/**
 * Marking typed answers. What a learner types and each accepted answer go through the same
 * normaliser, so anything it rewrites (a number word, a unit spelling) is compared alike on both
 * sides: a rule can make two answers equal, never an accepted answer unreachable.
 */

export { TYPED_ANSWER_MAX };

const UNITS: Record<string, string[]> = {
	cm: ['centimetres', 'centimeters', 'centimetre', 'centimeter', 'cms', 'cm'],
	mm: ['millimetres', 'millimeters', 'millimetre', 'millimeter', 'mm'],
	'%': ['per cent', 'percent', '%'],
	weeks: ['weeks', 'week', 'wks', 'wk'],
	months: ['months', 'month'],
	years: ['years', 'year', 'yrs', 'yr'],
	days: ['days', 'day'],
	hours: ['hours', 'hour', 'hrs', 'hr', 'h']
};

const UNITS_BY_SPELLING = new Map(
	Object.values(UNITS).flatMap((spellings) => spellings.map((s) => [s, spellings] as const))
);

const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const COMPOUND = new RegExp(`\\b(${TENS.join('|')})[- ](${ONES.slice(1, 10).join('|')})\\b`, 'g');
const WORD = new RegExp(`\\b(${[...ONES, ...TENS].join('|')})\\b`, 'g');

function wordValue(word: string): number {
	const one = ONES.indexOf(word);
	return one >= 0 ? one : (TENS.indexOf(word) + 2) * 10;
}

/** Number words up to ninety-nine, as digits. */
function numbersAsDigits(text: string): string {
	return text
		.replace(COMPOUND, (_, tens: string, ones: string) => String(wordValue(tens) + wordValue(ones)))
		.replace(WORD, (word: string) => String(wordValue(word)));
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every spelling of a unit, longest first so that `centimetres` goes before `cm` could. */
function unitSpellings(unit: string): string[] {
	const written = unit.normalize('NFKC').toLowerCase().trim();
	const known = UNITS_BY_SPELLING.get(written) ?? [];
	return [...new Set([...known, written])].sort((a, b) => b.length - a.length);
}

/**
 * The form an answer is compared in: Unicode compatibility forms folded (full-width digits,
 * non-breaking spaces), lower case, curly quotes and dashes straightened, spaces collapsed, a
 * trailing full stop dropped, number words and decimals written one way (`three`, `3.0` → `3`),
 * number ranges as `1 to 3`, and the unit dropped after a number, in any of its spellings.
 */
export function normaliseAnswer(text: string, unit?: string): string {
	let s = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019\u201b\u2032]/g, "'")
		.replace(/[\u201c\u201d\u201f\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\s*\.+$/, '');
	s = numbersAsDigits(s)
		.replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
		.replace(/(^|[^\d])\.(\d)/g, (_, before: string, digit: string) => `${before}0.${digit}`)
		.replace(/(\d+)\.(\d*[1-9])?0+(?!\d)/g, (_, whole: string, frac?: string) =>
			frac ? `${whole}.${frac}` : whole
		)
		.replace(/(\d) ?- ?(\d)/g, '$1 to $2');
	if (unit)
		for (const spelling of unitSpellings(unit))
			s = s.replace(new RegExp(`(\\d) ?${escape(spelling)}(?![a-z])`, 'g'), '$1');
	return s.replace(/\s+/g, ' ').trim();
}

/** Whether a typed answer matches one of the accepted answers, once both are normalised. */
export function isAccepted(key: ShortAnswerSpec, typed: string): boolean {
	const answer = normaliseAnswer(typed, key.unit);
	return answer !== '' && key.accepted.some((a) => normaliseAnswer(a, key.unit) === answer);
}

/** What the learner typed, as stored: NFC, trimmed, spaces collapsed; null when empty or too long. */
export function readTypedAnswer(value: FormDataEntryValue | null): string | null {
	if (typeof value !== 'string') return null;
	const typed = value.normalize('NFC').replace(/\s+/g, ' ').trim();
	return typed && typed.length <= TYPED_ANSWER_MAX ? typed : null;
}
