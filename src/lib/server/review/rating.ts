import { Rating, type Grade } from 'ts-fsrs';
import type { Confidence } from '$lib/server/db/schema';

/** Answers quicker than this, right and sure, count as effortless recall. */
export const FAST_ANSWER_MS = 20_000;
/** Answers slower than this count as effortful even when right. */
export const SLOW_ANSWER_MS = 60_000;

export interface AnswerSignal {
	correct: boolean;
	confidence: Confidence | null;
	timeTakenMs: number | null;
}

/**
 * How an answer maps to an FSRS rating:
 * - wrong (any part of an extended-matching set wrong): Again
 * - right, but a guess, marked unsure, or slower than 60 s: Hard
 * - right, marked sure and within 20 s: Easy
 * - right otherwise (including no confidence given): Good
 */
export function ratingFor(answer: AnswerSignal): Grade {
	if (!answer.correct) return Rating.Again;
	const slow = answer.timeTakenMs !== null && answer.timeTakenMs > SLOW_ANSWER_MS;
	if (answer.confidence === 'guess' || answer.confidence === 'unsure' || slow) return Rating.Hard;
	const fast = answer.timeTakenMs !== null && answer.timeTakenMs <= FAST_ANSWER_MS;
	if (answer.confidence === 'sure' && fast) return Rating.Easy;
	return Rating.Good;
}
