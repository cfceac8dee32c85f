import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec } from '$lib/content/types';
import { checkBankSizes, validateBanks } from './validate';

const doc = parseDocument(
	'test',
	`# Test document

## Ablation {#ablation}

Ablation destroys liver metastases with heat, chemicals or electrical signals.

- Percutaneous ablation is done under sedation.

<!-- non-examinable -->
A list follows:
`
);

function sba(overrides: Partial<ItemSpec> = {}): ItemSpec {
	return {
		id: 'bank-sba',
		type: 'single-best-answer',
		stem: 'A patient is offered ablation.',
		leadIn: 'Which of these can ablation use to destroy metastases?',
		options: [
			{ text: 'Heat', correct: true, explanation: 'Named in the passage.' },
			{ text: 'Ultrasound waves alone', correct: false, explanation: 'Not named.' },
			{ text: 'Cold saline', correct: false, explanation: 'Not named.' },
			{ text: 'Magnetism', correct: false, explanation: 'Not named.' },
			{ text: 'Light', correct: false, explanation: 'Not named.' }
		],
		teachingPoint: 'Heat, chemicals or electrical signals.',
		difficulty: 'easy',
		audiences: ['doctor'],
		objective: 'Name the means of ablation.',
		source: { passageIds: ['ablation-1'], quote: 'heat, chemicals or electrical signals' },
		...overrides
	};
}

function problemsOf(...items: ItemSpec[]): string[] {
	const bank: BankSpec = { id: 'bank', title: 'Bank', description: '', items };
	return validateBanks([bank], doc).problems.map((p) => `${p.itemId}: ${p.message}`);
}

describe('the bank validator', () => {
	it('accepts a well-formed item', () => {
		expect(problemsOf(sba())).toEqual([]);
	});

	it('rejects a quote that is not verbatim in its passage', () => {
		const item = sba({
			source: { passageIds: ['ablation-1'], quote: 'heat, cold or electrical signals' }
		});
		expect(problemsOf(item)).toEqual([
			expect.stringMatching(/bank-sba: the quote is not found verbatim/)
		]);
	});

	it('tolerates curly apostrophes and spacing in a quote, nothing more', () => {
		const item = sba({
			source: { passageIds: ['ablation-1'], quote: '  heat,   chemicals or electrical signals ' }
		});
		expect(problemsOf(item)).toEqual([]);
	});

	it('rejects an unknown passage id', () => {
		const item = sba({ source: { passageIds: ['ablation-9'], quote: 'heat' } });
		expect(problemsOf(item).join()).toMatch(/unknown passage "ablation-9"/);
	});

	it('rejects a source that cites the same passage twice', () => {
		const item = sba({
			source: { passageIds: ['ablation-1', 'ablation-1'], quote: 'heat' }
		});
		expect(problemsOf(item)).toEqual(['bank-sba: the source cites passage "ablation-1" twice']);
	});

	it('rejects a single-best-answer item without exactly one correct option', () => {
		const options = sba().options.map((o) => ({ ...o, correct: true }));
		expect(problemsOf(sba({ options })).join()).toMatch(/exactly one correct option, not 5/);
	});

	it('rejects a single-best-answer item with other than 5 options', () => {
		expect(problemsOf(sba({ options: sba().options.slice(0, 4) })).join()).toMatch(
			/exactly 5 options, not 4/
		);
	});

	it('rejects duplicate and empty options', () => {
		const options = sba().options;
		const duplicated = [
			options[0],
			options[1],
			{ ...options[1], text: 'ultrasound  WAVES alone' },
			options[3],
			options[4]
		];
		expect(problemsOf(sba({ options: duplicated })).join()).toMatch(/option 3 duplicates another/);
		const empty = [options[0], options[1], { ...options[2], text: ' ' }, options[3], options[4]];
		expect(problemsOf(sba({ options: empty })).join()).toMatch(/option 3 is empty/);
	});

	it('rejects "all of the above" and "none of the above"', () => {
		const options = sba()
			.options.slice(0, 4)
			.concat({ text: 'None of the above', correct: false, explanation: 'x' });
		expect(problemsOf(sba({ options })).join()).toMatch(/all\/none of the above/);
		const all = sba()
			.options.slice(0, 4)
			.concat({ text: 'All of the above', correct: false, explanation: 'x' });
		expect(problemsOf(sba({ options: all })).join()).toMatch(/all\/none of the above/);
	});

	it('rejects a negative lead-in unless it is marked deliberate', () => {
		const negative = sba({ leadIn: 'Which of these is NOT a means of ablation?' });
		expect(problemsOf(negative).join()).toMatch(/negatively worded/);
		expect(problemsOf(sba({ leadIn: 'All are true EXCEPT which?' })).join()).toMatch(
			/negatively worded/
		);
		expect(problemsOf({ ...negative, deliberateNegative: true })).toEqual([]);
	});

	it('allows the matching instruction "used once, more than once or not at all"', () => {
		expect(
			problemsOf(sba({ leadIn: 'Each option may be used once, more than once or not at all.' }))
		).toEqual([]);
	});

	it('rejects a missing explanation, teaching point or objective', () => {
		const options = sba().options.map((o, i) => (i === 2 ? { ...o, explanation: '' } : o));
		expect(problemsOf(sba({ options })).join()).toMatch(/option 3 has no explanation/);
		expect(problemsOf(sba({ teachingPoint: '' })).join()).toMatch(/teaching point is missing/);
		expect(problemsOf(sba({ objective: '' })).join()).toMatch(/objective is missing/);
	});

	it('rejects a duplicate id', () => {
		expect(problemsOf(sba(), sba()).join()).toMatch(/bank-sba: the item id is used twice/);
	});

	it('checks true/false and extended-matching shapes', () => {
		const tf = sba({
			id: 'bank-tf',
			type: 'true-false',
			options: [
				{ text: 'Yes', correct: true, explanation: 'x' },
				{ text: 'No', correct: false, explanation: 'y' }
			]
		});
		expect(problemsOf(tf).join()).toMatch(/options "True" then "False"/);
		const emq = sba({
			id: 'bank-emq',
			type: 'extended-matching',
			options: sba().options,
			stems: [{ id: 'a', text: 'A case', answer: 7, explanation: 'x' }]
		});
		const problems = problemsOf(emq).join();
		expect(problems).toMatch(/at least 6 options/);
		expect(problems).toMatch(/at least 2 stems/);
		expect(problems).toMatch(/no "correct" flag/);
		expect(problems).toMatch(/points at option 7/);
	});

	it('reports coverage, with non-examinable passages left out of the gaps', () => {
		const report = validateBanks(
			[{ id: 'bank', title: 'B', description: '', items: [sba()] }],
			doc
		);
		expect(report.coverage.find((c) => c.passageId === 'ablation-1')?.itemIds).toEqual([
			'bank-sba'
		]);
		expect(report.uncovered).toEqual(['ablation-2']);
		expect(report.coverage.find((c) => c.passageId === 'ablation-3')?.examinable).toBe(false);
	});

	it('checks bank sizes and the spread of item types', () => {
		const bank: BankSpec = { id: 'ablation', title: 'A', description: '', items: [sba()] };
		const problems = checkBankSizes([bank], {
			namedBanks: ['ablation', 'surgery'],
			minItemsPerNamedBank: 2,
			minMatchingSetsPerNamedBank: 1,
			minItemsInAll: 3
		}).join('\n');
		expect(problems).toMatch(/1 items in all; at least 3/);
		expect(problems).toMatch(/bank "ablation" has 1 items/);
		expect(problems).toMatch(/bank "ablation" has no true-false item/);
		expect(problems).toMatch(/bank "surgery" is missing/);
	});
});
