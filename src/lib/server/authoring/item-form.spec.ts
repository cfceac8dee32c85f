import { describe, expect, it } from 'vitest';
import { banks } from '$lib/content';
import type { ItemSpec } from '$lib/content/types';
import {
	clozeFrom,
	clozeSuggestions,
	itemFormValues,
	problemField,
	readItemForm
} from './item-form';

function formOf(values: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(values))
		for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
	return form;
}

const all = banks.flatMap((b) => b.items);
const ofType = (type: ItemSpec['type']) => all.find((i) => i.type === type)!;

describe('the question editor form', () => {
	it.each(['single-best-answer', 'multiple-response', 'true-false', 'extended-matching'] as const)(
		'reads back a %s item exactly as it was written into the form',
		(type) => {
			const spec = ofType(type);
			const read = readItemForm(formOf(itemFormValues(spec, 'Why.')), spec.id);
			expect(read.errors).toEqual({});
			expect(read.note).toBe('Why.');
			expect(read.spec).toEqual(spec);
		}
	);

	it('drops option rows left empty and keeps a half-written one for the rules to report', () => {
		const read = readItemForm(
			formOf({
				type: 'single-best-answer',
				'option.0.text': 'Resection',
				'option.2.explanation': 'Half written.'
			}),
			'x'
		);
		expect(read.spec.options).toEqual([
			{ text: 'Resection', explanation: '', correct: false },
			{ text: '', explanation: 'Half written.', correct: false }
		]);
	});

	it('refuses what no form offers, beside the field', () => {
		const read = readItemForm(
			formOf({ type: 'essay', audiences: ['surgeon'], stem: 'a'.repeat(5000) }),
			'x'
		);
		expect(Object.keys(read.errors).sort()).toEqual(['audiences', 'stem', 'type']);
		expect(read.values.stem).toBe('a'.repeat(5000));
	});

	it('puts each item-writing problem beside the field it is about', () => {
		expect(problemField('option 3 has no explanation')).toBe('option.2.text');
		expect(problemField('stem "b" is empty')).toBe('scenario.1.text');
		expect(problemField('the stem is empty')).toBe('stem');
		expect(problemField('the quote is not found verbatim in a-1: "x"')).toBe('quote');
		expect(problemField('the source cites no passage')).toBe('passageIds');
		expect(problemField('the lead-in is negatively worded ("NOT", "EXCEPT")')).toBe('leadIn');
		expect(problemField('a single-best-answer item needs exactly 5 options, not 4')).toBe(
			'options'
		);
	});
});

describe('writing a cloze from a quote', () => {
	it('suggests the numbers, sizes and abbreviations a cloze could blank', () => {
		expect(
			clozeSuggestions('RFA and MWA treat tumours up to 3 cm; about 70% of the liver can go.')
		).toEqual(['RFA', 'MWA', '3 cm', '70%']);
	});

	it("suggests the bank glossary's terms in the quote's own letters, whole words only", () => {
		expect(
			clozeSuggestions('Microwave ablation heats the tumour; cryoablation freezes it.', [
				'microwave ablation',
				'ablation',
				'freezes',
				'laser'
			])
		).toEqual(['Microwave ablation', 'freezes']);
	});

	it('offers a glossary term once, however often the quote or the glossary repeats it', () => {
		expect(
			clozeSuggestions('Ablation is quick, and after ablation most go home the next day.', [
				'ablation',
				'Ablation',
				'ABLATION'
			])
		).toEqual(['Ablation']);
	});

	it('prefers the longer of two overlapping terms, and never offers a blank inside it', () => {
		// The blank replaces the first place the words stand, so "ablation" here would blank part
		// of "radiofrequency ablation", even though the words stand alone later on.
		const quote = 'Radiofrequency ablation heats the tumour; ablation can be repeated.';
		const glossary = ['ablation', 'radiofrequency ablation', 'Radiofrequency Ablation'];
		expect(clozeSuggestions(quote, glossary)).toEqual(['Radiofrequency ablation']);
		expect(clozeSuggestions(quote, [...glossary].reverse())).toEqual(['Radiofrequency ablation']);
	});

	it('offers the shorter term too where it first stands alone, in the order of the quote', () => {
		expect(
			clozeSuggestions('Ablation, such as RFA (radiofrequency ablation), treats small tumours.', [
				'radiofrequency ablation',
				'ablation',
				'rfa'
			])
		).toEqual(['Ablation', 'RFA', 'radiofrequency ablation']);
	});

	it('blanks the chosen words, keeping the unit outside the gap', () => {
		expect(clozeFrom('tumours up to 3 cm across', '3 cm')).toEqual({
			stem: 'tumours up to ____ cm across',
			accepted: '3',
			unit: 'cm'
		});
		expect(clozeFrom('treated with IRE today', 'IRE')).toEqual({
			stem: 'treated with ____ today',
			accepted: 'IRE'
		});
		expect(clozeFrom('a quote', 'absent')).toBeNull();
	});

	it('reads a short-answer item back exactly as written into the form', () => {
		const spec = ofType('short-answer');
		expect(readItemForm(formOf(itemFormValues(spec, 'Why.')), spec.id).spec).toEqual(spec);
	});
});
