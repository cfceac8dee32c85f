import { describe, expect, it } from 'vitest';
import { banks } from '$lib/content';
import type { ItemSpec } from '$lib/content/types';
import { learnerItem, maxMarksFor, parseResponse, scoreResponse } from './scoring';

const all = banks.flatMap((b) => b.items);
const ofType = (type: ItemSpec['type']) => all.find((i) => i.type === type)!;
const keyOf = (spec: ItemSpec) => spec.options.flatMap((o, i) => (o.correct ? [i] : []));

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
});
