import type { ItemSpec } from '$lib/content/types';
import { htmlToText } from '$lib/server/html/sanitize';
import {
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

/**
 * GIFT as Moodle documents it: questions separated by blank lines, `//` comment lines,
 * `$CATEGORY:` lines, an optional `::title::`, an optional `[html]`/`[moodle]`/`[plain]`/
 * `[markdown]` format, and one answer block in braces (text after it makes a missing-word
 * question). Special characters ~ = # { } : are escaped with a backslash, `\n` is a line break.
 */

interface Block {
	line: number;
	text: string;
}

/** Splits the file into blank-line separated blocks, dropping comment lines. */
function blocks(text: string): Block[] {
	const found: Block[] = [];
	let current: Block | null = null;
	text.split('\n').forEach((raw, n) => {
		const line = raw.replace(/\r$/, '');
		if (/^\s*\/\//.test(line)) return;
		if (!line.trim()) {
			if (current) found.push(current);
			current = null;
			return;
		}
		if (current) current.text += `\n${line}`;
		else current = { line: n + 1, text: line };
	});
	if (current) found.push(current);
	return found;
}

/** Index of the first occurrence of `char` not escaped by a backslash, from `from`. */
function unescapedIndex(text: string, char: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text.startsWith(char, i)) return i;
	}
	return -1;
}

/** Splits on every unescaped occurrence of `separator`, keeping escapes for later. */
function splitUnescaped(text: string, separator: string): string[] {
	const parts: string[] = [];
	let start = 0;
	for (
		let i = unescapedIndex(text, separator);
		i !== -1;
		i = unescapedIndex(text, separator, start)
	) {
		parts.push(text.slice(start, i));
		start = i + separator.length;
	}
	parts.push(text.slice(start));
	return parts;
}

export function unescapeGift(text: string): string {
	return text.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

type TextFormat = 'html' | 'moodle' | 'plain' | 'markdown';

function formatted(raw: string, format: TextFormat): string {
	const text = unescapeGift(raw.trim());
	if (format === 'plain' || format === 'markdown') return text.trim();
	// Moodle's own format keeps the writer's line breaks; HTML does not.
	return htmlToText(format === 'moodle' ? text.replace(/\n/g, '<br>') : text);
}

interface Answer {
	/** The mark's share in percent: `=` is 100, `~` without a weight 0. */
	fraction: number;
	marked: '=' | '~';
	text: string;
	feedback: string;
}

/** Answers of a choice or short-answer block: each starts at an unescaped `=` or `~`. */
function answersOf(body: string): Answer[] {
	const answers: Answer[] = [];
	let i = 0;
	const starts: number[] = [];
	for (; i < body.length; i++) {
		if (body[i] === '\\') i++;
		else if (body[i] === '=' || body[i] === '~') starts.push(i);
	}
	starts.forEach((start, n) => {
		const raw = body.slice(start + 1, starts[n + 1] ?? body.length).trim();
		const weight = /^%(-?\d+(?:\.\d+)?)%/.exec(raw);
		const rest = weight ? raw.slice(weight[0].length) : raw;
		const [text, ...feedback] = splitUnescaped(rest, '#');
		const marked = body[start] as '=' | '~';
		answers.push({
			marked,
			fraction: weight ? Number(weight[1]) : marked === '=' ? 100 : 0,
			text,
			feedback: feedback.join('#')
		});
	});
	return answers;
}

const TRUE_FALSE = /^(T|F|TRUE|FALSE)\s*(#|$)/i;

function readAnswers(body: string, format: TextFormat, notes: string[]): ItemSpec | string {
	const trimmed = body.trim();
	if (!trimmed)
		return 'an essay question is marked by a person, and items here are marked automatically';
	if (trimmed.startsWith('#'))
		return 'a numerical question accepts a range (a tolerance); short-answer items here accept listed answers only';
	const tf = TRUE_FALSE.exec(trimmed);
	if (tf) {
		const key = tf[1].toUpperCase().startsWith('T');
		const [, wrong = '', right = ''] = splitUnescaped(trimmed, '#');
		const spec = blankSpec('true-false');
		spec.options = [true, false].map((value) => ({
			text: value ? 'True' : 'False',
			correct: value === key,
			explanation: formatted(value === key ? right : wrong, format)
		}));
		return spec;
	}
	const answers = answersOf(trimmed);
	if (!answers.length) return 'the answer block has no answers marked with = or ~';
	if (answers.every((a) => a.marked === '=' && unescapedIndex(a.text, '->') !== -1)) {
		const pairs = answers.map((a) => {
			// Moodle splits a pair at its first arrow; the answer may hold another.
			const arrow = unescapedIndex(a.text, '->');
			return {
				text: formatted(a.text.slice(0, arrow), format),
				answer: unescapeGift(a.text.slice(arrow + 2)).trim()
			};
		});
		const options = [...new Set(pairs.map((p) => p.answer))];
		const spec = blankSpec('extended-matching');
		spec.options = options.map((text) => ({ text, explanation: '' }));
		spec.stems = pairs
			.filter((p) => p.text)
			.map((p, n) => ({
				id: stemIdAt(n),
				text: p.text,
				answer: options.indexOf(p.answer),
				explanation: ''
			}));
		return spec;
	}
	if (answers.every((a) => a.marked === '=')) {
		const spec = blankSpec('short-answer');
		const full = answers.filter((a) => a.fraction >= 100);
		for (const a of answers)
			if (a.fraction < 100)
				notes.push(
					`the answer "${unescapeGift(a.text).trim()}" gave ${a.fraction}% (partial credit) and is left out`
				);
		spec.shortAnswer = {
			accepted: full.map((a) => unescapeGift(a.text).trim().replace(/\\\*/g, '*')),
			explanation: full[0] ? formatted(full[0].feedback, format) : ''
		};
		return spec;
	}
	const single = answers.some((a) => a.marked === '=');
	const spec = blankSpec(single ? 'single-best-answer' : 'multiple-response');
	spec.options = answers.map((a) => {
		const text = formatted(a.text, format);
		if (single && a.fraction > 0 && a.fraction < 100)
			notes.push(`"${text}" gave ${a.fraction}% (partial credit), and is imported as wrong`);
		return {
			text,
			correct: single ? a.fraction >= 100 : a.fraction > 0,
			explanation: formatted(a.feedback, format)
		};
	});
	return spec;
}

export function readGift(text: string, file = 'The file'): ParsedImport {
	const questions: ImportedQuestion[] = [];
	const skipped: SkippedQuestion[] = [];
	let category = '';
	blocks(text).forEach((block, n) => {
		const where = `line ${block.line}`;
		let rest = block.text.trim();
		const categoryLine = /^\$CATEGORY:\s*(.*)$/m.exec(rest);
		if (categoryLine && rest.startsWith('$CATEGORY:')) {
			category = categoryPath(categoryLine[1].trim());
			rest = rest.slice(categoryLine[0].length).trim();
			if (!rest) return;
		}
		let name = '';
		if (rest.startsWith('::')) {
			const end = unescapedIndex(rest, '::', 2);
			if (end === -1)
				throw new ImportFileError(
					`${file}, ${where}: the title opened with :: is never closed with ::.`
				);
			name = unescapeGift(rest.slice(2, end)).trim();
			rest = rest.slice(end + 2).trim();
		}
		let format: TextFormat = 'moodle';
		const declared = /^\[(html|moodle|plain|markdown)\]/.exec(rest);
		if (declared) {
			format = declared[1] as TextFormat;
			rest = rest.slice(declared[0].length);
		}
		const open = unescapedIndex(rest, '{');
		name ||=
			unescapeGift(rest.slice(0, open === -1 ? 40 : Math.min(open, 40))).trim() ||
			`question ${n + 1}`;
		if (open === -1) {
			skipped.push({ where, name, reason: 'a description is text without a question' });
			return;
		}
		const close = unescapedIndex(rest, '}', open + 1);
		if (close === -1)
			throw new ImportFileError(
				`${file}, ${where}: the answer block opened with { is never closed with }.`
			);
		if (unescapedIndex(rest, '{', close + 1) !== -1) {
			skipped.push({
				where,
				name,
				reason: 'a question with more than one answer block; items here have one blank'
			});
			return;
		}
		const before = rest.slice(0, open);
		const after = rest.slice(close + 1);
		const [body, ...general] = splitUnescaped(rest.slice(open + 1, close), '####');
		const notes: string[] = [];
		const spec = readAnswers(body, format, notes);
		if (typeof spec === 'string') {
			skipped.push({ where, name, reason: spec });
			return;
		}
		if (after.trim()) {
			spec.stem = formatted(`${before} ____ ${after}`, format);
		} else Object.assign(spec, stemAndLeadIn(formatted(before, format)));
		const feedback = readGeneralFeedback(formatted(general.join('####'), format));
		spec.teachingPoint = feedback.teachingPoint;
		if (spec.type === 'extended-matching') {
			const found = matchingExplanations(feedback.paragraphs, spec);
			spec.stems = spec.stems!.map((s, k) => ({ ...s, explanation: found.stems[k] }));
		}
		questions.push({ where, name, idNumber: '', category, spec, notes });
	});
	return { format: 'gift', questions, skipped };
}
