import { and, asc, count, eq, lte, not, sql } from 'drizzle-orm';
import { fromExcluded, placeholders, preparedStep, fixed } from '$lib/server/db/prepared';
import { perform, run, type Query, type Step } from '$lib/server/db/steps';
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { DB, Queries } from '$lib/server/db';
import { items, reviewCards, users, type ReviewCard } from '$lib/server/db/tables';
import { heldBack } from '$lib/server/quiz/open-attempts';
import { ratingFor, type AnswerSignal } from './rating';

function toCard(row: ReviewCard): Card {
	return {
		due: row.due,
		stability: row.stability,
		difficulty: row.difficulty,
		elapsed_days: row.elapsedDays,
		scheduled_days: row.scheduledDays,
		learning_steps: row.learningSteps,
		reps: row.reps,
		lapses: row.lapses,
		state: row.state,
		last_review: row.lastReview ?? undefined
	};
}

function fromCard(card: Card, rating: Grade) {
	return {
		due: card.due,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: card.last_review ?? null,
		lastRating: rating
	};
}

const schedulers = new Map<number, ReturnType<typeof fsrs>>();

function schedulerFor(retention: number) {
	let scheduler = schedulers.get(retention);
	if (!scheduler) {
		scheduler = fsrs({ request_retention: retention, enable_fuzz: false });
		schedulers.set(retention, scheduler);
	}
	return scheduler;
}

const learnerAndCard = preparedStep((db) =>
	db
		.select({ retention: users.desiredRetention, card: reviewCards })
		.from(users)
		.leftJoin(
			reviewCards,
			and(eq(reviewCards.userId, users.id), eq(reviewCards.itemId, sql.placeholder('itemId')))
		)
		.where(eq(users.id, sql.placeholder('userId')))
);

const CARD_COLUMNS = [
	'userId',
	'itemId',
	'due',
	'stability',
	'difficulty',
	'elapsedDays',
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'state',
	'lastReview',
	'lastRating'
] as const;

const upsertCard = preparedStep((db) =>
	db
		.insert(reviewCards)
		.values(placeholders(reviewCards, CARD_COLUMNS))
		.onConflictDoUpdate({
			target: [reviewCards.userId, reviewCards.itemId],
			set: fromExcluded(reviewCards, CARD_COLUMNS.slice(2))
		})
		.returning()
);

/** A learner's desired retention and review card of an item: what scheduling its next review starts from. */
export type CardBefore = { retention: number; card: ReviewCard | null } | undefined;

/**
 * Reads what `scheduleReviewStep` starts from. A step that writes something first, the answer
 * itself, can send this read with that write rather than after it.
 */
export function readCardBefore(
	db: DB,
	tx: Queries,
	userId: string,
	itemId: string
): Query<CardBefore[]> {
	return learnerAndCard(db, tx, { userId, itemId });
}

/** Schedules an item's next review for a learner after an answer, from the card read before it. */
export function* scheduleReviewStep(
	db: DB,
	tx: Queries,
	before: CardBefore,
	userId: string,
	itemId: string,
	answer: AnswerSignal,
	now: Date
): Step<ReviewCard> {
	const retention = before?.retention ?? 0.9;
	const existing = before?.card ?? null;
	const rating = ratingFor(answer);
	// Reviews go forward in time: an answer settled after a later one (a timed test marked after
	// the item was practised again) counts as of that later review.
	const at = existing?.lastReview && existing.lastReview > now ? existing.lastReview : now;
	const card = existing ? toCard(existing) : createEmptyCard(at);
	const next = schedulerFor(retention).next(card, at, rating).card;
	const [saved] = yield* run(upsertCard(db, tx, { userId, itemId, ...fromCard(next, rating) }));
	return saved;
}

/** Schedules an item's next review for a learner after an answer. */
export function* updateReviewCardStep(
	db: DB,
	tx: Queries,
	userId: string,
	itemId: string,
	answer: AnswerSignal,
	now: Date
): Step<ReviewCard> {
	const [before] = yield* run(readCardBefore(db, tx, userId, itemId));
	return yield* scheduleReviewStep(db, tx, before, userId, itemId, answer, now);
}

/** Schedules an item's next review (see `updateReviewCardStep`). */
export function updateReviewCard(
	db: DB,
	userId: string,
	itemId: string,
	answer: AnswerSignal,
	now: Date
): Promise<ReviewCard> {
	return perform(db, updateReviewCardStep(db, db, userId, itemId, answer, now));
}

/**
 * A learner's cards that a review can serve now: due, of a published item, and not held back by
 * an open timed test. The count shown anywhere and the items a "due" session serves both come
 * from here, so the number on a review button is the number of questions it starts.
 */
function reviewable(tx: Queries, userId: string, now: Date) {
	return and(
		eq(reviewCards.userId, userId),
		lte(reviewCards.due, now),
		fixed(eq(items.status, 'published')),
		not(heldBack(tx, reviewCards.itemId, reviewCards.userId))
	);
}

/** Items due for review, most overdue first. */
export function* dueItemIdsStep(
	tx: Queries,
	userId: string,
	now: Date,
	limit = 1000
): Step<string[]> {
	const rows = yield* run(
		tx
			.select({ itemId: reviewCards.itemId })
			.from(reviewCards)
			.innerJoin(items, eq(items.id, reviewCards.itemId))
			.where(reviewable(tx, userId, now))
			.orderBy(asc(reviewCards.due))
			.limit(limit)
	);
	return rows.map((r) => r.itemId);
}

/**
 * When each card a review could serve falls due, up to `until`, soonest first: the forecast of
 * reviews to come counts the same cards as `countDueReviews`, only later.
 */
export function* reviewableDueDatesStep(tx: Queries, userId: string, until: Date): Step<Date[]> {
	const rows = yield* run(
		tx
			.select({ due: reviewCards.due })
			.from(reviewCards)
			.innerJoin(items, eq(items.id, reviewCards.itemId))
			.where(reviewable(tx, userId, until))
			.orderBy(asc(reviewCards.due))
	);
	return rows.map((r) => r.due);
}

/** How many questions are due for review now: the one figure every page shows. */
export function* countDueReviewsStep(tx: Queries, userId: string, now: Date): Step<number> {
	const [row] = yield* run(
		tx
			.select({ n: count() })
			.from(reviewCards)
			.innerJoin(items, eq(items.id, reviewCards.itemId))
			.where(reviewable(tx, userId, now))
	);
	return row?.n ?? 0;
}

/** How many questions are due for review now (see `countDueReviewsStep`). */
export function countDueReviews(db: DB, userId: string, now: Date): Promise<number> {
	return perform(db, countDueReviewsStep(db, userId, now));
}
