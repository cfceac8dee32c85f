import type { ItemSpec } from '$lib/content/types';
import { blankSpec } from './model';

/**
 * Moodle's embedded answers (cloze, `multianswer`): `{1:SHORTANSWER:=Paris#Right~%50%Lyon#Half}`
 * in the question text. Items here have one blank, so a cloze with one short-answer or
 * multiple-choice part is imported and any other is skipped with the reason.
 */

const PART = /\{(\d*):([A-Za-z_]+):((?:\\.|[^}\\])*)\}/g;

const SHORT = new Set(['SHORTANSWER', 'SA', 'MW', 'SHORTANSWER_C', 'SAC', 'MWC']);
const CHOICE = new Set([
	'MULTICHOICE',
	'MC',
	'MULTICHOICE_V',
	'MCV',
	'MULTICHOICE_H',
	'MCH',
	'MULTICHOICE_S',
	'MCS',
	'MULTICHOICE_VS',
	'MCVS',
	'MULTICHOICE_HS',
	'MCHS'
]);
const RESPONSE = new Set([
	'MULTIRESPONSE',
	'MR',
	'MULTIRESPONSE_H',
	'MRH',
	'MULTIRESPONSE_S',
	'MRS',
	'MULTIRESPONSE_HS',
	'MRHS'
]);

const unescape = (text: string) => text.replace(/\\(.)/g, '$1').trim();

interface ClozeAnswer {
	fraction: number;
	text: string;
	feedback: string;
}

function answersOf(body: string): ClozeAnswer[] {
	return body
		.split(/(?<!\\)~/)
		.filter((a) => a.trim())
		.map((raw) => {
			let rest = raw.trim();
			let fraction = 0;
			if (rest.startsWith('=')) {
				fraction = 100;
				rest = rest.slice(1);
			} else {
				const weight = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
				if (weight) {
					fraction = Number(weight[1]);
					rest = rest.slice(weight[0].length);
				}
			}
			const [text, ...feedback] = rest.split(/(?<!\\)#/);
			return { fraction, text: unescape(text), feedback: unescape(feedback.join('#')) };
		});
}

/** The item a cloze text makes, or the reason it is skipped. */
export function readCloze(text: string, notes: string[]): ItemSpec | string {
	const parts = [...text.matchAll(PART)];
	if (parts.length === 0) return 'a cloze question with no embedded answer';
	if (parts.length > 1)
		return `a cloze question with ${parts.length} embedded answers; items here have one blank`;
	const [whole, , kind, body] = parts[0];
	const type = kind.toUpperCase();
	const stem = text.replace(whole, '____').trim();
	const answers = answersOf(body);
	if (SHORT.has(type)) {
		const spec = blankSpec('short-answer');
		const full = answers.filter((a) => a.fraction >= 100);
		for (const a of answers)
			if (a.fraction > 0 && a.fraction < 100)
				notes.push(`the answer "${a.text}" gave ${a.fraction}% (partial credit) and is left out`);
		if (type.endsWith('C'))
			notes.push('Moodle compared case; answers here are compared ignoring case');
		spec.stem = stem;
		spec.shortAnswer = { accepted: full.map((a) => a.text), explanation: full[0]?.feedback ?? '' };
		return spec;
	}
	if (CHOICE.has(type) || RESPONSE.has(type)) {
		const single = CHOICE.has(type);
		const spec = blankSpec(single ? 'single-best-answer' : 'multiple-response');
		spec.stem = stem;
		spec.options = answers.map((a) => ({
			text: a.text,
			correct: single ? a.fraction >= 100 : a.fraction > 0,
			explanation: a.feedback
		}));
		return spec;
	}
	if (type === 'NUMERICAL' || type === 'NM')
		return 'a cloze with a numerical answer accepts a range (a tolerance); items here accept listed answers only';
	return `a cloze with an embedded "${kind}" answer has no equivalent here`;
}
