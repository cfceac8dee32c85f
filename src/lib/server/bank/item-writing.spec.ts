import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec, OptionSpec } from '$lib/content/types';
import {
	cueingReport,
	itemWritingProblems,
	keyIsLongest,
	withQuotedPassageFirst
} from './item-writing';

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

	it('put the passage the quote comes from first, keeping the others in order', () => {
		const cites = (passageIds: string[], quote = 'usually less than 3 cm') =>
			withQuotedPassageFirst(decision({ source: { passageIds, quote } }), doc).source.passageIds;
		expect(cites(['symptoms-1', 'ablation-2', 'ablation-1'])).toEqual([
			'ablation-1',
			'symptoms-1',
			'ablation-2'
		]);
		const reordered = decision({
			source: { passageIds: ['ablation-2', 'ablation-1'], quote: 'usually less than 3 cm' }
		});
		expect(itemWritingProblems(withQuotedPassageFirst(reordered, doc), doc)).toEqual([]);
		expect(cites(['ablation-1', 'ablation-2'])).toEqual(['ablation-1', 'ablation-2']);
		// A quote found in no cited passage leaves the order for the rules to report.
		expect(cites(['symptoms-1', 'ablation-2'])).toEqual(['symptoms-1', 'ablation-2']);
		expect(cites(['symptoms-1', 'ablation-1'], '')).toEqual(['symptoms-1', 'ablation-1']);
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
			expect.arrayContaining(['18% (2 of 11) of lead-ins name the document; at most 10%'])
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

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const unkeyed = () => decision().options.map((o) => ({ ...o, correct: undefined }));

function matching(scenarios: string[], answers = scenarios.map(() => 0)): ItemSpec {
	return decision({
		id: 'matching',
		type: 'extended-matching',
		stem: 'Treatments for liver metastases',
		stems: scenarios.map((text, i) => ({
			id: String(i),
			text,
			answer: answers[i],
			explanation: 'Why.'
		})),
		options: unkeyed()
	});
}

function recall(overrides: Partial<ItemSpec> = {}): ItemSpec {
	return decision({
		id: 'recall',
		task: 'recall',
		stem: 'Ablation destroys tumours with heat.',
		leadIn: 'Which statement about ablation is correct?',
		...overrides
	});
}

/** A single-best-answer item whose key is, or is not, its longest option. */
function sba(id: string, longestKey: boolean): ItemSpec {
	const key = longestKey ? 'Percutaneous thermal ablation under imaging guidance' : 'Ablation';
	return decision({
		id,
		objective: id,
		source: { passageIds: ['ablation-1'], quote: id },
		options: decision().options.map((o, i) => (i === 0 ? { ...o, text: key } : o))
	});
}

describe('item-writing rules, at their edges', () => {
	it('accept a recall item without a vignette or a decision in its lead-in', () => {
		expect(itemWritingProblems(recall(), doc)).toEqual([]);
	});

	it('take kinds that differ only in capitals and spaces as one kind', () => {
		const kinds = ['treatment', 'Treatment ', ' TREATMENT', 'treatment', 'treatment'];
		const options = decision().options.map((o, i) => ({ ...o, kind: kinds[i] }));
		expect(itemWritingProblems(decision({ options }), doc)).toEqual([]);
	});

	it('need a vignette of at least 20 words, however it is spaced', () => {
		expect(itemWritingProblems(decision({ stem: words(20) }), doc)).toEqual([]);
		expect(itemWritingProblems(decision({ stem: words(20).replaceAll(' ', '\n  ') }), doc)).toEqual(
			[]
		);
		for (const stem of [words(19), `  ${words(19)}  `])
			expect(itemWritingProblems(decision({ stem }), doc)).toEqual([
				'a decision item needs a vignette whose data decide the answer (at least 20 words)'
			]);
	});

	it.each([
		'Which investigation would rule out liver metastases?',
		'Which finding rules against ablation?',
		'What should you tell him about the procedure?'
	])('take %j as asking for a decision', (leadIn) => {
		expect(itemWritingProblems(decision({ leadIn }), doc)).toEqual([]);
	});

	it('take up to five scenarios of ten words each in a matching set', () => {
		const five = Array.from({ length: 5 }, () => words(10));
		expect(itemWritingProblems(matching(five), doc)).toEqual([]);
	});

	it('refuse a matching set with any scenario under ten words', () => {
		const one = [words(10), words(9), words(10)];
		expect(itemWritingProblems(matching(one), doc)).toEqual([
			'a decision item needs a vignette whose data decide the answer (at least 10 words)'
		]);
	});

	it('judge a matching set without its scenarios yet only on what it has', () => {
		expect(itemWritingProblems(matching([]), doc)).toEqual([]);
		expect(itemWritingProblems({ ...matching([]), stems: undefined }, doc)).toEqual([]);
	});

	it('leave the options of a matching set alone: they are choices, not statements', () => {
		const options = unkeyed().map((o, i) =>
			i === 1 ? { ...o, text: 'Resection, which always cures' } : o
		);
		expect(itemWritingProblems({ ...matching([vignette]), options }, doc)).toEqual([]);
	});

	it('take up to three cited passages, and judge the quote only against a passage that exists', () => {
		expect(
			itemWritingProblems(
				decision({
					source: {
						passageIds: ['ablation-1', 'ablation-2', 'symptoms-1'],
						quote: 'usually less than 3 cm'
					}
				}),
				doc
			)
		).toEqual([]);
		expect(
			itemWritingProblems(
				decision({ source: { passageIds: ['ablation-9'], quote: 'not in any passage' } }),
				doc
			)
		).toEqual([]);
		expect(
			itemWritingProblems(decision({ source: { passageIds: ['ablation-1'], quote: '' } }), doc)
		).toEqual([]);
	});

	it.each([
		'always',
		'never',
		'only',
		'all',
		'none',
		'every',
		'must',
		'completely',
		'entirely',
		'guaranteed',
		'impossible',
		'invariably'
	])('flag the absolute word "%s" when the cited passage does not use it', (word) => {
		const text = `Percutaneous ablation, ${word} suitable`;
		const options = decision().options.map((o, i) => (i === 0 ? { ...o, text } : o));
		expect(itemWritingProblems(decision({ options }), doc)).toEqual([
			`"${word}" is an absolute word the cited passage does not use: "${text}"`
		]);
	});

	it('flag absolute words whatever their capitals, once each, and only as whole words', () => {
		const text = 'Always ablation, always overall allowed; nonetheless everyone mustard';
		const options = decision().options.map((o, i) => (i === 0 ? { ...o, text } : o));
		expect(itemWritingProblems(decision({ options }), doc)).toEqual([
			`"always" is an absolute word the cited passage does not use: "${text}"`
		]);
	});

	it('quote at most 80 characters of the statement', () => {
		const text = `Always ${'x'.repeat(100)}`;
		const options = decision().options.map((o, i) => (i === 0 ? { ...o, text } : o));
		expect(itemWritingProblems(decision({ options }), doc)).toEqual([
			`"always" is an absolute word the cited passage does not use: "${text.slice(0, 80)}"`
		]);
	});

	it('allow an absolute word of the source in a false-keyed true/false statement', () => {
		const item: ItemSpec = {
			...trueFalse('tf', 'Ablation is for tumours that cannot be removed with surgery.', false),
			source: { passageIds: ['ablation-1'], quote: 'cannot be removed with surgery' }
		};
		expect(itemWritingProblems(item, doc)).toEqual([]);
	});

	it('allow an absolute word in a distractor when one of several keys has it too', () => {
		const texts = ['Ablation', 'Resection where it cannot be done', 'Watchful waiting'];
		const options = texts.map((text, i) => treatment(text, i !== 1));
		const keyWithIt = options.map((o, i) =>
			i === 2 ? { ...o, text: 'Ablation where resection cannot be done' } : o
		);
		const item = recall({ type: 'multiple-response', options: keyWithIt });
		expect(itemWritingProblems(item, doc)).toEqual([]);
		expect(itemWritingProblems({ ...item, options }, doc)).toEqual([
			'absolute words appear in distractors only, which marks them as wrong'
		]);
	});
});

describe('whether the key is the longest option', () => {
	it('is asked of single-best-answer items only', () => {
		const tf = trueFalse('tf', 'Liver metastases may not cause any symptoms at first.', false);
		expect(keyIsLongest(tf)).toBe(false);
		const long = 'Percutaneous thermal ablation under imaging guidance';
		const options = unkeyed().map((o, i) => ({ ...o, text: i === 0 ? long : o.text }));
		expect(
			keyIsLongest({
				...recall({ type: 'multiple-response' }),
				options: [{ ...options[0], correct: true }, ...options.slice(1)]
			})
		).toBe(false);
	});

	it('is no for an item without a key, or a key as long as another option', () => {
		expect(keyIsLongest(decision({ options: unkeyed() }))).toBe(false);
		const tied = decision().options.map((o, i) =>
			i === 1 ? { ...o, text: 'Percutaneous excision' } : o
		);
		expect(tied[0].text.length).toBe(tied[1].text.length);
		expect(keyIsLongest(decision({ options: tied }))).toBe(false);
	});
});

describe('bank-wide cueing rules, at their edges', () => {
	const longest = (report: ReturnType<typeof cueingReport>) =>
		report.problems.filter((p) => /longest/.test(p));
	const items = (n: number, long: number, prefix = 'i') =>
		Array.from({ length: n }, (_, i) => sba(`${prefix}${i}`, i < long));

	it('measure nothing about the longest key in banks without single-best-answer items', () => {
		const tf = trueFalse('t', 'Liver metastases may not cause any symptoms at first.', true);
		const report = cueingReport([bank('b', [tf])], doc);
		expect(report.overall.longestKey).toEqual({ count: 0, of: 0, share: 0 });
		expect(longest(report)).toEqual([]);
	});

	it('take a key longest in a tenth to a quarter of items, and say why outside that', () => {
		expect(longest(cueingReport([bank('b', items(10, 1))], doc))).toEqual([]);
		expect(longest(cueingReport([bank('b', items(20, 5))], doc))).toEqual([]);
		expect(longest(cueingReport([bank('b', items(11, 1))], doc))).toEqual([
			'the key is the longest option in only 9% (1 of 11) of single-best-answer items; at least 10%, or length rules the longest option out'
		]);
		expect(
			longest(cueingReport([bank('a', items(6, 2)), bank('b', items(6, 2, 'j'))], doc))
		).toEqual([
			'the key is the longest option in 33% (4 of 12) of single-best-answer items; at most 25%'
		]);
	});

	it('hold a bank of eight or more single-best-answer items to a longest key in at most 35%', () => {
		const perBank = (report: ReturnType<typeof cueingReport>) =>
			report.problems.filter((p) => /^bank ".*longest/.test(p));
		expect(perBank(cueingReport([bank('b', items(7, 3))], doc))).toEqual([]);
		expect(perBank(cueingReport([bank('b', items(20, 7))], doc))).toEqual([]);
		expect(
			perBank(cueingReport([bank('b', items(8, 3)), bank('c', items(30, 3, 'c'))], doc))
		).toEqual([
			'bank "b": the key is the longest option in 38% (3 of 8) of single-best-answer items; at most 35%'
		]);
	});

	it('take true/false at exactly 15% of a bank', () => {
		const tfs = [1, 2, 3].map((n) =>
			trueFalse(`t${n}`, `Liver metastases may not cause any symptoms at first (${n}).`, true)
		);
		const report = cueingReport([bank('b', [...items(17, 3), ...tfs])], doc);
		expect(report.overall.trueFalse).toEqual({ count: 3, of: 20, share: 0.15 });
		expect(report.problems.filter((p) => /true\/false items are/.test(p))).toEqual([]);
	});

	it('count absolute words in true/false statements only, by how they are keyed', () => {
		const report = cueingReport(
			[
				bank('b', [
					trueFalse('f', 'Liver metastases never cause symptoms.', false),
					trueFalse(
						't',
						'Liver metastases may not cause any symptoms at first, in all patients.',
						true
					),
					trueFalse('plain', 'Liver metastases may not cause any symptoms at first.', false),
					decision({
						options: decision().options.map((o, i) =>
							i === 1 ? { ...o, text: 'Resection, which always cures' } : o
						)
					})
				])
			],
			doc
		);
		expect(report.absoluteWords).toEqual({ keyedTrue: 1, keyedFalse: 1 });
	});

	it('ask the named banks of the house balance for 20 decision items each', () => {
		const decisions = (n: number, prefix: string) =>
			Array.from({ length: n }, (_, i) => decision({ id: `${prefix}${i}` }));
		const report = cueingReport(
			[bank('ablation', decisions(20, 'a')), bank('surgery', decisions(19, 's'))],
			doc
		);
		expect(report.problems.filter((p) => /decision items/.test(p))).toEqual([
			'bank "surgery" has 19 decision items; at least 20 are needed'
		]);
	});

	it('take a named bank that is missing, or that meets the minimum exactly', () => {
		const report = cueingReport([bank('ablation', [decision(), decision({ id: 'b' })])], doc, {
			namedBanks: ['ablation', 'surgery'],
			minDecisionsPerNamedBank: 2,
			topics: [{ name: 'ablation', sections: ['ablation'], min: 2 }],
			minHardNurseItems: 0
		});
		expect(report.topics).toEqual([{ name: 'ablation', items: 2, min: 2 }]);
		expect(report.problems.filter((p) => !/longest|same fact/.test(p))).toEqual([]);
	});

	it('count items towards the topics of the house balance by the section of the passage they quote first', () => {
		const ids = [
			'symptoms',
			'diagnosis',
			'targeted-therapy',
			'immunotherapy',
			'hormone-therapy',
			'surgery'
		];
		const sections = parseDocument(
			'sections',
			`# Sections\n\n${ids.map((id) => `## ${id} {#${id}}\n\nText about ${id}.\n`).join('\n')}`
		);
		const citing = (...passageIds: string[]) =>
			recall({ id: passageIds.join('+'), source: { passageIds, quote: passageIds.join() } });
		const report = cueingReport(
			[
				bank('b', [
					citing('symptoms-1'),
					citing('diagnosis-1', 'surgery-1'),
					citing('targeted-therapy-1'),
					citing('immunotherapy-1'),
					citing('hormone-therapy-1'),
					citing('surgery-1', 'diagnosis-1'),
					citing('symptoms-9')
				])
			],
			sections
		);
		expect(report.topics).toEqual([
			{ name: 'presentation and diagnosis', items: 2, min: 25 },
			{ name: 'targeted, immuno- and hormone therapy', items: 3, min: 15 }
		]);
		expect(report.problems).toEqual(
			expect.arrayContaining([
				'2 items cover presentation and diagnosis; at least 25 are needed',
				'3 items cover targeted, immuno- and hormone therapy; at least 15 are needed'
			])
		);
	});

	it('count hard items for nurses only when they are both hard and for nurses', () => {
		const report = cueingReport(
			[
				bank('b', [
					recall({ id: 'hard-doctor', objective: '1', difficulty: 'hard', audiences: ['doctor'] }),
					recall({
						id: 'medium-nurse',
						objective: '2',
						difficulty: 'medium',
						audiences: ['nurse']
					}),
					recall({ id: 'easy-nurse', objective: '4', difficulty: 'easy', audiences: ['nurse'] }),
					recall({
						id: 'hard-both',
						objective: '3',
						difficulty: 'hard',
						audiences: ['doctor', 'nurse']
					})
				])
			],
			doc
		);
		expect(report.overall.hardNurseItems).toBe(1);
		expect(report.problems).toEqual(
			expect.arrayContaining(['there are 1 hard items for nurses; at least 20 are needed'])
		);
	});

	it('report the quote and key two duplicates share, in lower case', () => {
		const report = cueingReport(
			[bank('b', [decision({ id: 'one' }), decision({ id: 'two' }), sba('other', false)])],
			doc
		);
		expect(report.duplicates).toEqual([
			{
				itemIds: ['one', 'two'],
				quote: 'usually less than 3 cm in diameter',
				key: 'percutaneous ablation'
			}
		]);
	});

	it('take several keys, or matched answers, in any order as the same key', () => {
		const keys = (order: number[]) =>
			recall({
				id: order.join(''),
				type: 'multiple-response',
				options: order.map((n) => treatment(['Ablation', 'Resection', 'Observation'][n], n < 2))
			});
		const matched = (id: string, answers: number[]) => ({
			...matching([vignette, `${vignette} Again.`], answers),
			id
		});
		const report = cueingReport(
			[
				bank('b', [
					keys([0, 1, 2]),
					keys([2, 1, 0]),
					matched('m1', [0, 1]),
					matched('m2', [1, 0]),
					matched('m3', [1, 1])
				])
			],
			doc
		);
		expect(report.duplicates).toEqual([
			{
				itemIds: ['012', '210'],
				quote: 'usually less than 3 cm in diameter',
				key: 'ablation | resection'
			},
			{
				itemIds: ['m1', 'm2'],
				quote: 'usually less than 3 cm in diameter',
				key: 'major liver resection | percutaneous ablation'
			}
		]);
	});

	it('tell true/false statements apart by how they are keyed', () => {
		const stem = 'Liver metastases may not cause any symptoms at first.';
		const report = cueingReport(
			[
				bank('b', [
					trueFalse('t1', stem, true),
					trueFalse('f1', stem, false),
					trueFalse('t2', stem, true),
					trueFalse('f2', stem, false)
				])
			],
			doc
		);
		expect(report.duplicates).toEqual([
			{
				itemIds: ['t1', 't2'],
				quote: 'may not cause any symptoms',
				key: 'liver metastases may not cause any symptoms at first. — true'
			},
			{
				itemIds: ['f1', 'f2'],
				quote: 'may not cause any symptoms',
				key: 'liver metastases may not cause any symptoms at first. — false'
			}
		]);
	});

	it('group items by learning objective, in the order first met', () => {
		const report = cueingReport(
			[
				bank('a', [sba('x', false), { ...sba('y', false), objective: 'shared' }]),
				bank('b', [{ ...sba('z', false), objective: 'shared' }])
			],
			doc
		);
		expect(report.objectives).toEqual([
			{ objective: 'x', items: ['x'] },
			{ objective: 'shared', items: ['y', 'z'] }
		]);
	});
});

describe('item-writing rules for short-answer items', () => {
	function cloze(overrides: Partial<ItemSpec> = {}): ItemSpec {
		return recall({
			id: 'cloze',
			type: 'short-answer',
			stem: 'Ablation is usually used in small tumours, usually less than ____ in diameter.',
			leadIn: 'Fill in the blank.',
			options: [],
			shortAnswer: { accepted: ['3', 'three'], unit: 'cm', explanation: 'Why.' },
			source: { passageIds: ['ablation-1'], quote: 'usually less than 3 cm in diameter' },
			...overrides
		});
	}

	it('accept a cloze whose answer, in any accepted spelling, is the number the quote states', () => {
		expect(itemWritingProblems(cloze(), doc)).toEqual([]);
	});

	it('accept a term with an abbreviation the quote does not spell out', () => {
		const item = cloze({
			stem: '____ ablation is now more commonly used.',
			shortAnswer: { accepted: ['Microwave', 'MWA'], explanation: 'Why.' },
			source: { passageIds: ['ablation-2'], quote: 'Microwave ablation is now more commonly used.' }
		});
		expect(itemWritingProblems(item, doc)).toEqual([]);
	});

	it('refuse a first accepted answer the quote does not state', () => {
		const item = cloze({ shortAnswer: { accepted: ['large'], explanation: 'Why.' } });
		expect(itemWritingProblems(item, doc)).toEqual([
			'the first accepted answer ("large") is not in the quote'
		]);
	});

	it('refuse a number among the accepted answers that the quote does not give', () => {
		const item = cloze({ shortAnswer: { accepted: ['3', '5 cm'], unit: 'cm', explanation: 'W' } });
		expect(itemWritingProblems(item, doc)).toEqual([
			'accepted answer "5 cm" gives the number 5, which the quote does not'
		]);
	});

	it('find the answer in the quote as a whole word only', () => {
		const item = cloze({
			shortAnswer: { accepted: ['diamet'], explanation: 'Why.' }
		});
		expect(itemWritingProblems(item, doc)).toEqual([
			'the first accepted answer ("diamet") is not in the quote'
		]);
	});

	it('refuse a stem that states an accepted answer', () => {
		const item = cloze({
			stem: 'A 3 cm tumour: ablation is usually used below ____.'
		});
		expect(itemWritingProblems(item, doc)).toEqual([
			'the stem gives the answer away: it says "3"',
			'the stem gives the answer away: it says "three"'
		]);
	});

	it('refuse a short-answer item set as a decision', () => {
		expect(itemWritingProblems(cloze({ task: 'decision' }), doc)).toContain(
			'a decision is asked as a single best answer or matching item, not short answer'
		);
	});

	it('ask no kind of options that a short-answer item does not have', () => {
		expect(itemWritingProblems(cloze(), doc).join()).not.toMatch(/kind/);
	});

	it('find two short-answer items keyed alike on one quote, whatever the spelling', () => {
		const report = cueingReport(
			[
				bank('ablation', [
					cloze({ id: 'one' }),
					cloze({
						id: 'two',
						objective: 'other',
						shortAnswer: { accepted: ['three', '3.0'], unit: 'cm', explanation: 'W' }
					})
				])
			],
			doc
		);
		expect(report.duplicates.map((d) => d.itemIds)).toEqual([['one', 'two']]);
	});
});
