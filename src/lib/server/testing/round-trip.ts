import fc from 'fast-check';
import { expect } from 'vitest';
import type { ItemSpec } from '$lib/content/types';
import { acceptedTexts, type InterchangeSet } from '$lib/server/interchange/model';

/** Which parts of an item a format carries, so a round trip is compared on those alone. */
export interface Carried {
	difficultyAndAudiences: boolean;
	optionExplanationsOfMatching: boolean;
	scenarioExplanations: boolean;
	teachingPoint: boolean;
}

/** Asserts the imported item holds what the original held in every field the format carries. */
export function expectCarried(imported: ItemSpec, original: ItemSpec, carried: Carried): void {
	expect(imported.type).toBe(original.type);
	expect(imported.stem).toBe(original.stem);
	expect(imported.leadIn).toBe(original.leadIn);
	if (carried.teachingPoint) expect(imported.teachingPoint).toBe(original.teachingPoint);
	if (carried.difficultyAndAudiences) {
		expect(imported.difficulty).toBe(original.difficulty);
		expect([...imported.audiences].sort()).toEqual([...original.audiences].sort());
	}
	expect(imported.source).toEqual({ passageIds: [], quote: '' });
	if (original.type === 'short-answer') {
		expect(imported.shortAnswer?.accepted).toEqual(acceptedTexts(original));
		expect(imported.shortAnswer?.explanation).toBe(original.shortAnswer?.explanation);
		return;
	}
	if (original.type === 'extended-matching') {
		const answerText = (spec: ItemSpec, n: number) => spec.options[spec.stems![n].answer]?.text;
		expect(imported.stems?.map((s) => s.text)).toEqual(original.stems?.map((s) => s.text));
		original.stems!.forEach((_, n) =>
			expect(answerText(imported, n)).toBe(answerText(original, n))
		);
		expect(imported.options.map((o) => o.text).sort()).toEqual(
			original.options.map((o) => o.text).sort()
		);
		if (carried.scenarioExplanations)
			expect(imported.stems?.map((s) => s.explanation)).toEqual(
				original.stems?.map((s) => s.explanation)
			);
		if (carried.optionExplanationsOfMatching)
			for (const option of original.options)
				expect(imported.options.find((o) => o.text === option.text)?.explanation).toBe(
					option.explanation
				);
		return;
	}
	expect(imported.options.map((o) => [o.text, o.correct === true, o.explanation])).toEqual(
		original.options.map((o) => [o.text, o.correct === true, o.explanation])
	);
}

/**
 * Text as an author writes it on one line: words of letters, digits and the characters formats
 * treat specially, single spaces between them.
 */
const word = fc.stringMatching(/^[A-Za-z0-9&<>"'~=#{}:\\%*?.,()\-/é]{1,8}$/);
// GIFT has no escape for the arrow of a matching pair, so no text holds one.
const line = fc
	.array(word, { minLength: 1, maxLength: 6 })
	.map((w) => w.join(' '))
	.filter((s) => !s.includes('->'));
const distinct = (n: number, max: number) =>
	fc.uniqueArray(line, { minLength: n, maxLength: max, selector: (s) => s.toLowerCase() });

const common = {
	stem: line,
	leadIn: line,
	teachingPoint: line,
	difficulty: fc.constantFrom('easy' as const, 'medium' as const, 'hard' as const),
	audiences: fc.subarray(['doctor' as const, 'nurse' as const], { minLength: 1 })
};

function withDefaults(fields: Partial<ItemSpec> & Pick<ItemSpec, 'type'>, n: number): ItemSpec {
	return {
		id: `gen-${n}`,
		stem: '',
		leadIn: '',
		options: [],
		teachingPoint: '',
		difficulty: 'medium',
		audiences: ['doctor'],
		objective: '',
		source: { passageIds: [], quote: '' },
		...fields
	};
}

const choice = fc
	.record({
		...common,
		texts: distinct(3, 6),
		explanations: fc.array(line, { minLength: 6, maxLength: 6 }),
		key: fc.nat(),
		multiple: fc.boolean(),
		extra: fc.nat()
	})
	.map(({ texts, explanations, key, multiple, extra, ...rest }) => {
		const keyed = new Set([key % texts.length, ...(multiple ? [extra % texts.length] : [])]);
		if (multiple && keyed.size === texts.length) keyed.delete(0);
		return {
			...rest,
			type: multiple ? ('multiple-response' as const) : ('single-best-answer' as const),
			options: texts.map((text, n) => ({
				text,
				correct: keyed.has(n),
				explanation: explanations[n]
			}))
		};
	});

const trueFalse = fc
	.record({ ...common, key: fc.boolean(), right: line, wrong: line })
	.map(({ key, right, wrong, ...rest }) => ({
		...rest,
		type: 'true-false' as const,
		options: [true, false].map((value) => ({
			text: value ? 'True' : 'False',
			correct: value === key,
			explanation: value === key ? right : wrong
		}))
	}));

const matching = fc
	.record({
		...common,
		texts: distinct(3, 6),
		scenarios: distinct(2, 4),
		answers: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
		explanations: fc.array(line, { minLength: 10, maxLength: 10 })
	})
	.map(({ texts, scenarios, answers, explanations, ...rest }) => ({
		...rest,
		type: 'extended-matching' as const,
		options: texts.map((text, n) => ({ text, explanation: explanations[n] })),
		stems: scenarios.map((text, n) => ({
			id: String.fromCharCode(97 + n),
			text,
			answer: answers[n] % texts.length,
			explanation: explanations[6 + n]
		}))
	}));

const shortAnswer = fc
	.record({
		...common,
		accepted: distinct(1, 3),
		explanation: line
	})
	.map(({ accepted, explanation, ...rest }) => ({
		...rest,
		type: 'short-answer' as const,
		shortAnswer: { accepted, explanation }
	}));

/** Items of every type with text full of characters the formats escape. */
export const arbitraryItems = fc
	.array(fc.oneof(choice, trueFalse, matching, shortAnswer), { minLength: 1, maxLength: 5 })
	.map((specs) => specs.map((s, n) => withDefaults(s, n)));

/** A one-bank set of the items, as the writers take it. */
export function setOf(specs: ItemSpec[]): InterchangeSet {
	return {
		documents: [],
		banks: [
			{
				id: 'gen',
				title: 'Generated',
				description: 'Generated items',
				items: specs.map((spec) => ({
					id: spec.id,
					bankId: 'gen',
					version: 1,
					spec,
					citations: []
				}))
			}
		]
	};
}
