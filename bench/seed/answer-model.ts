import type { Confidence, Response } from '../../src/lib/server/db/schema';
import type { CatalogueItem } from './catalogue';
import type { Random } from './random';

/** What makes one synthetic learner answer differently from another. */
export interface LearnerTraits {
	/** On the same scale as item difficulty; 0 is an average learner at the start. */
	ability: number;
	/** Ability gained over the whole six months. */
	growth: number;
	/** Multiplies response times. */
	speed: number;
	/** Shifts how sure the learner says they are (over- or under-confidence). */
	overconfidence: number;
}

export interface SimulatedAnswer {
	response: Response;
	correct: boolean;
	marks: number;
	maxMarks: number;
	confidence: Confidence | null;
	timeTakenMs: number;
}

/** The chance of a right answer by blind guessing, per item type. */
function guessChance(item: CatalogueItem): number {
	switch (item.type) {
		case 'true-false':
			return 0.5;
		case 'single-best-answer':
			return 1 / item.optionCount;
		case 'multiple-response':
			return 0.03;
		case 'extended-matching':
			return 1 / item.optionCount;
		case 'short-answer':
			return 0.01;
	}
}

const MEDIAN_SECONDS = {
	'true-false': 14,
	'single-best-answer': 35,
	'multiple-response': 45,
	'extended-matching': 22,
	'short-answer': 25
} as const;

/** Wrong answers synthetic learners type, so that peers have common wrong answers to show. */
const WRONG_TYPED = ['5', '2', 'not sure', 'resection'];

/**
 * A three-parameter logistic model: the chance rises with ability minus difficulty, scaled by the
 * item's discrimination, above a guessing floor. Earlier attempts at the same item help a little.
 */
export function chanceOfRight(
	traits: LearnerTraits,
	item: CatalogueItem,
	progress: number,
	priorAttempts: number
): number {
	const ability = traits.ability + traits.growth * progress + 0.12 * Math.min(priorAttempts, 6);
	const guess = guessChance(item);
	return (
		guess + (1 - guess) / (1 + Math.exp(-1.7 * item.discrimination * (ability - item.difficulty)))
	);
}

function wrongOption(random: Random, item: CatalogueItem, exclude: number[]): number {
	const pulls = item.distractorPull.map((pull, i) => (exclude.includes(i) ? 0 : pull));
	return random.weighted(pulls);
}

function choiceResponse(random: Random, item: CatalogueItem, right: boolean): number[] {
	if (right) return [...item.key];
	if (item.type !== 'multiple-response') return [wrongOption(random, item, item.key)];
	// A near miss: one correct option left out, or one distractor added.
	if (item.key.length > 1 && random.chance(0.5)) {
		const dropped = random.pick(item.key);
		return item.key.filter((i) => i !== dropped);
	}
	return [...item.key, wrongOption(random, item, item.key)].sort((a, b) => a - b);
}

function confidenceFor(random: Random, traits: LearnerTraits, chance: number): Confidence | null {
	// The confidence choice is optional, and some learners skip it.
	if (random.chance(0.15)) return null;
	const felt = chance + traits.overconfidence + random.normal(0, 0.18);
	if (felt > 0.78) return 'sure';
	if (felt > 0.45) return 'unsure';
	return 'guess';
}

/** One learner's answer to one item, as the app would store it. */
export function simulateAnswer(
	random: Random,
	traits: LearnerTraits,
	item: CatalogueItem,
	progress: number,
	priorAttempts: number
): SimulatedAnswer {
	const chance = chanceOfRight(traits, item, progress, priorAttempts);
	let response: Response;
	let marks: number;
	if (item.type === 'extended-matching') {
		// Each stem is its own small question, with the option list as the guessing floor.
		const chosen: Record<string, number> = {};
		marks = 0;
		for (const stem of item.stems) {
			const right = random.chance(chance);
			chosen[stem.id] = right ? stem.answer : wrongOption(random, item, [stem.answer]);
			if (right) marks += 1;
		}
		response = { kind: 'matching', chosen };
	} else if (item.type === 'short-answer') {
		const right = random.chance(chance);
		response = { kind: 'text', text: right ? (item.accepted ?? '') : random.pick(WRONG_TYPED) };
		marks = right ? 1 : 0;
	} else {
		const right = random.chance(chance);
		response = { kind: 'choice', chosen: choiceResponse(random, item, right) };
		marks = right ? 1 : 0;
	}
	const correct = marks === item.maxMarks;
	const median =
		MEDIAN_SECONDS[item.type] * (item.type === 'extended-matching' ? item.stems.length : 1);
	const seconds = random.logNormal(median * traits.speed * (correct ? 1 : 1.25), 0.45);
	return {
		response,
		correct,
		marks,
		maxMarks: item.maxMarks,
		confidence: confidenceFor(random, traits, chance),
		timeTakenMs: Math.round(Math.min(Math.max(seconds, 3), 240) * 1000)
	};
}
