import type { ItemSpec } from '$lib/content/types';
import type { InterchangeItem, InterchangeSet } from '$lib/server/interchange/model';

/**
 * A small set of one item of each type whose text holds every character some format treats
 * specially: XML's & < > " ', GIFT's ~ = # { } : and backslash, and a CDATA terminator.
 */
export const AWKWARD = `A&B <b>x</b> "q" 'a' ~t =e #h {c} a:b \\s ]]> 50%`;

const shared = {
	teachingPoint: `Teach ${AWKWARD}`,
	difficulty: 'hard',
	audiences: ['doctor', 'nurse'],
	objective: 'Handle awkward text.',
	source: { passageIds: ['checks-1', 'checks-2'], quote: `Quote ${AWKWARD}` }
} satisfies Partial<ItemSpec>;

const single: ItemSpec = {
	...shared,
	id: 'odd-single',
	type: 'single-best-answer',
	stem: `Stem ${AWKWARD}`,
	leadIn: 'Which is right?',
	options: ['One', 'Two', 'Three', 'Four', `Five ${AWKWARD}`].map((text, n) => ({
		text,
		correct: n === 4,
		explanation: `Because ${n} ${AWKWARD}`
	}))
};

const multiple: ItemSpec = {
	...shared,
	id: 'odd-multiple',
	type: 'multiple-response',
	stem: 'Which of these apply?',
	leadIn: 'Choose all that apply.',
	options: ['Alpha', 'Beta & co', 'Gamma', 'Delta'].map((text, n) => ({
		text,
		correct: n < 3,
		explanation: `Why ${text}`
	}))
};

const trueFalse: ItemSpec = {
	...shared,
	id: 'odd-true-false',
	type: 'true-false',
	stem: `Statement ${AWKWARD}`,
	leadIn: 'True or false?',
	options: [
		{ text: 'True', correct: false, explanation: 'Not so.' },
		{ text: 'False', correct: true, explanation: `Indeed ${AWKWARD}` }
	]
};

const matching: ItemSpec = {
	...shared,
	id: 'odd-matching',
	type: 'extended-matching',
	stem: 'Theme: checks',
	leadIn: 'Match each scenario to one option.',
	options: ['Wristband', 'Near miss report', `Odd ${AWKWARD}`, 'Handover', 'Unused'].map(
		(text) => ({ text, explanation: `What ${text} is` })
	),
	stems: [
		{ id: 'a', text: `Scenario ${AWKWARD}`, answer: 2, explanation: `So ${AWKWARD}` },
		{ id: 'b', text: 'Before a dose', answer: 0, explanation: 'Check first.' },
		{ id: 'c', text: 'After a slip', answer: 1, explanation: 'Report it.' }
	]
};

const shortAnswer: ItemSpec = {
	...shared,
	id: 'odd-short',
	type: 'short-answer',
	stem: `Check the wristband ____ times ${AWKWARD}`,
	leadIn: 'Fill in the blank.',
	options: [],
	shortAnswer: {
		accepted: ['2', `two & *more* ${AWKWARD}`],
		unit: 'cm',
		explanation: `Twice ${AWKWARD}`
	}
};

function item(spec: ItemSpec, version: number): InterchangeItem {
	return {
		id: spec.id,
		bankId: 'odd',
		version,
		spec,
		citations: spec.source.passageIds.map((passageId) => ({
			passageId,
			documentSlug: 'ward',
			passageHash: `hash-${passageId}`
		}))
	};
}

export const AWKWARD_SET: InterchangeSet = {
	documents: [{ slug: 'ward', title: `Ward & "safety"`, version: 'v1abc' }],
	banks: [
		{
			id: 'odd',
			title: `Odd / bank ${AWKWARD}`,
			description: `Described ${AWKWARD}`,
			items: [
				item(single, 1),
				item(multiple, 2),
				item(trueFalse, 1),
				item(matching, 3),
				item(shortAnswer, 1)
			]
		}
	]
};
