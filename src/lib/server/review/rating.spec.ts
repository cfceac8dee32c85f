import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { ratingFor } from './rating';

describe('mapping an answer to an FSRS rating', () => {
	it('rates any wrong answer Again, however sure or fast', () => {
		expect(ratingFor({ correct: false, confidence: 'sure', timeTakenMs: 5_000 })).toBe(
			Rating.Again
		);
		expect(ratingFor({ correct: false, confidence: null, timeTakenMs: null })).toBe(Rating.Again);
	});

	it('rates a right guess, a right but unsure answer, or a slow right answer Hard', () => {
		expect(ratingFor({ correct: true, confidence: 'guess', timeTakenMs: 5_000 })).toBe(Rating.Hard);
		expect(ratingFor({ correct: true, confidence: 'unsure', timeTakenMs: 5_000 })).toBe(
			Rating.Hard
		);
		expect(ratingFor({ correct: true, confidence: 'sure', timeTakenMs: 61_000 })).toBe(Rating.Hard);
	});

	it('rates a right, sure and fast answer Easy', () => {
		expect(ratingFor({ correct: true, confidence: 'sure', timeTakenMs: 20_000 })).toBe(Rating.Easy);
	});

	it('rates other right answers Good, including when no confidence is given', () => {
		expect(ratingFor({ correct: true, confidence: null, timeTakenMs: 10_000 })).toBe(Rating.Good);
		expect(ratingFor({ correct: true, confidence: 'sure', timeTakenMs: 40_000 })).toBe(Rating.Good);
		expect(ratingFor({ correct: true, confidence: 'sure', timeTakenMs: null })).toBe(Rating.Good);
	});

	it('draws the line at exactly 20 s for Easy and exactly 60 s for Hard', () => {
		const sure = (timeTakenMs: number) =>
			ratingFor({ correct: true, confidence: 'sure', timeTakenMs });
		expect(sure(20_000)).toBe(Rating.Easy);
		expect(sure(20_001)).toBe(Rating.Good);
		expect(sure(60_000)).toBe(Rating.Good);
		expect(sure(60_001)).toBe(Rating.Hard);
		expect(ratingFor({ correct: true, confidence: null, timeTakenMs: 60_000 })).toBe(Rating.Good);
		expect(ratingFor({ correct: true, confidence: null, timeTakenMs: 60_001 })).toBe(Rating.Hard);
	});

	it('rates a right answer Easy only when marked sure, however fast', () => {
		expect(ratingFor({ correct: true, confidence: null, timeTakenMs: 1_000 })).toBe(Rating.Good);
		expect(ratingFor({ correct: true, confidence: 'unsure', timeTakenMs: 1_000 })).toBe(
			Rating.Hard
		);
	});
});
