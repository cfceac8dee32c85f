import { describe, expect, it } from 'vitest';
import { BANK_TITLE_MAX } from '$lib/authoring';
import { bankTitleKey, categoryBankTitle } from './categories';
import { categoryPath } from './model';

/** A category as Moodle XML's `<category>` or GIFT's `$CATEGORY:` gives it, as a bank title. */
const titleOf = (raw: string) => categoryBankTitle(categoryPath(raw));

describe('a category as a bank title', () => {
	it('reads a nested Moodle category as its path, without Moodle’s prefixes', () => {
		expect(titleOf('$course$/top/Liver/Ablation')).toBe('Liver › Ablation');
		expect(titleOf('$system$/top/Imaging')).toBe('Imaging');
		expect(titleOf('Liver/Imaging')).toBe('Liver › Imaging');
		expect(titleOf('$course$/top/Liver/Follow//up')).toBe('Liver › Follow/up');
	});

	it('gives no title to a path with nothing left once the prefixes go', () => {
		for (const raw of ['$course$/top', '$system$', 'top', '', '  /  / '])
			expect(titleOf(raw)).toBe('');
	});

	it('leaves out names with no letter or digit, and gives none when nothing else is left', () => {
		expect(titleOf('$course$/top/Liver/---/Ablation')).toBe('Liver › Ablation');
		expect(titleOf('$course$/top/?!/…')).toBe('');
		expect(titleOf('$course$/top/Лечение/2024')).toBe('Лечение › 2024');
	});

	it('tidies spacing and control characters within each name', () => {
		expect(titleOf('$course$/top/  Liver \t metastases /Ablation\u0007 ')).toBe(
			'Liver metastases › Ablation'
		);
	});

	it('keeps the innermost categories of a path too long for a title', () => {
		const outer = Array.from({ length: 8 }, (_, n) => `Outer category number ${n + 1}`);
		const title = titleOf(['$course$', 'top', ...outer, 'Ablation'].join('/'));
		expect(title.length).toBeLessThanOrEqual(BANK_TITLE_MAX);
		expect(title.startsWith('… › ')).toBe(true);
		expect(title.endsWith('Outer category number 8 › Ablation')).toBe(true);
	});

	it('cuts a single name too long for a title at its end', () => {
		const title = titleOf(`$course$/top/Liver/${'Ablation '.repeat(40)}`);
		expect(title).toHaveLength(BANK_TITLE_MAX);
		expect(title.startsWith('Ablation Ablation')).toBe(true);
		expect(title.endsWith('…')).toBe(true);
	});
});

describe('matching a category’s title to a bank', () => {
	it('ignores case, surrounding spaces and runs of spaces', () => {
		expect(bankTitleKey('  liver  ›  ABLATION ')).toBe(bankTitleKey('Liver › Ablation'));
	});

	it('tells apart titles that differ in more than case and spacing', () => {
		expect(bankTitleKey('Liver / Ablation')).not.toBe(bankTitleKey('Liver › Ablation'));
		expect(bankTitleKey('Liver › Ablations')).not.toBe(bankTitleKey('Liver › Ablation'));
	});
});
