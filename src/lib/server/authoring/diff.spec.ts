import { describe, expect, it } from 'vitest';
import { banks } from '$lib/content';
import { diffItems } from './diff';

const item = banks[0].items.find((i) => i.type === 'single-best-answer')!;

describe('comparing two versions of a question', () => {
	it('lists only the fields that differ, with the words removed and added', () => {
		const after = { ...item, leadIn: 'Which treatment would you now recommend?' };
		const before = { ...item, leadIn: 'Which treatment would you recommend?' };
		const diffs = diffItems(before, after);
		expect(diffs.map((d) => d.label)).toEqual(['Lead-in']);
		expect(diffs[0].parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual([
			'now'
		]);
		expect(diffs[0].parts.filter((p) => p.change === 'removed')).toEqual([]);
		const kept = diffs[0].parts.filter((p) => p.change !== 'removed').map((p) => p.text);
		expect(kept.join('')).toBe('Which treatment would you now recommend?');
	});

	it('shows a change of key as a change of the options it moved between', () => {
		const moved = {
			...item,
			options: item.options.map((o, i) => ({ ...o, correct: i === 1 }))
		};
		const before = { ...item, options: item.options.map((o, i) => ({ ...o, correct: i === 0 })) };
		const labels = diffItems(before, moved).map((d) => d.label);
		expect(labels).toEqual(['Option A', 'Option B']);
	});

	it('shows an option only one version has as wholly added', () => {
		const fewer = { ...item, options: item.options.slice(0, 4) };
		const diffs = diffItems(fewer, item);
		const added = diffs.find((d) => d.label === 'Option E')!;
		expect(added.parts.every((p) => p.change === 'added')).toBe(true);
	});

	it('finds nothing between a version and itself', () => {
		expect(diffItems(item, structuredClone(item))).toEqual([]);
	});
});

describe('an option renamed and moved', () => {
	const options = [
		{ text: 'Surgical resection', kind: 'treatment', explanation: 'Removes the tumour whole.' },
		{ text: 'Ablation', kind: 'treatment', explanation: 'Suits a small tumour.' },
		{ text: 'Systemic chemotherapy', kind: 'treatment', explanation: 'Treats spread disease.' }
	].map((o, i) => ({ ...o, correct: i === 1 }));
	const before = { ...item, options };
	// "Ablation" becomes "Microwave ablation" and goes from B to the end (C).
	const after = {
		...item,
		options: [options[0], options[2], { ...options[1], text: 'Microwave ablation' }]
	};
	const diffs = diffItems(before, after);
	const at = (label: string) => diffs.find((d) => d.label === label)!;
	const words = (label: string, change: 'added' | 'removed') =>
		at(label)
			.parts.filter((p) => p.change === change)
			.map((p) => p.text.trim())
			.filter(Boolean);

	it('compares options letter by letter: both letters it touched show a change', () => {
		expect(diffs.map((d) => d.label)).toEqual([
			'Option B',
			'Option B explanation',
			'Option C',
			'Option C explanation'
		]);
	});

	it('shows at its new letter the new name and the key mark it carried', () => {
		expect(words('Option C', 'added')).toEqual(expect.arrayContaining(['Microwave', 'ablation']));
		expect(words('Option C', 'removed')).toEqual(
			expect.arrayContaining(['Systemic', 'chemotherapy'])
		);
		const text = (change: 'added' | 'same' | 'removed') =>
			at('Option C')
				.parts.filter((p) => p.change !== change)
				.map((p) => p.text)
				.join('');
		expect(text('removed')).toBe('Microwave ablation (correct)');
		expect(text('added')).toBe('Systemic chemotherapy (incorrect)');
	});

	it('shows at its old letter the option that moved up, with its explanation', () => {
		expect(words('Option B', 'added').join(' ')).toContain('Systemic chemotherapy');
		expect(
			at('Option B explanation')
				.parts.filter((p) => p.change !== 'removed')
				.map((p) => p.text)
				.join('')
		).toBe('Treats spread disease.');
	});
});
