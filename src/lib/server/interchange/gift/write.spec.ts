import { describe, expect, it } from 'vitest';
import { AWKWARD, AWKWARD_SET } from '$lib/server/testing/interchange';
import { htmlToText } from '$lib/server/testing/markup';
import { escapeGift, writeGift } from './write';

/**
 * Reads GIFT back the way Moodle's importer does: escaped characters are set aside first, the
 * answers are what lies between the first `{` and the first `}`, general feedback follows the
 * last `####`, and the answers split on `~` and `=` (`->` for matching).
 */
const ESCAPES = [':', '#', '=', '{', '}', '~'];
const hide = (text: string) =>
	text
		.replace(/\\\\/g, '\ue0ff')
		.replace(/\\([:#={}~])/g, (_, c: string) => String.fromCharCode(0xe000 + ESCAPES.indexOf(c)))
		.replace(/\ue0ff/g, '\\');
const show = (text: string) =>
	text.replace(/[\ue000-\ue005]/g, (c) => ESCAPES[c.charCodeAt(0) - 0xe000]).trim();
const read = (text: string) => htmlToText(show(text).replace(/^\[html\]/, ''));

interface GiftQuestion {
	category?: string;
	name?: string;
	comment?: string;
	text?: string;
	answers?: string;
	generalFeedback?: string;
}

function parseGift(gift: string): GiftQuestion[] {
	return gift
		.split(/\n\s*\n/)
		.filter((block) => block.trim())
		.map((block) => {
			const lines = block.split('\n');
			const comment = lines.find((l) => l.trim().startsWith('//'));
			const text = hide(
				lines
					.filter((l) => !l.trim().startsWith('//'))
					.join('\n')
					.trim()
			);
			if (text.startsWith('$CATEGORY:')) return { category: text.slice(10).trim() };
			const nameEnd = text.indexOf('::', 2);
			const rest = text.slice(nameEnd + 2);
			const start = rest.indexOf('{');
			const end = rest.indexOf('}');
			let answers = rest.slice(start + 1, end).trim();
			const gf = answers.lastIndexOf('####');
			const generalFeedback = answers.slice(gf + 4);
			answers = answers.slice(0, gf).trim();
			return {
				comment,
				name: show(text.slice(2, nameEnd)),
				text: rest.slice(0, start),
				answers,
				generalFeedback: read(generalFeedback)
			};
		});
}

function choices(answers: string) {
	return answers
		.replace(/=/g, '~=')
		.split('~')
		.map((a) => a.trim())
		.filter(Boolean)
		.map((a) => {
			const weight = /^%(-?[0-9.]+)%/.exec(a);
			const mark = a.startsWith('=') ? '=' : weight ? weight[1] : '~';
			const body = a.replace(/^=/, '').replace(/^%-?[0-9.]+%/, '');
			const [text, feedback] = body.split('#');
			return { mark, text: read(text), feedback: read(feedback ?? '') };
		});
}

const gift = writeGift(AWKWARD_SET);
const questions = parseGift(gift);
const byName = (name: string) => questions.find((q) => q.name === name)!;

describe('GIFT', () => {
	it('escapes ~ = # { } : and backslash with a backslash', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
		expect(escapeGift('two\nlines')).toBe('two lines');
	});

	it('starts the bank with its category and names each question by the item id', () => {
		expect(questions[0].category).toBe(
			`$course$/top/Odd // bank ${AWKWARD.replace(/\n/g, ' ').replace('/', '//')}`
		);
		expect(questions.slice(1).map((q) => q.name)).toEqual([
			'odd-single',
			'odd-multiple',
			'odd-true-false',
			'odd-matching',
			'odd-short'
		]);
		expect(byName('odd-matching').comment).toBe(
			'// odd-matching, version 3; extended-matching; hard; for doctor and nurse'
		);
	});

	it('brings every character of the text back through the escaping', () => {
		const single = byName('odd-single');
		expect(read(single.text!)).toBe(`Stem ${AWKWARD}\n\nWhich is right?`);
		expect(single.generalFeedback).toBe(
			`Teaching point: Teach ${AWKWARD}\n\nSource: "Quote ${AWKWARD}" ` +
				`(Ward & "safety" (ward), passages checks-1, checks-2)`
		);
	});

	it('marks the key of a single best answer with = and gives each option its feedback', () => {
		const options = choices(byName('odd-single').answers!);
		expect(options.map((o) => o.mark)).toEqual(['~', '~', '~', '~', '=']);
		expect(options[4]).toEqual({
			mark: '=',
			text: `Five ${AWKWARD}`,
			feedback: `Because 4 ${AWKWARD}`
		});
	});

	it('weights a multiple response: the correct options share 100%, the wrong share -100%', () => {
		const options = choices(byName('odd-multiple').answers!);
		expect(options.map((o) => [o.mark, o.text])).toEqual([
			['33.33333', 'Alpha'],
			['33.33333', 'Beta & co'],
			['33.33333', 'Gamma'],
			['-100', 'Delta']
		]);
	});

	it('writes true/false as the key, then feedback for the wrong answer and for the right one', () => {
		const [key, wrong, right] = byName('odd-true-false').answers!.split('#');
		expect(key).toBe('FALSE');
		expect(read(wrong)).toBe('Not so.');
		expect(read(right)).toBe(`Indeed ${AWKWARD}`);
	});

	it('pairs each scenario with its option and lists unkeyed options as distractors', () => {
		const matching = byName('odd-matching');
		const pairs = matching
			.answers!.split('=')
			.map((a) => a.trim())
			.filter(Boolean)
			.map((a) => a.split('->'))
			.map(([scenario, option]) => [read(scenario), show(option)]);
		expect(pairs).toEqual([
			[`Scenario ${AWKWARD}`, `Odd ${AWKWARD}`],
			['Before a dose', 'Wristband'],
			['After a slip', 'Near miss report'],
			['', 'Handover'],
			['', 'Unused']
		]);
		expect(matching.generalFeedback).toContain(
			`Scenario ${AWKWARD}\nAnswer: Odd ${AWKWARD}. So ${AWKWARD}`
		);
	});

	it('writes a short answer as right answers only, each with the explanation as its feedback', () => {
		const short = byName('odd-short');
		const answers = short
			.answers!.split(/\n\s*/)
			.filter(Boolean)
			.map((line) => line.match(/^=((?:\\.|[^#\\])*)#(.*)$/)!.slice(1));
		expect(answers.map(([text]) => show(text))).toEqual([
			'2',
			'2 cm',
			'2cm',
			`two & \\*more\\* ${AWKWARD}`,
			`two & \\*more\\* ${AWKWARD} cm`,
			`two & \\*more\\* ${AWKWARD}cm`
		]);
		for (const [, feedback] of answers) expect(read(feedback)).toBe(`Twice ${AWKWARD}`);
		expect(short.answers).not.toMatch(/(^|\n)\s*~/);
	});
});
