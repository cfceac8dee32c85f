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
		expect(problems).toMatch(/at least 8 options/);
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

	it('names every missing part of an item', () => {
		const item = sba({ stem: '  ', leadIn: '', teachingPoint: ' ', objective: '', audiences: [] });
		expect(problemsOf(item)).toEqual([
			'bank-sba: the stem is empty',
			'bank-sba: the lead-in is empty',
			'bank-sba: the teaching point is missing',
			'bank-sba: the learning objective is missing',
			'bank-sba: no audience is given (doctor, nurse)'
		]);
		const bare = { ...sba(), audiences: undefined } as unknown as ItemSpec;
		expect(problemsOf(bare)).toEqual(['bank-sba: no audience is given (doctor, nurse)']);
	});

	it('reports an item with no options or lead-in at all', () => {
		const bare = { ...sba(), options: undefined, leadIn: undefined } as unknown as ItemSpec;
		expect(problemsOf(bare)).toEqual([
			'bank-sba: the lead-in is empty',
			'bank-sba: a single-best-answer item needs exactly 5 options, not 0',
			'bank-sba: a single-best-answer item needs exactly one correct option, not 0'
		]);
	});

	it('quotes the duplicated option and numbers each problem option from 1', () => {
		const options = sba().options;
		const item = sba({
			options: [options[0], { ...options[1], text: 'HEAT' }, options[2], options[3], options[4]]
		});
		expect(problemsOf(item)).toEqual(['bank-sba: option 2 duplicates another option ("HEAT")']);
		const blankText = { ...options[4], text: undefined } as unknown as ItemSpec['options'][number];
		expect(problemsOf(sba({ options: [...options.slice(0, 4), blankText] }))).toEqual([
			'bank-sba: option 5 is empty'
		]);
		const unexplained = options.map((o, i) => (i === 0 ? { ...o, explanation: '  ' } : o));
		expect(problemsOf(sba({ options: unexplained }))).toEqual([
			'bank-sba: option 1 has no explanation'
		]);
	});

	it('catches every wording of "all/none of the above", and nothing that merely resembles it', () => {
		const withLast = (text: string) =>
			problemsOf(
				sba({ options: [...sba().options.slice(0, 4), { text, correct: false, explanation: 'x' }] })
			);
		for (const text of [
			'Both of the above',
			'neither of the options',
			'All of the answers',
			'ALL OF THE ABOVE',
			'Any: none of the above'
		])
			expect(withLast(text), text).toEqual(['bank-sba: option 5 uses "all/none of the above"']);
		for (const text of ['Recall of the above', 'All of the aboveground', 'Small of the options'])
			expect(withLast(text), text).toEqual([]);
	});

	it('reads "not", "except" and "least" as negative only as whole words, in any case', () => {
		const flagged = (leadIn: string) => problemsOf(sba({ leadIn })).length > 0;
		expect(flagged('Which is least likely?')).toBe(true);
		expect(flagged('Which is Not offered?')).toBe(true);
		expect(flagged('Which would you not at all expect, and which not?')).toBe(true);
		expect(flagged('Which is the most notable risk?')).toBe(false);
		expect(flagged('Which is the knotted vessel?')).toBe(false);
		expect(flagged('Which applies to leasts and nots?')).toBe(false);
		expect(flagged('Use each NOT AT ALL, once or twice, Not at all.')).toBe(false);
		expect(problemsOf(sba({ leadIn: 'Which is NOT offered?' }))).toEqual([
			'bank-sba: the lead-in is negatively worded ("NOT", "EXCEPT"); reword it or mark it deliberateNegative'
		]);
	});

	it('needs exactly five options and one key for a single best answer', () => {
		const options = sba().options;
		const six = [...options, { text: 'Sound', correct: false, explanation: 'Not named.' }];
		expect(problemsOf(sba({ options: six }))).toEqual([
			'bank-sba: a single-best-answer item needs exactly 5 options, not 6'
		]);
		const none = options.map((o) => ({ ...o, correct: false }));
		expect(problemsOf(sba({ options: none }))).toEqual([
			'bank-sba: a single-best-answer item needs exactly one correct option, not 0'
		]);
	});

	it('needs four options, a key and a distractor for a multiple-response item', () => {
		const options = sba().options;
		const mr = (opts: ItemSpec['options']) =>
			problemsOf(sba({ id: 'bank-mr', type: 'multiple-response', options: opts }));
		const twoKeyed = options.slice(0, 4).map((o, i) => ({ ...o, correct: i < 2 }));
		expect(mr(twoKeyed)).toEqual([]);
		expect(mr(twoKeyed.slice(0, 3))).toEqual([
			'bank-mr: a multiple-response item needs at least 4 options'
		]);
		expect(mr(twoKeyed.map((o) => ({ ...o, correct: false })))).toEqual([
			'bank-mr: a multiple-response item needs at least one correct option'
		]);
		expect(mr(twoKeyed.map((o) => ({ ...o, correct: true })))).toEqual([
			'bank-mr: a multiple-response item needs at least one incorrect option'
		]);
		expect(mr(options.map((o, i) => ({ ...o, correct: i === 4 })))).toEqual([]);
	});

	it('needs "True" then "False" with one of them keyed for a true/false item', () => {
		const tf = (texts: string[], keyed: boolean[]) =>
			problemsOf(
				sba({
					id: 'bank-tf',
					type: 'true-false',
					options: texts.map((text, i) => ({ text, correct: keyed[i], explanation: 'x' }))
				})
			);
		expect(tf(['True', 'False'], [false, true])).toEqual([]);
		expect(tf(['False', 'True'], [false, true])).toEqual([
			'bank-tf: a true/false item has the options "True" then "False"'
		]);
		expect(tf(['True', 'False'], [true, true])).toEqual([
			'bank-tf: a true/false item needs exactly one correct option'
		]);
	});

	describe('an extended-matching set', () => {
		const options = Array.from({ length: 8 }, (_, i) => ({
			text: `Treatment ${i + 1}`,
			explanation: `What treatment ${i + 1} is.`
		}));
		const stem = (id: string, answer: number) => ({
			id,
			text: `Case ${id}`,
			answer,
			explanation: `Why case ${id}.`
		});
		const emq = (overrides: Partial<ItemSpec> = {}) =>
			sba({
				id: 'bank-emq',
				type: 'extended-matching',
				options,
				stems: [stem('a', 0), stem('b', 7)],
				...overrides
			});

		it('is accepted with eight options and two scenarios, each answer among the options', () => {
			expect(problemsOf(emq())).toEqual([]);
		});

		it('is refused with seven options or one scenario', () => {
			expect(problemsOf(emq({ options: options.slice(0, 7), stems: [stem('a', 0)] }))).toEqual([
				'bank-emq: an extended-matching item needs at least 8 options',
				'bank-emq: an extended-matching item needs at least 2 stems'
			]);
			expect(problemsOf(emq({ stems: undefined }))).toEqual([
				'bank-emq: an extended-matching item needs at least 2 stems'
			]);
		});

		it('is refused when an option carries a key of its own, even a false one', () => {
			const flagged = options.map((o, i) => (i === 3 ? { ...o, correct: false } : o));
			expect(problemsOf(emq({ options: flagged }))).toEqual([
				'bank-emq: extended-matching options take no "correct" flag: each stem names its answer'
			]);
		});

		it('is refused when a scenario answers with an option one past the last, or before the first', () => {
			expect(problemsOf(emq({ stems: [stem('a', 0), stem('b', 8)] }))).toEqual([
				'bank-emq: stem "b" points at option 8, which does not exist'
			]);
			expect(problemsOf(emq({ stems: [stem('a', -1), stem('b', 1.5)] }))).toEqual([
				'bank-emq: stem "a" points at option -1, which does not exist',
				'bank-emq: stem "b" points at option 1.5, which does not exist'
			]);
		});

		it('is refused with a repeated, empty or unexplained scenario', () => {
			expect(
				problemsOf(
					emq({
						stems: [
							stem('a', 0),
							{ ...stem('a', 1), text: ' ' },
							{ ...stem('c', 2), explanation: '' }
						]
					})
				)
			).toEqual([
				'bank-emq: stem "a" is duplicated',
				'bank-emq: stem "a" is empty',
				'bank-emq: stem "c" has no explanation'
			]);
		});
	});

	it('allows scenarios only on extended-matching items, and refuses an unknown type', () => {
		expect(problemsOf(sba({ stems: [] }))).toEqual([]);
		expect(
			problemsOf(sba({ stems: [{ id: 'a', text: 'A case', answer: 0, explanation: 'x' }] }))
		).toEqual(['bank-sba: only extended-matching items have stems']);
		const odd = { ...sba(), type: 'essay' } as unknown as ItemSpec;
		expect(problemsOf(odd)).toEqual(['bank-sba: unknown item type "essay"']);
	});

	it('needs a cited passage and a quote, and finds the quote in any passage cited', () => {
		expect(problemsOf(sba({ source: { passageIds: [], quote: 'heat' } }))).toEqual([
			'bank-sba: the source cites no passage',
			'bank-sba: the quote is not found verbatim in any passage: "heat"'
		]);
		expect(problemsOf(sba({ source: { passageIds: ['ablation-1'], quote: '  ' } }))).toEqual([
			'bank-sba: the source quote is empty'
		]);
		const noSource = { ...sba(), source: undefined } as unknown as ItemSpec;
		expect(problemsOf(noSource)).toEqual([
			'bank-sba: the source cites no passage',
			'bank-sba: the source quote is empty'
		]);
		const two = { passageIds: ['ablation-1', 'ablation-2'], quote: 'done under sedation' };
		expect(problemsOf(sba({ source: two }))).toEqual([]);
		expect(
			problemsOf(sba({ source: { passageIds: ['ablation-9', 'ablation-2'], quote: 'sedation' } }))
		).toEqual(['bank-sba: the source cites unknown passage "ablation-9"']);
		expect(
			problemsOf(sba({ source: { passageIds: ['ablation-1', 'ablation-2'], quote: 'cold' } }))
		).toEqual(['bank-sba: the quote is not found verbatim in ablation-1, ablation-2: "cold"']);
	});

	it('reports each problem against its bank, and an id used twice across banks', () => {
		const report = validateBanks(
			[
				{ id: 'one', title: 'One', description: '', items: [sba()] },
				{ id: 'two', title: 'Two', description: '', items: [sba({ stem: '' })] }
			],
			doc
		);
		expect(report.problems).toEqual([
			{ bankId: 'two', itemId: 'bank-sba', message: 'the item id is used twice' },
			{ bankId: 'two', itemId: 'bank-sba', message: 'the stem is empty' }
		]);
	});

	it('lists every item citing a passage, in bank order', () => {
		const second = sba({
			id: 'bank-two',
			source: { passageIds: ['ablation-1', 'ablation-2'], quote: 'sedation' }
		});
		const report = validateBanks(
			[{ id: 'bank', title: 'B', description: '', items: [sba(), second] }],
			doc
		);
		expect(report.coverage).toEqual([
			{ passageId: 'ablation-1', examinable: true, itemIds: ['bank-sba', 'bank-two'] },
			{ passageId: 'ablation-2', examinable: true, itemIds: ['bank-two'] },
			{ passageId: 'ablation-3', examinable: false, itemIds: [] }
		]);
		expect(report.uncovered).toEqual([]);
	});

	describe('bank sizes', () => {
		const rules = {
			namedBanks: ['ablation'],
			minItemsPerNamedBank: 6,
			minMatchingSetsPerNamedBank: 2,
			minItemsInAll: 7
		};
		const ofTypes = (...types: ItemSpec['type'][]) =>
			types.map((type, i) => sba({ id: `item-${i}`, type }));
		const enough = ofTypes(
			'single-best-answer',
			'multiple-response',
			'true-false',
			'short-answer',
			'extended-matching',
			'extended-matching'
		);
		const bank = (id: string, items: ItemSpec[]): BankSpec => ({
			id,
			title: id,
			description: '',
			items
		});

		it('accepts banks exactly at every minimum', () => {
			expect(
				checkBankSizes([bank('ablation', enough), bank('other', ofTypes('true-false'))], rules)
			).toEqual([]);
		});

		it('names each minimum a bank falls one short of', () => {
			const short = enough.slice(0, 5);
			expect(
				checkBankSizes([bank('ablation', short), bank('other', ofTypes('true-false'))], rules)
			).toEqual([
				'there are 6 items in all; at least 7 are needed',
				'bank "ablation" has 5 items; at least 6 are needed',
				'bank "ablation" has 1 extended-matching sets; at least 2 are needed'
			]);
		});

		it('names each item type a named bank lacks', () => {
			const noTf = ofTypes(
				'single-best-answer',
				'single-best-answer',
				'multiple-response',
				'short-answer',
				'extended-matching',
				'extended-matching',
				'extended-matching'
			);
			expect(checkBankSizes([bank('ablation', noTf)], rules)).toEqual([
				'bank "ablation" has no true-false item'
			]);
		});

		it('asks every named bank for a short-answer item', () => {
			const noShortAnswer = enough.filter((i) => i.type !== 'short-answer');
			expect(
				checkBankSizes(
					[
						bank('ablation', [...noShortAnswer, sba({ id: 'more' })]),
						bank('other', ofTypes('true-false'))
					],
					rules
				)
			).toEqual(['bank "ablation" has no short-answer item']);
		});

		it('holds the real banks to the project minimums by default', () => {
			expect(checkBankSizes([bank('ablation', enough)])).toEqual([
				'there are 6 items in all; at least 250 are needed',
				'bank "ablation" has 6 items; at least 45 are needed',
				'the bank "embolisation" is missing',
				'the bank "surgery" is missing'
			]);
		});
	});

	describe('short-answer items', () => {
		function shortAnswer(overrides: Partial<ItemSpec> = {}): ItemSpec {
			return sba({
				id: 'bank-short',
				type: 'short-answer',
				stem: 'Ablation destroys liver metastases with heat, ____ or electrical signals.',
				leadIn: 'Fill in the blank.',
				options: [],
				shortAnswer: { accepted: ['chemicals'], explanation: 'The three means of ablation.' },
				...overrides
			});
		}

		it('accepts a cloze with one blank and its accepted answers', () => {
			expect(problemsOf(shortAnswer())).toEqual([]);
		});

		it('accepts a question without a blank', () => {
			const item = shortAnswer({ stem: 'Ablation destroys metastases.', leadIn: 'With what?' });
			expect(problemsOf(item)).toEqual([]);
		});

		it('refuses a stem with neither a blank nor a question', () => {
			const item = shortAnswer({ stem: 'Ablation destroys metastases.', leadIn: 'Complete it.' });
			expect(problemsOf(item)).toEqual([
				'bank-short: a short-answer item either blanks one fact in the stem (____) or asks a question in its lead-in'
			]);
		});

		it('refuses a stem with two blanks, and a blank in the lead-in', () => {
			expect(problemsOf(shortAnswer({ stem: 'Heat, ____ or ______.' }))).toEqual([
				'bank-short: a cloze stem holds one blank (____), not 2'
			]);
			expect(problemsOf(shortAnswer({ leadIn: 'Ablation uses ____?' }))).toEqual([
				'bank-short: the blank (____) goes in the stem, not the lead-in'
			]);
		});

		it('refuses options, and missing accepted answers', () => {
			expect(problemsOf(shortAnswer({ options: sba().options }))).toEqual([
				'bank-short: a short-answer item has no options: its key is the accepted answers'
			]);
			expect(problemsOf(shortAnswer({ shortAnswer: undefined }))).toEqual([
				'bank-short: a short-answer item needs its accepted answers'
			]);
			expect(
				problemsOf(shortAnswer({ shortAnswer: { accepted: [], explanation: 'Why.' } }))
			).toEqual(['bank-short: a short-answer item needs at least one accepted answer']);
		});

		it('refuses an empty accepted answer and two that normalise alike', () => {
			const item = shortAnswer({
				shortAnswer: { accepted: ['3', ' ', 'three cm'], unit: 'cm', explanation: 'Why.' }
			});
			expect(problemsOf(item)).toEqual([
				'bank-short: accepted answer 2 is empty',
				'bank-short: accepted answer 3 ("three cm") is the same as another once normalised'
			]);
		});

		it('refuses an empty unit and a missing explanation', () => {
			const item = shortAnswer({
				shortAnswer: { accepted: ['chemicals'], unit: ' ', explanation: '' }
			});
			expect(problemsOf(item)).toEqual([
				'bank-short: the unit is empty: leave it out when the answer has none',
				'bank-short: the accepted answers have no explanation'
			]);
		});

		it('refuses accepted answers on an item of another type', () => {
			const item = sba({ shortAnswer: { accepted: ['Heat'], explanation: 'Why.' } });
			expect(problemsOf(item)).toEqual(['bank-sba: only short-answer items have accepted answers']);
		});
	});
});
