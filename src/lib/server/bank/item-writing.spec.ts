import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec, OptionSpec } from '$lib/content/types';
import { cueingReport, itemWritingProblems, keyIsLongest } from './item-writing';

const doc = parseDocument(
	'test',
	`# Test document

## Symptoms {#symptoms}

Liver metastases may not cause any symptoms at first.

## Ablation {#ablation}

Ablation is usually used in small tumours (usually less than 3 cm in diameter) that cannot be removed with surgery.

- Microwave ablation is now more commonly used.

## Hormone therapy {#hormone-therapy}

Hormone therapy adds, blocks or removes hormones.
`
);

const treatment = (text: string, correct = false): OptionSpec => ({
	text,
	correct,
	kind: 'treatment',
	explanation: 'Why.'
});

const vignette =
	'A 64-year-old man has two colorectal liver metastases, each 2 cm across, and severe heart failure that makes an operation too risky; there is no disease outside the liver.';

function decision(overrides: Partial<ItemSpec> = {}): ItemSpec {
	return {
		id: 'ablation-choice',
		type: 'single-best-answer',
		task: 'decision',
		stem: vignette,
		leadIn: 'What is the most suitable treatment for his liver metastases?',
		options: [
			treatment('Percutaneous ablation', true),
			treatment('Major liver resection'),
			treatment('Liver transplantation'),
			treatment('Hormone therapy'),
			treatment('Observation alone')
		],
		teachingPoint: 'Ablation suits small metastases in a patient unfit for surgery.',
		difficulty: 'medium',
		audiences: ['doctor'],
		objective: 'Choose ablation for small metastases in a patient unfit for surgery.',
		source: { passageIds: ['ablation-1'], quote: 'usually less than 3 cm in diameter' },
		...overrides
	};
}

function trueFalse(id: string, stem: string, keyedTrue: boolean): ItemSpec {
	return {
		id,
		type: 'true-false',
		task: 'recall',
		stem,
		leadIn: 'True or false?',
		options: [
			{ text: 'True', correct: keyedTrue, explanation: 'Why.' },
			{ text: 'False', correct: !keyedTrue, explanation: 'Why.' }
		],
		teachingPoint: 'Point.',
		difficulty: 'easy',
		audiences: ['doctor'],
		objective: `Objective ${id}`,
		source: { passageIds: ['symptoms-1'], quote: 'may not cause any symptoms' }
	};
}

const bank = (id: string, items: ItemSpec[]): BankSpec => ({
	id,
	title: id,
	description: '',
	items
});

describe('item-writing rules for one item', () => {
	it('accept a decision item with a vignette, a focused lead-in and options of one kind', () => {
		expect(itemWritingProblems(decision(), doc)).toEqual([]);
	});

	it('ask what the item asks of the learner', () => {
		expect(itemWritingProblems(decision({ task: undefined }), doc)).toEqual([
			expect.stringMatching(/task "recall" or "decision"/)
		]);
	});

	it('refuse options of mixed kinds, and options without a kind', () => {
		const mixed = decision().options.map((o, i) => (i === 3 ? { ...o, kind: 'investigation' } : o));
		expect(itemWritingProblems(decision({ options: mixed }), doc)).toEqual([
			expect.stringMatching(/the options mix kinds \(treatment, investigation\)/)
		]);
		const unkinded = decision().options.map((o, i) => (i === 0 ? { ...o, kind: undefined } : o));
		expect(itemWritingProblems(decision({ options: unkinded }), doc)).toEqual([
			expect.stringMatching(/every option needs a kind/)
		]);
	});

	it('refuse an absolute word the cited passage does not use', () => {
		const options = decision().options.map((o, i) =>
			i === 1 ? { ...o, text: 'Resection, which always cures' } : o
		);
		expect(itemWritingProblems(decision({ options }), doc)).toEqual(
			expect.arrayContaining([expect.stringMatching(/"always" is an absolute word/)])
		);
	});

	it('allow an absolute word the source uses, but not in distractors alone', () => {
		const inKeyToo = decision().options.map((o, i) =>
			i === 0
				? { ...o, text: 'Ablation, as the tumours cannot be removed' }
				: i === 1
					? { ...o, text: 'Resection, which cannot be done' }
					: o
		);
		expect(itemWritingProblems(decision({ options: inKeyToo }), doc)).toEqual([]);
		const inDistractorOnly = decision().options.map((o, i) =>
			i === 1 ? { ...o, text: 'Resection, which cannot be done' } : o
		);
		expect(itemWritingProblems(decision({ options: inDistractorOnly }), doc)).toEqual([
			expect.stringMatching(/absolute words appear in distractors only/)
		]);
	});

	it('refuse a decision item without a vignette or without a decision in its lead-in', () => {
		expect(itemWritingProblems(decision({ stem: 'A man has liver metastases.' }), doc)).toEqual([
			expect.stringMatching(/needs a vignette/)
		]);
		expect(
			itemWritingProblems(decision({ leadIn: 'Which statement about ablation is correct?' }), doc)
		).toEqual([expect.stringMatching(/asks for a decision/)]);
	});

	it('refuse a decision asked as true or false', () => {
		const item = {
			...trueFalse('tf', vignette, true),
			task: 'decision' as const,
			leadIn: 'Is ablation the most suitable treatment?'
		};
		expect(itemWritingProblems(item, doc)).toEqual([expect.stringMatching(/not true\/false/)]);
	});

	it('refuse more than five scenarios in a matching set', () => {
		const stems = Array.from({ length: 6 }, (_, i) => ({
			id: String(i),
			text: vignette,
			answer: 0,
			explanation: 'Why.'
		}));
		const item = decision({
			type: 'extended-matching',
			stems,
			options: decision().options.map((o) => ({ ...o, correct: undefined }))
		});
		expect(itemWritingProblems(item, doc)).toEqual([expect.stringMatching(/at most 5 scenarios/)]);
	});

	it('refuse a citation that does not quote its first passage, or cites too many', () => {
		expect(
			itemWritingProblems(
				decision({
					source: { passageIds: ['ablation-2', 'ablation-1'], quote: 'usually less than 3 cm' }
				}),
				doc
			)
		).toEqual([expect.stringMatching(/cite the quoted passage first/)]);
		expect(
			itemWritingProblems(
				decision({
					source: {
						passageIds: ['ablation-1', 'ablation-2', 'symptoms-1', 'hormone-therapy-1'],
						quote: 'usually less than 3 cm'
					}
				}),
				doc
			)
		).toEqual([expect.stringMatching(/at most 3, not 4/)]);
	});
});

describe('bank-wide cueing rules', () => {
	it('measure how often the key is the longest option, and refuse more than a quarter', () => {
		const longKey = (id: string) =>
			decision({
				id,
				options: decision().options.map((o, i) =>
					i === 0 ? { ...o, text: 'Percutaneous thermal ablation under imaging guidance' } : o
				)
			});
		expect(keyIsLongest(longKey('x'))).toBe(true);
		expect(keyIsLongest(decision())).toBe(false);
		const items = [
			longKey('a'),
			decision({ id: 'b' }),
			decision({ id: 'c' }),
			decision({ id: 'd' })
		];
		const atLimit = cueingReport([bank('ablation', items)], doc);
		expect(atLimit.overall.longestKey).toEqual({ count: 1, of: 4, share: 0.25 });
		expect(atLimit.problems.filter((p) => /longest/.test(p))).toEqual([]);
		const never = cueingReport([bank('ablation', items.slice(1))], doc);
		expect(never.problems).toEqual(
			expect.arrayContaining([expect.stringMatching(/longest option in only 0% \(0 of 3\)/)])
		);
		const over = cueingReport([bank('ablation', [...items, longKey('e')])], doc);
		expect(over.problems).toEqual(
			expect.arrayContaining([expect.stringMatching(/longest option in 40% \(2 of 5\)/)])
		);
	});

	it('refuse lead-ins that name the document in more than a tenth of items', () => {
		const named = decision({
			id: 'n',
			leadIn: 'According to the document, what is the most suitable treatment?'
		});
		const tenth = [named, ...Array.from({ length: 9 }, (_, i) => decision({ id: `d${i}` }))];
		expect(
			cueingReport([bank('b', tenth)], doc).problems.filter((p) => /name the document/.test(p))
		).toEqual([]);
		expect(cueingReport([bank('b', [...tenth, { ...named, id: 'n2' }])], doc).problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/18% \(2 of 11\) of lead-ins name the document/)
			])
		);
	});

	it('refuse true/false above 15% of a bank', () => {
		const tf = trueFalse('t', 'Liver metastases may not cause any symptoms at first.', true);
		const sbas = (n: number) => Array.from({ length: n }, (_, i) => decision({ id: `s${i}` }));
		const flagged = (items: ItemSpec[]) =>
			cueingReport([bank('b', items)], doc).problems.filter((p) => /true\/false items are/.test(p));
		expect(flagged([...sbas(5), tf])).toEqual(
			[
				'bank "b": true/false items are 17% (1 of 6); at most 15%',
				'true/false items are 17% (1 of 6) of all items; at most 15%'
			].reverse()
		);
		expect(flagged([...sbas(6), tf])).toEqual([]);
	});

	it('refuse absolute words that mark false statements more often than true ones', () => {
		const falseOne = trueFalse('f', 'Liver metastases never cause symptoms.', false);
		const trueOne = trueFalse(
			't',
			'Liver metastases may not cause any symptoms at first, in all patients.',
			true
		);
		expect(cueingReport([bank('b', [falseOne])], doc).problems).toEqual(
			expect.arrayContaining([expect.stringMatching(/absolute words mark false statements: 1/)])
		);
		expect(
			cueingReport([bank('b', [falseOne, trueOne])], doc).problems.some((p) =>
				/absolute words mark/.test(p)
			)
		).toBe(false);
	});

	it('report two items that test the same fact the same way', () => {
		const report = cueingReport(
			[bank('b', [decision({ id: 'one' }), decision({ id: 'two' })])],
			doc
		);
		expect(report.duplicates.map((d) => d.itemIds)).toEqual([['one', 'two']]);
		expect(report.problems).toEqual(
			expect.arrayContaining([expect.stringMatching(/one and two test the same fact/)])
		);
	});

	it('count decisions in the named banks, topics by the passage quoted, and hard items for nurses', () => {
		const report = cueingReport(
			[
				bank('ablation', [
					decision(),
					trueFalse('t', 'Liver metastases may not cause any symptoms at first.', true)
				])
			],
			doc,
			{
				namedBanks: ['ablation'],
				minDecisionsPerNamedBank: 2,
				topics: [{ name: 'presentation', sections: ['symptoms'], min: 2 }],
				minHardNurseItems: 1
			}
		);
		expect(report.banks[0]).toMatchObject({ decisions: 1, hardNurseItems: 0 });
		expect(report.topics).toEqual([{ name: 'presentation', items: 1, min: 2 }]);
		expect(report.problems.filter((p) => !/true\/false|longest/.test(p))).toEqual([
			'bank "ablation" has 1 decision items; at least 2 are needed',
			'1 items cover presentation; at least 2 are needed',
			'there are 0 hard items for nurses; at least 1 are needed'
		]);
	});
});
