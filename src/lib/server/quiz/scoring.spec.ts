import { describe, expect, it } from 'vitest';
import { banks } from '$lib/content';
import type { ItemSpec } from '$lib/content/types';
import { chosenOptions, learnerItem, maxMarksFor, parseResponse, scoreResponse } from './scoring';

const all = banks.flatMap((b) => b.items);
const ofType = (type: ItemSpec['type']) => all.find((i) => i.type === type)!;
const keyOf = (spec: ItemSpec) => spec.options.flatMap((o, i) => (o.correct ? [i] : []));

/** A hand-made item: `correct` lists the keyed options of a choice item. */
function item(
	type: ItemSpec['type'],
	optionCount: number,
	correct: number[] = [],
	stems?: ItemSpec['stems']
): ItemSpec {
	return {
		id: 'made-up',
		type,
		stem: 'A patient asks about treatment.',
		leadIn: 'Which apply?',
		options: Array.from({ length: optionCount }, (_, i) => ({
			text: `Option ${i}`,
			...(type === 'extended-matching' ? {} : { correct: correct.includes(i) }),
			explanation: `Why option ${i}`
		})),
		stems,
		teachingPoint: 'The point.',
		difficulty: 'easy',
		audiences: ['doctor'],
		objective: 'Know it.',
		source: { passageIds: ['p-1'], quote: 'q' }
	};
}

const matching = (optionCount: number) =>
	item(
		'extended-matching',
		optionCount,
		[],
		[
			{ id: 'a', text: 'First case', answer: 0, explanation: 'A' },
			{ id: 'b', text: 'Second case', answer: 2, explanation: 'B' }
		]
	);

function form(entries: [string, string][]): FormData {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

describe('reading and marking answers', () => {
	it('marks a single best answer right only for the keyed option', () => {
		const spec = ofType('single-best-answer');
		const [key] = keyOf(spec);
		expect(scoreResponse(spec, { kind: 'choice', chosen: [key] })).toEqual({
			correct: true,
			marks: 1
		});
		const wrong = (key + 1) % 5;
		expect(scoreResponse(spec, { kind: 'choice', chosen: [wrong] })).toEqual({
			correct: false,
			marks: 0
		});
	});

	it('needs exactly the keyed set for a multiple-response item', () => {
		const spec = ofType('multiple-response');
		const key = keyOf(spec);
		expect(scoreResponse(spec, { kind: 'choice', chosen: key }).correct).toBe(true);
		const extra = spec.options.findIndex((o) => !o.correct);
		expect(scoreResponse(spec, { kind: 'choice', chosen: [...key, extra].sort() }).correct).toBe(
			false
		);
		if (key.length > 1)
			expect(scoreResponse(spec, { kind: 'choice', chosen: key.slice(1) }).correct).toBe(false);
	});

	it('gives a mark per stem of an extended-matching set', () => {
		const spec = ofType('extended-matching');
		const stems = spec.stems!;
		const allRight = Object.fromEntries(stems.map((s) => [s.id, s.answer]));
		expect(scoreResponse(spec, { kind: 'matching', chosen: allRight })).toEqual({
			correct: true,
			marks: stems.length
		});
		const oneWrong = { ...allRight, [stems[0].id]: (stems[0].answer + 1) % spec.options.length };
		expect(scoreResponse(spec, { kind: 'matching', chosen: oneWrong })).toEqual({
			correct: false,
			marks: stems.length - 1
		});
		expect(maxMarksFor(spec)).toBe(stems.length);
	});

	it('reads a form, ignoring out-of-range and duplicate choices', () => {
		const mr = ofType('multiple-response');
		expect(
			parseResponse(
				mr,
				form([
					['choice', '2'],
					['choice', '0'],
					['choice', '2'],
					['choice', '99'],
					['choice', 'x']
				])
			)
		).toEqual({ kind: 'choice', chosen: [0, 2] });
		expect(parseResponse(mr, form([]))).toBeNull();
		const sba = ofType('single-best-answer');
		expect(parseResponse(sba, form([['choice', '5']]))).toBeNull();
		const emq = ofType('extended-matching');
		const first = emq.stems![0].id;
		expect(parseResponse(emq, form([[`stem-${first}`, '1']]))).toEqual({
			kind: 'matching',
			chosen: Object.fromEntries(emq.stems!.map((s) => [s.id, s.id === first ? 1 : null]))
		});
	});

	it('strips the key and explanations from what a learner is sent', () => {
		for (const spec of all) {
			const shown = JSON.stringify(learnerItem(spec));
			expect(shown).not.toContain('"correct"');
			expect(shown).not.toContain('"explanation"');
			for (const option of spec.options) expect(shown).not.toContain(option.explanation);
			expect(shown).not.toContain(spec.teachingPoint);
			expect(shown).not.toContain('"answer"');
		}
	});

	it('gives no mark for a multiple-response answer with the right number of choices but one wrong', () => {
		const spec = item('multiple-response', 5, [0, 2, 3]);
		expect(scoreResponse(spec, { kind: 'choice', chosen: [0, 2, 3] })).toEqual({
			correct: true,
			marks: 1
		});
		expect(scoreResponse(spec, { kind: 'choice', chosen: [0, 2, 4] })).toEqual({
			correct: false,
			marks: 0
		});
		expect(scoreResponse(spec, { kind: 'choice', chosen: [1, 4] }).correct).toBe(false);
	});

	it('gives nothing for an answer of the wrong kind for its item', () => {
		const emq = matching(6);
		expect(scoreResponse(emq, { kind: 'choice', chosen: [0, 2] })).toEqual({
			correct: false,
			marks: 0
		});
		const sba = item('single-best-answer', 5, [0]);
		expect(scoreResponse(sba, { kind: 'matching', chosen: { a: 0 } })).toEqual({
			correct: false,
			marks: 0
		});
	});

	it('gives nothing for choices sent to a matching set whose scenarios are numbered', () => {
		const numbered = item(
			'extended-matching',
			6,
			[],
			[
				{ id: '0', text: 'First case', answer: 0, explanation: 'A' },
				{ id: '1', text: 'Second case', answer: 2, explanation: 'B' }
			]
		);
		expect(scoreResponse(numbered, { kind: 'choice', chosen: [0, 2] }).marks).toBe(0);
	});

	it('gives no marks for a matching set without scenarios, and reads no answer to it', () => {
		const empty = item('extended-matching', 6);
		expect(scoreResponse(empty, { kind: 'matching', chosen: {} }).marks).toBe(0);
		expect(parseResponse(empty, form([['stem-a', '1']]))).toBeNull();
	});

	it('marks an extended-matching set with a stem left unanswered as partly right', () => {
		const emq = matching(6);
		expect(scoreResponse(emq, { kind: 'matching', chosen: { a: 0, b: null } })).toEqual({
			correct: false,
			marks: 1
		});
	});

	it('is worth one mark for a choice item and one per stem for a matching set', () => {
		expect(maxMarksFor(item('single-best-answer', 5, [0]))).toBe(1);
		expect(maxMarksFor(item('multiple-response', 5, [0, 1]))).toBe(1);
		expect(maxMarksFor(matching(6))).toBe(2);
		expect(maxMarksFor(item('extended-matching', 6))).toBe(0);
	});

	it('refuses option indices that are negative, fractional, padded or not numbers', () => {
		const spec = item('single-best-answer', 5, [1]);
		for (const value of ['-1', '1.5', '1e0', ' 1', '1 ', '+1', '0x1', '', 'one'])
			expect(parseResponse(spec, form([['choice', value]])), value).toBeNull();
		expect(parseResponse(spec, form([['choice', '4']]))).toEqual({ kind: 'choice', chosen: [4] });
		expect(parseResponse(spec, form([['choice', '0']]))).toEqual({ kind: 'choice', chosen: [0] });
	});

	it('accepts an index of two digits when there are that many options', () => {
		const emq = matching(12);
		expect(parseResponse(emq, form([['stem-a', '11']]))).toEqual({
			kind: 'matching',
			chosen: { a: 11, b: null }
		});
		expect(parseResponse(emq, form([['stem-a', '12']]))).toBeNull();
	});

	it('refuses a file sent in place of a choice', () => {
		const spec = item('single-best-answer', 5, [1]);
		const f = new FormData();
		f.append('choice', new Blob(['1']), '1');
		expect(parseResponse(spec, f)).toBeNull();
	});

	it('reads one choice for a single-answer item, however many are sent', () => {
		const spec = item('single-best-answer', 5, [1]);
		expect(
			parseResponse(
				spec,
				form([
					['choice', '3'],
					['choice', '1']
				])
			)
		).toEqual({ kind: 'choice', chosen: [3] });
	});

	it('orders the choices of a multiple-response answer by number, not as text', () => {
		const spec = item('multiple-response', 12, [2, 10]);
		expect(
			parseResponse(
				spec,
				form([
					['choice', '10'],
					['choice', '2']
				])
			)
		).toEqual({ kind: 'choice', chosen: [2, 10] });
	});

	it('reads nothing from a matching form with no stem answered', () => {
		const emq = matching(6);
		expect(parseResponse(emq, form([['choice', '1']]))).toBeNull();
		expect(parseResponse(emq, form([['stem-a', '9']]))).toBeNull();
	});

	it('lists every option a response chose, and only answered stems of a matching set', () => {
		expect(chosenOptions({ kind: 'choice', chosen: [1, 3] })).toEqual([1, 3]);
		expect(chosenOptions({ kind: 'matching', chosen: { a: 4, b: null, c: 0 } })).toEqual([4, 0]);
	});

	it('sends a learner the stem, lead-in, option texts and scenario texts, nothing more', () => {
		expect(learnerItem(matching(6))).toEqual({
			type: 'extended-matching',
			stem: 'A patient asks about treatment.',
			leadIn: 'Which apply?',
			options: Array.from({ length: 6 }, (_, i) => ({ text: `Option ${i}` })),
			stems: [
				{ id: 'a', text: 'First case' },
				{ id: 'b', text: 'Second case' }
			],
			unit: null
		});
		expect(learnerItem(item('single-best-answer', 5, [0])).stems).toEqual([]);
	});
});

describe('short-answer items', () => {
	const cloze: ItemSpec = {
		...item('short-answer', 0),
		stem: 'Ablation suits tumours under ____.',
		shortAnswer: { accepted: ['3'], unit: 'cm', explanation: 'Usually less than 3 cm.' }
	};
	const typed = (text: string) => {
		const form = new FormData();
		form.set('answer', text);
		return form;
	};

	it('reads what the learner typed, trimmed, and nothing from an empty field', () => {
		expect(parseResponse(cloze, typed('  Three  cm '))).toEqual({ kind: 'text', text: 'Three cm' });
		expect(parseResponse(cloze, typed('   '))).toBeNull();
		expect(parseResponse(cloze, new FormData())).toBeNull();
	});

	it('ignores a choice sent to a short-answer item', () => {
		const form = new FormData();
		form.set('choice', '0');
		expect(parseResponse(cloze, form)).toBeNull();
	});

	it('marks a typed answer right in any accepted spelling, with or without the unit', () => {
		for (const text of ['3', '3cm', 'three centimetres', '3.0 CM.'])
			expect(scoreResponse(cloze, { kind: 'text', text }), text).toEqual({
				correct: true,
				marks: 1
			});
	});

	it('marks another number, another unit, or a choice wrong', () => {
		expect(scoreResponse(cloze, { kind: 'text', text: '5 cm' })).toEqual({
			correct: false,
			marks: 0
		});
		expect(scoreResponse(cloze, { kind: 'text', text: '3 mm' })).toEqual({
			correct: false,
			marks: 0
		});
		expect(scoreResponse(cloze, { kind: 'choice', chosen: [0] })).toEqual({
			correct: false,
			marks: 0
		});
	});

	it('marks nothing right on an item that lacks its accepted answers', () => {
		const bare: ItemSpec = { ...cloze, shortAnswer: undefined };
		expect(scoreResponse(bare, { kind: 'text', text: '3' }).correct).toBe(false);
	});

	it('sends the learner the stem and the unit, never the accepted answers or the explanation', () => {
		const sent = learnerItem(cloze);
		expect(sent).toEqual({
			type: 'short-answer',
			stem: 'Ablation suits tumours under ____.',
			leadIn: 'Which apply?',
			options: [],
			stems: [],
			unit: 'cm'
		});
		expect(JSON.stringify(sent)).not.toMatch(/"3"|less than/);
	});

	it('counts a typed answer as choosing no option', () => {
		expect(chosenOptions({ kind: 'text', text: '3' })).toEqual([]);
	});

	it('gives a short-answer item one mark', () => {
		expect(maxMarksFor(cloze)).toBe(1);
	});
});
