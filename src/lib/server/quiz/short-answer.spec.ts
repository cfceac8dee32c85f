import { describe, expect, it } from 'vitest';
import { isAccepted, normaliseAnswer, readTypedAnswer, TYPED_ANSWER_MAX } from './short-answer';

const threeCm = { accepted: ['3'], unit: 'cm', explanation: '' };
const seventyPercent = { accepted: ['70'], unit: '%', explanation: '' };
const term = { accepted: ['radiofrequency ablation', 'RFA'], explanation: '' };

describe('normaliseAnswer', () => {
	it('ignores case and surrounding or repeated spaces', () => {
		expect(normaliseAnswer('  Radiofrequency   ABLATION ')).toBe('radiofrequency ablation');
	});

	it('folds Unicode compatibility forms: full-width digits and non-breaking spaces', () => {
		expect(normaliseAnswer('３\u00a0cm', 'cm')).toBe('3');
		expect(normaliseAnswer('ﬁbrosis')).toBe('fibrosis');
	});

	it('treats a composed and a decomposed accent alike', () => {
		expect(normaliseAnswer('cafe\u0301')).toBe(normaliseAnswer('caf\u00e9'));
	});

	it('drops a trailing full stop', () => {
		expect(normaliseAnswer('Surgery.')).toBe('surgery');
		expect(normaliseAnswer('3 cm.', 'cm')).toBe('3');
	});

	it('keeps a decimal point inside a number', () => {
		expect(normaliseAnswer('2.5')).toBe('2.5');
		expect(normaliseAnswer('.5')).toBe('0.5');
	});

	it('writes 3, 3.0 and three as one number', () => {
		expect(normaliseAnswer('3.0')).toBe('3');
		expect(normaliseAnswer('3.50')).toBe('3.5');
		expect(normaliseAnswer('three')).toBe('3');
		expect(normaliseAnswer('Seventy-five')).toBe('75');
		expect(normaliseAnswer('twenty five')).toBe('25');
	});

	it('does not read a number word inside another word', () => {
		expect(normaliseAnswer('someone')).toBe('someone');
		expect(normaliseAnswer('often')).toBe('often');
	});

	it('writes a range with a hyphen or a dash as "to"', () => {
		expect(normaliseAnswer('1-3')).toBe('1 to 3');
		expect(normaliseAnswer('1 – 3')).toBe('1 to 3');
		expect(normaliseAnswer('one to three')).toBe('1 to 3');
	});

	it('drops the unit after a number, written close, spaced or spelled out', () => {
		for (const typed of ['3cm', '3 cm', '3 centimetres', '3 centimeter', 'three cm', '3 CM'])
			expect(normaliseAnswer(typed, 'cm'), typed).toBe('3');
		for (const typed of ['70%', '70 %', '70 per cent', 'seventy percent'])
			expect(normaliseAnswer(typed, '%'), typed).toBe('70');
	});

	it('keeps another unit, so that a wrong unit stays wrong', () => {
		expect(normaliseAnswer('3 mm', 'cm')).toBe('3 mm');
	});

	it('keeps a unit when the item has none', () => {
		expect(normaliseAnswer('3 cm')).toBe('3 cm');
	});

	it('leaves a unit spelling alone when no number comes before it', () => {
		expect(normaliseAnswer('cm', 'cm')).toBe('cm');
	});

	it('accepts a unit the list of spellings does not know, as written in the item', () => {
		expect(normaliseAnswer('50 Gy', 'Gy')).toBe('50');
	});

	it('gives the same result when applied twice', () => {
		for (const typed of ['Three cm.', ' 3.0 – 5.0 cm ', '70 per cent'])
			expect(normaliseAnswer(normaliseAnswer(typed, 'cm'), 'cm')).toBe(
				normaliseAnswer(typed, 'cm')
			);
	});
});

describe('isAccepted', () => {
	it('accepts a number in any spelling with the unit written or left out', () => {
		for (const typed of ['3', '3.0', 'three', '3cm', '3 cm', '3 centimetres', 'Three CM.'])
			expect(isAccepted(threeCm, typed), typed).toBe(true);
	});

	it('refuses another number or another unit', () => {
		for (const typed of ['5', '30', '3 mm', '0.3', '3 or 5'])
			expect(isAccepted(threeCm, typed), typed).toBe(false);
	});

	it('accepts a percentage written with the sign or in words', () => {
		expect(isAccepted(seventyPercent, '70 %')).toBe(true);
		expect(isAccepted(seventyPercent, 'Seventy per cent')).toBe(true);
		expect(isAccepted(seventyPercent, '17%')).toBe(false);
	});

	it('accepts any of the accepted answers, whatever the case', () => {
		expect(isAccepted(term, 'rfa')).toBe(true);
		expect(isAccepted(term, 'Radiofrequency ablation.')).toBe(true);
		expect(isAccepted(term, 'microwave ablation')).toBe(false);
	});

	it('accepts an answer whose accepted form carries the unit itself', () => {
		expect(isAccepted({ accepted: ['3 cm'], unit: 'cm', explanation: '' }, '3')).toBe(true);
	});

	it('refuses an empty answer even against an accepted answer that normalises to nothing', () => {
		expect(isAccepted({ accepted: ['.'], explanation: '' }, ' ')).toBe(false);
	});
});

describe('readTypedAnswer', () => {
	it('keeps what was typed, trimmed and with spaces collapsed', () => {
		expect(readTypedAnswer('  Three   cm ')).toBe('Three cm');
	});

	it('reads nothing from an empty field, a missing one or a file', () => {
		expect(readTypedAnswer('   ')).toBeNull();
		expect(readTypedAnswer(null)).toBeNull();
		expect(readTypedAnswer(new File(['3'], 'a.txt'))).toBeNull();
	});

	it('refuses an answer longer than the limit rather than cutting it', () => {
		expect(readTypedAnswer('a'.repeat(TYPED_ANSWER_MAX))).toHaveLength(TYPED_ANSWER_MAX);
		expect(readTypedAnswer('a'.repeat(TYPED_ANSWER_MAX + 1))).toBeNull();
	});
});
