import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import { ratingFor } from '../../src/lib/server/review/rating';
import type { AnswerRecord, LearnerHistory } from './history';

export interface ReviewCardRow {
	itemId: string;
	card: Card;
	rating: Grade;
}

export interface BankStatsRow {
	bankId: string;
	answered: number;
	correct: number;
	marks: number;
	maxMarks: number;
}

// The app's default retention, without fuzz, as src/lib/server/review/cards.ts schedules.
const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: false });

function countedAnswers(history: LearnerHistory): { itemId: string; answer: AnswerRecord }[] {
	return history.sessions
		.flatMap((s) => s.items)
		.flatMap(({ item, answer }) => (answer?.counted ? [{ itemId: item.id, answer }] : []))
		.sort((a, b) => a.answer.answeredAt - b.answer.answeredAt);
}

/**
 * Replays a learner's answers through FSRS in the order they were given, exactly as the app
 * would have scheduled them one by one, and keeps each item's final card.
 */
export function replayReviews(history: LearnerHistory): ReviewCardRow[] {
	const cards = new Map<string, ReviewCardRow>();
	for (const { itemId, answer } of countedAnswers(history)) {
		const at = new Date(answer.answeredAt);
		const rating = ratingFor(answer);
		const previous: Card = cards.get(itemId)?.card ?? createEmptyCard<Card>(at);
		cards.set(itemId, { itemId, card: scheduler.next(previous, at, rating).card, rating });
	}
	return [...cards.values()];
}

/** Running totals per bank, as src/lib/server/progress/stats.ts keeps them answer by answer. */
export function bankStats(history: LearnerHistory): BankStatsRow[] {
	const byBank = new Map<string, BankStatsRow>();
	for (const session of history.sessions) {
		for (const { item, answer } of session.items) {
			if (!answer?.counted) continue;
			const row = byBank.get(item.bankId) ?? {
				bankId: item.bankId,
				answered: 0,
				correct: 0,
				marks: 0,
				maxMarks: 0
			};
			row.answered += 1;
			row.correct += answer.correct ? 1 : 0;
			row.marks += answer.marks;
			row.maxMarks += answer.maxMarks;
			byBank.set(item.bankId, row);
		}
	}
	return [...byBank.values()];
}
