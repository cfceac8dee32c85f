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
