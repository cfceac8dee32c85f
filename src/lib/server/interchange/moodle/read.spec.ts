import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWKWARD_SET } from '$lib/server/testing/interchange';
import { arbitraryItems, expectCarried, setOf } from '$lib/server/testing/round-trip';
import { ImportFileError } from '$lib/server/interchange/import/model';
import { readMoodleXml } from './read';
import { writeMoodleXml } from './write';

const fixture = readFileSync('tests/fixtures/import/moodle-every-type.xml', 'utf8');
const parsed = readMoodleXml(fixture, 'every-type.xml');
const named = (name: string) => parsed.questions.find((q) => q.name === name)!;

const CARRIED = {
	difficultyAndAudiences: true,
	optionExplanationsOfMatching: true,
	scenarioExplanations: true,
	teachingPoint: true
};

describe('reading Moodle XML as Moodle writes it', () => {
	it('reads a single-answer multichoice with per-answer feedback, general feedback and id', () => {
		const q = named('Ablation margin');
		expect(q.idNumber).toBe('ABL-01');
		expect(q.where).toBe('line 12');
		expect(q.category).toBe('Liver › Ablation');
		expect(q.spec.type).toBe('single-best-answer');
		expect(q.spec.stem).toBe('A 62-year-old man has a single 2 cm metastasis.');
		expect(q.spec.leadIn).toBe('Which margin is aimed for?');
		expect(q.spec.options.map((o) => [o.text, o.correct, o.explanation])).toEqual([
			['At least 5 mm', true, 'Right: 5–10 mm is the aim.'],
			['At least 2 mm', false, 'Too narrow.'],
			['None & no margin', false, 'No: recurrence rises.']
		]);
		expect(q.spec.teachingPoint).toBe('A margin of at least 5 mm lowers local recurrence.');
		expect(q.spec.difficulty).toBe('hard');
		expect(q.spec.audiences).toEqual(['doctor']);
		expect(q.notes).toEqual([
			'"At least 2 mm" gave 50% (partial credit), and is imported as wrong'
		]);
	});

	it('imports with no source cited, so the draft waits for a passage', () => {
		for (const q of parsed.questions) expect(q.spec.source).toEqual({ passageIds: [], quote: '' });
	});

	it('reads a multiple-answer multichoice by the sign of each fraction', () => {
		const q = named('Contraindications');
		expect(q.spec.type).toBe('multiple-response');
		expect(q.spec.options.map((o) => o.correct)).toEqual([true, true, false]);
	});

	it('lets no script, event handler or remote image through', () => {
		const all = JSON.stringify(parsed.questions);
		expect(all).not.toMatch(/script|onerror|tracker|<img|alert/);
	});

	it('reads true/false with the feedback of each answer, and nested categories as a path', () => {
		const q = named('CT after ablation');
		expect(q.category).toBe('Liver › Ablation › Follow/up');
		expect(q.spec.options).toEqual([
			{ text: 'True', correct: true, explanation: 'Yes, at about a month.' },
			{ text: 'False', correct: false, explanation: 'It is the usual baseline.' }
		]);
		expect(q.spec.teachingPoint).toBe('The baseline scan shows the ablation zone.');
	});

	it('reads matching, offering subquestions without text as distractors', () => {
		const q = named('Match the scan');
		expect(q.spec.type).toBe('extended-matching');
		expect(q.spec.options.map((o) => o.text)).toEqual([
			'PET-CT',
			'MRI with liver-specific contrast',
			'Plain chest film'
		]);
		expect(q.spec.stems?.map((s) => [s.text, s.answer])).toEqual([
			['Is there extrahepatic disease?', 0],
			['How many lesions are in the liver?', 1]
		]);
	});

	it('reads short answer: full-mark answers accepted, partial ones left out and said so', () => {
		const q = named('Margin in mm');
		expect(q.spec.shortAnswer).toEqual({
			accepted: ['5', 'five', '5 * 1'],
			explanation: 'Five millimetres.'
		});
		expect(q.notes).toEqual(['the answer "10" gave 50% (partial credit) and is left out']);
	});

	it('imports a cloze of one short-answer or choice part with a blank where it stood', () => {
		expect(named('Cloze one blank').spec).toMatchObject({
			type: 'short-answer',
			stem: 'The usual margin is ____ at least.',
			shortAnswer: { accepted: ['5 mm', 'five mm'], explanation: 'Right' }
		});
		const choice = named('Cloze choice').spec;
		expect(choice.type).toBe('single-best-answer');
		expect(choice.options.map((o) => [o.text, o.correct])).toEqual([
			['MRI', false],
			['CT', true],
			['PET', false]
		]);
	});

	it('lists every type it cannot hold as skipped, with its line and reason', () => {
		expect(parsed.skipped.map((s) => [s.name, s.where])).toEqual([
			['Explain the choice', 'line 113'],
			['Tumour size', 'line 119'],
			['Dose', 'line 125'],
			['Drag words', 'line 130'],
			['Section intro', 'line 135'],
			['Cloze two blanks', 'line 151'],
			['Cloze numeric', 'line 156']
		]);
		expect(parsed.skipped[0].reason).toMatch(/essay/);
		expect(parsed.skipped[1].reason).toMatch(/tolerance/);
		expect(parsed.skipped[5].reason).toMatch(/2 embedded answers/);
	});
});

describe('bad and hostile Moodle XML', () => {
	const refused = (xml: string) => {
		try {
			readMoodleXml(xml, 'bad.xml');
		} catch (e) {
			expect(e).toBeInstanceOf(ImportFileError);
			return (e as Error).message;
		}
		throw new Error('the file was read');
	};

	it('names the line and column of malformed XML', () => {
		expect(refused('<quiz>\n<question type="truefalse">\n<name><text>x</name>\n</quiz>')).toMatch(
			/^bad\.xml, line 3, column \d+: this is not well-formed XML/
		);
	});

	it('refuses entity expansion (billion laughs) before parsing', () => {
		const laughs = [
			'<?xml version="1.0"?>',
			'<!DOCTYPE lolz [',
			'<!ENTITY lol "lol">',
			...Array.from(
				{ length: 9 },
				(_, n) => `<!ENTITY lol${n + 1} "${`&lol${n || ''};`.repeat(10)}">`
			),
			']>',
			'<quiz><question type="essay"><name><text>&lol9;</text></name></question></quiz>'
		].join('\n');
		expect(refused(laughs)).toMatch(/line 2: the file declares a document type/);
	});

	it('refuses external entities', () => {
		const xxe =
			'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<quiz><question type="shortanswer"><name><text>&x;</text></name></question></quiz>';
		expect(refused(xxe)).toMatch(/document type/);
	});

	it('says when the XML is not a Moodle question export', () => {
		expect(refused('<html><body/></html>')).toMatch(/no <quiz> element/);
	});
});

describe('Moodle XML round trip', () => {
	it('reads back every field it carries of items full of awkward characters', () => {
		const back = readMoodleXml(writeMoodleXml(AWKWARD_SET));
		const originals = AWKWARD_SET.banks[0].items;
		expect(back.skipped).toEqual([]);
		expect(back.questions.map((q) => q.idNumber)).toEqual(originals.map((i) => i.id));
		back.questions.forEach((q, n) => expectCarried(q.spec, originals[n].spec, CARRIED));
		expect(back.questions[0].category).toBe(AWKWARD_SET.banks[0].title);
	});

	it('reads back generated items of every type', () => {
		fc.assert(
			fc.property(arbitraryItems, (specs) => {
				const back = readMoodleXml(writeMoodleXml(setOf(specs)));
				expect(back.questions).toHaveLength(specs.length);
				back.questions.forEach((q, n) => expectCarried(q.spec, specs[n], CARRIED));
			}),
			{ numRuns: 60 }
		);
	});
});
