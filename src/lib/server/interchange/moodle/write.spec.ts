import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { AWKWARD, AWKWARD_SET } from '$lib/server/testing/interchange';
import { htmlToText } from '$lib/server/testing/markup';
import { writeMoodleXml } from './write';

interface Text {
	text: string;
	'@_format'?: string;
}
interface Answer extends Text {
	'@_fraction': string;
	feedback?: Text;
}
interface Question {
	'@_type': string;
	name?: Text;
	idnumber?: string;
	category?: Text;
	questiontext: Text;
	generalfeedback: Text;
	single?: string;
	answer: Answer[];
	subquestion: { text: string; answer: Text[] }[];
	tags: { tag: Text[] };
}

function parse(xml: string): Question[] {
	expect(XMLValidator.validate(xml)).toBe(true);
	const parser = new XMLParser({
		ignoreAttributes: false,
		parseTagValue: false,
		parseAttributeValue: false,
		isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name)
	});
	return parser.parse(xml).quiz.question;
}

const xml = writeMoodleXml(AWKWARD_SET);
const questions = parse(xml);
const byId = (id: string) => questions.find((q) => q.name?.text === id)!;

describe('Moodle XML', () => {
	it('opens with a category for the bank, then one question per item named by its id', () => {
		expect(questions[0]['@_type']).toBe('category');
		expect(questions[0].category?.text).toBe(
			`$course$/top/Odd // bank ${AWKWARD.replace('/', '//')}`
		);
		expect(questions.slice(1).map((q) => [q['@_type'], q.name?.text, q.idnumber])).toEqual([
			['multichoice', 'odd-single', 'odd-single'],
			['multichoice', 'odd-multiple', 'odd-multiple'],
			['truefalse', 'odd-true-false', 'odd-true-false'],
			['matching', 'odd-matching', 'odd-matching'],
			['shortanswer', 'odd-short', 'odd-short']
		]);
	});

	it('escapes markup and quotes so every character of the text comes back as written', () => {
		expect(xml).not.toContain('<b>x</b>');
		const single = byId('odd-single');
		expect(single.questiontext['@_format']).toBe('html');
		expect(htmlToText(single.questiontext.text)).toBe(`Stem ${AWKWARD}\n\nWhich is right?`);
		expect(htmlToText(single.answer[4].text)).toBe(`Five ${AWKWARD}`);
		expect(htmlToText(single.answer[4].feedback!.text)).toBe(`Because 4 ${AWKWARD}`);
		expect(htmlToText(single.generalfeedback.text)).toBe(
			`Teaching point: Teach ${AWKWARD}\n\nSource: "Quote ${AWKWARD}" ` +
				`(Ward & "safety" (ward), passages checks-1, checks-2)`
		);
	});

	it('gives a single best answer 100% for the key and nothing for the rest', () => {
		const single = byId('odd-single');
		expect(single.single).toBe('true');
		expect(single.answer.map((a) => a['@_fraction'])).toEqual(['0', '0', '0', '0', '100']);
	});

	it('shares 100% among the correct options of a multiple response and -100% among the wrong', () => {
		const multiple = byId('odd-multiple');
		expect(multiple.single).toBe('false');
		expect(multiple.answer.map((a) => a['@_fraction'])).toEqual([
			'33.33333',
			'33.33333',
			'33.33333',
			'-100'
		]);
		expect(htmlToText(multiple.answer[1].text)).toBe('Beta & co');
		expect(htmlToText(multiple.answer[3].feedback!.text)).toBe('Why Delta');
	});

	it('keys a true/false item and gives each answer its explanation', () => {
		const tf = byId('odd-true-false');
		expect(tf.answer.map((a) => [a.text, a['@_fraction'], htmlToText(a.feedback!.text)])).toEqual([
			['true', '0', 'Not so.'],
			['false', '100', `Indeed ${AWKWARD}`]
		]);
	});

	it('makes each scenario a subquestion and each unkeyed option a distractor with an answer', () => {
		const matching = byId('odd-matching');
		const pairs = matching.subquestion.map((s) => [htmlToText(s.text ?? ''), s.answer[0].text]);
		expect(pairs).toEqual([
			[`Scenario ${AWKWARD}`, `Odd ${AWKWARD}`],
			['Before a dose', 'Wristband'],
			['After a slip', 'Near miss report'],
			['', 'Handover'],
			['', 'Unused']
		]);
		const feedback = htmlToText(matching.generalfeedback.text);
		expect(feedback).toContain(`Scenario ${AWKWARD}\nAnswer: Odd ${AWKWARD}. So ${AWKWARD}`);
		expect(feedback).toContain('Before a dose\nAnswer: Wristband. Check first.');
	});

	it('tags each question with its bank, type, difficulty, audiences and version', () => {
		expect(byId('odd-matching').tags.tag.map((t) => t.text)).toEqual([
			'bank:odd',
			'type:extended-matching',
			'difficulty:hard',
			'audience:doctor',
			'audience:nurse',
			'version:3'
		]);
	});

	it('writes a short answer with every accepted text, spelled with and without its unit, at full marks', () => {
		const short = byId('odd-short') as Question & { usecase: string };
		expect(short.usecase).toBe('0');
		const odd = `two & \\*more\\* ${AWKWARD}`;
		expect(short.answer.map((a) => [a['@_fraction'], a.text])).toEqual([
			['100', '2'],
			['100', '2 cm'],
			['100', '2cm'],
			['100', odd],
			['100', `${odd} cm`],
			['100', `${odd}cm`]
		]);
		expect(htmlToText(short.answer[0].feedback!.text)).toBe(`Twice ${AWKWARD}`);
		expect(htmlToText(short.questiontext.text)).toContain(
			`Check the wristband ____ times ${AWKWARD}`
		);
	});
});
