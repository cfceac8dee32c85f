import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWKWARD_SET } from '$lib/server/testing/interchange';
import { arbitraryItems, expectCarried, setOf } from '$lib/server/testing/round-trip';
import { readGift } from './read';
import { writeGift } from './write';

const parsed = readGift(readFileSync('tests/fixtures/import/gift-every-type.gift', 'utf8'));
const named = (name: string) => parsed.questions.find((q) => q.name === name)!;

const CARRIED = {
	difficultyAndAudiences: false,
	optionExplanationsOfMatching: false,
	scenarioExplanations: true,
	teachingPoint: true
};

describe('reading GIFT as Moodle documents it', () => {
	it('reads multiple choice with titles, HTML, feedback, weights and general feedback', () => {
		const q = named('Baseline scan');
		expect(q.where).toBe('line 4');
		expect(q.category).toBe('Liver › Imaging');
		expect(q.spec).toMatchObject({
			type: 'single-best-answer',
			stem: 'A patient had ablation a month ago.',
			leadIn: 'Which scan is the usual baseline?',
			teachingPoint: 'The baseline is a CT at about a month.'
		});
		expect(q.spec.options.map((o) => [o.text, o.correct, o.explanation])).toEqual([
			['CT with contrast', true, 'Right: it shows the ablation zone.'],
			['MRI', false, 'Used when CT is unclear.'],
			['Ultrasound', false, 'Partly: it misses small recurrences.'],
			['PET-CT', false, 'Not routine.']
		]);
		expect(q.notes).toEqual(['"Ultrasound" gave 50% (partial credit), and is imported as wrong']);
	});

	it('reads true/false with the wrong answer’s feedback first, and an escaped colon in a title', () => {
		const q = named('Grant: true/false');
		expect(q.spec.options).toEqual([
			{ text: 'True', correct: false, explanation: 'Sedation is often enough.' },
			{ text: 'False', correct: true, explanation: 'Right, sedation is often enough.' }
		]);
	});

	it('reads weighted answers without = as multiple response', () => {
		expect(named('Multiple').spec.options.map((o) => [o.text, o.correct])).toEqual([
			['Coagulopathy', true],
			['Hilar tumour', true],
			['Age over 70', false]
		]);
	});

	it('reads matching pairs, a pair without a question being a distractor', () => {
		const q = named('Matching').spec;
		expect(q.options.map((o) => o.text)).toEqual(['PET-CT', 'MRI', 'Chest film']);
		expect(q.stems?.map((s) => [s.text, s.answer])).toEqual([
			['Extrahepatic disease?', 0],
			['Number of liver lesions?', 1]
		]);
	});

	it('reads right answers only as short answer, leaving partial credit out', () => {
		expect(named('Short').spec.shortAnswer).toEqual({
			accepted: ['5', 'five'],
			explanation: 'Five millimetres.'
		});
	});

	it('puts a blank where a missing-word answer block stood', () => {
		expect(named('Missing word').spec.stem).toBe(
			'The first scan after ablation is ____ at one month.'
		);
	});

	it('unescapes every special character and \\n', () => {
		const q = named('Escapes').spec;
		expect(q.stem).toBe('Special characters ~ = # { } : and \\ with a line\nbreak.');
		expect(q.options[0]).toEqual({ text: 'yes = no', correct: true, explanation: 'fine' });
	});

	it('keeps markdown text as written and names an untitled question by its text', () => {
		expect(named('Who wrote *GIFT*?').spec.stem).toBe('Who wrote *GIFT*?');
	});

	it('lists essay, numerical and description as skipped with line and reason', () => {
		expect(parsed.skipped.map((s) => [s.name, s.where])).toEqual([
			['Essay', 'line 33'],
			['Numeric', 'line 35'],
			['Description', 'line 37']
		]);
		expect(parsed.skipped.map((s) => s.reason)).toEqual([
			expect.stringMatching(/essay/),
			expect.stringMatching(/tolerance/),
			expect.stringMatching(/description/)
		]);
	});
});

describe('bad GIFT', () => {
	it('names the line of an answer block never closed', () => {
		expect(() => readGift('::a:: one {=x}\n\n::b:: two {=y ~z', 'q.gift')).toThrow(
			'q.gift, line 3: the answer block opened with { is never closed with }.'
		);
	});

	it('names the line of a title never closed', () => {
		expect(() => readGift('\n::a one {=x}', 'q.gift')).toThrow(/q\.gift, line 2: the title/);
	});
});

describe('GIFT round trip', () => {
	it('reads back every field it carries of items full of awkward characters', () => {
		const back = readGift(writeGift(AWKWARD_SET));
		const originals = AWKWARD_SET.banks[0].items;
		expect(back.skipped).toEqual([]);
		expect(back.questions.map((q) => q.name)).toEqual(originals.map((i) => i.id));
		back.questions.forEach((q, n) => expectCarried(q.spec, originals[n].spec, CARRIED));
	});

	it('reads back generated items of every type', () => {
		fc.assert(
			fc.property(arbitraryItems, (specs) => {
				const back = readGift(writeGift(setOf(specs)));
				expect(back.questions).toHaveLength(specs.length);
				back.questions.forEach((q, n) => expectCarried(q.spec, specs[n], CARRIED));
			}),
			{ numRuns: 60 }
		);
	});
});
