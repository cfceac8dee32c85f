import type { ItemSpec } from '$lib/content/types';
import { htmlToText } from '$lib/server/html/sanitize';
import { readCloze } from '$lib/server/interchange/import/cloze';
import {
	applyTags,
	blankSpec,
	categoryPath,
	ImportFileError,
	matchingExplanations,
	readGeneralFeedback,
	stemAndLeadIn,
	stemIdAt,
	type ImportedQuestion,
	type ParsedImport,
	type SkippedQuestion
} from '$lib/server/interchange/import/model';
import {
	attr,
	child,
	children,
	parseXml,
	startTagLines,
	textOf
} from '$lib/server/interchange/import/xml';

/**
 * Moodle XML as Moodle writes it (Question bank › Export › Moodle XML format): a `<quiz>` of
 * `<question>` elements, category questions setting where the following ones are filed.
 */

/** Why each Moodle type we cannot hold is skipped, in the educator's words. */
const UNSUPPORTED: Record<string, string> = {
	essay: 'an essay question is marked by a person, and items here are marked automatically',
	numerical:
		'a numerical question accepts a range (a tolerance); short-answer items here accept listed answers only',
	calculated: 'a calculated question draws numbers from datasets, which items here do not have',
	calculatedsimple:
		'a calculated question draws numbers from datasets, which items here do not have',
	calculatedmulti:
		'a calculated question draws numbers from datasets, which items here do not have',
	ddwtos: 'drag-and-drop questions have no equivalent here',
	ddimageortext: 'drag-and-drop questions have no equivalent here',
	ddmarker: 'drag-and-drop questions have no equivalent here',
	gapselect: 'select-missing-words questions have several blanks; items here have one',
	description: 'a description is text without a question',
	randomsamatch: 'a random matching question is drawn from other questions when a quiz starts',
	random: 'a random question is drawn from a category when a quiz starts',
	ordering: 'ordering questions have no equivalent here'
};

/** Text of a Moodle text field, read as HTML unless it says it is plain text or Markdown. */
function richText(node: unknown): string {
	const raw = textOf(child(node, 'text'));
	const format = attr(node, 'format') ?? 'html';
	return format === 'plain_text' || format === 'markdown' ? raw.trim() : htmlToText(raw);
}

const plainText = (node: unknown) => textOf(child(node, 'text')).trim();

function fractionOf(answer: unknown): number {
	const value = Number(attr(answer, 'fraction') ?? '0');
	return Number.isFinite(value) ? value : 0;
}

function choice(question: unknown, notes: string[]): ItemSpec {
	const single = textOf(child(question, 'single')).trim() !== 'false';
	const spec = blankSpec(single ? 'single-best-answer' : 'multiple-response');
	spec.options = children(question, 'answer').map((a) => {
		const fraction = fractionOf(a);
		const text = richText(a);
		if (single && fraction > 0 && fraction < 100)
			notes.push(`"${text}" gave ${fraction}% (partial credit), and is imported as wrong`);
		return {
			text,
			correct: single ? fraction >= 100 : fraction > 0,
			explanation: richText(child(a, 'feedback'))
		};
	});
	return spec;
}

function trueFalse(question: unknown): ItemSpec {
	const spec = blankSpec('true-false');
	const answers = children(question, 'answer');
	spec.options = ['True', 'False'].map((label) => {
		const answer = answers.find((a) => plainText(a).toLowerCase() === label.toLowerCase());
		return {
			text: label,
			correct: answer ? fractionOf(answer) >= 100 : false,
			explanation: answer ? richText(child(answer, 'feedback')) : ''
		};
	});
	return spec;
}

function matching(question: unknown): ItemSpec {
	const spec = blankSpec('extended-matching');
	const pairs = children(question, 'subquestion').map((s) => ({
		text: richText(s),
		answer: plainText(children(s, 'answer')[0])
	}));
	const answers = [...new Set(pairs.map((p) => p.answer))];
	spec.options = answers.map((text) => ({ text, explanation: '' }));
	spec.stems = pairs
		.filter((p) => p.text)
		.map((p, n) => ({
			id: stemIdAt(n),
			text: p.text,
			answer: answers.indexOf(p.answer),
			explanation: ''
		}));
	return spec;
}

/** Moodle's `*` wildcard is written `\*` for a literal asterisk. */
const unescapeShortAnswer = (text: string) => text.replace(/\\\*/g, '*');

function shortAnswer(question: unknown, notes: string[]): ItemSpec {
	const spec = blankSpec('short-answer');
	const answers = children(question, 'answer');
	const full = answers.filter((a) => fractionOf(a) >= 100);
	for (const a of answers)
		if (fractionOf(a) < 100 && fractionOf(a) > 0)
			notes.push(
				`the answer "${plainText(a)}" gave ${fractionOf(a)}% (partial credit) and is left out`
			);
	if (full.some((a) => /(^|[^\\])\*/.test(plainText(a))))
		notes.push('an answer uses the * wildcard, which is taken here as a literal asterisk');
	if (textOf(child(question, 'usecase')).trim() === '1')
		notes.push('Moodle compared case; answers here are compared ignoring case');
	spec.shortAnswer = {
		accepted: full.map((a) => unescapeShortAnswer(plainText(a))),
		explanation: full.length ? richText(child(full[0], 'feedback')) : ''
	};
	return spec;
}

function finish(spec: ItemSpec, question: unknown): ItemSpec {
	const text = richText(child(question, 'questiontext'));
	const feedback = readGeneralFeedback(richText(child(question, 'generalfeedback')));
	// A cloze has set its stem already, with the blank where its answer went.
	if (!spec.stem) Object.assign(spec, stemAndLeadIn(text));
	spec.teachingPoint = feedback.teachingPoint;
	if (spec.type === 'extended-matching') {
		const found = matchingExplanations(feedback.paragraphs, spec);
		spec.stems = spec.stems!.map((s, n) => ({ ...s, explanation: found.stems[n] }));
		spec.options = spec.options.map((o, n) => ({ ...o, explanation: found.options[n] }));
	}
	applyTags(
		spec,
		children(child(question, 'tags'), 'tag').map((t) => plainText(t))
	);
	return spec;
}

export function readMoodleXml(xml: string, file = 'The file'): ParsedImport {
	const doc = parseXml(xml, file, ['question', 'answer', 'subquestion', 'tag']);
	const quiz = child(doc, 'quiz');
	if (!quiz)
		throw new ImportFileError(
			`${file}: this XML has no <quiz> element, so it is not a Moodle XML question export.`
		);
	const lines = startTagLines(xml, 'question');
	const questions: ImportedQuestion[] = [];
	const skipped: SkippedQuestion[] = [];
	let category = '';
	children(quiz, 'question').forEach((question, n) => {
		const where = lines[n] ? `line ${lines[n]}` : `question ${n + 1}`;
		const type = attr(question, 'type') ?? '';
		if (type === 'category') {
			category = categoryPath(plainText(child(question, 'category')));
			return;
		}
		const name = plainText(child(question, 'name')) || `question ${n + 1}`;
		const idNumber = textOf(child(question, 'idnumber')).trim();
		const notes: string[] = [];
		let spec: ItemSpec | string;
		switch (type) {
			case 'multichoice':
				spec = choice(question, notes);
				break;
			case 'truefalse':
				spec = trueFalse(question);
				break;
			case 'matching':
				spec = matching(question);
				break;
			case 'shortanswer':
				spec = shortAnswer(question, notes);
				break;
			case 'multianswer':
				spec = readCloze(richText(child(question, 'questiontext')), notes);
				break;
			default:
				spec = UNSUPPORTED[type] ?? `Moodle's "${type}" question type has no equivalent here`;
		}
		if (typeof spec === 'string') {
			skipped.push({ where, name, reason: spec });
			return;
		}
		questions.push({ where, name, idNumber, category, spec: finish(spec, question), notes });
	});
	return { format: 'moodle', questions, skipped };
}
