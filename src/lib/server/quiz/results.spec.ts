import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addLearner, contentDb } from '../testing/fixtures';
import { quizSessionItems, quizSessions, type Confidence, type QuizSession } from '../db/schema';
import type { DB } from '../db';
import { startSession } from './build';
import { finaliseSession, getOwnedSession, getSlot, recordAnswer } from './session';
import { setFlag } from './item-actions';
import { loadResults } from './view';
import { inFilter, parseFilter, practiseWrong, wrongItemIds } from './results';

type Plan = { right: boolean; confidence?: Confidence } | 'skip';

/** A finished tutor session of single-best-answer questions answered as planned, position by position. */
function finishedSession(db: DB, userId: string, plan: Plan[]): QuizSession {
	const start = startSession(db, userId, {
		mode: 'tutor',
		settings: {
			bankIds: ['ablation'],
			selection: 'all',
			difficulty: 'any',
			audience: 'any',
			requestedCount: plan.length
		}
	});
	if (!start.ok) throw new Error(start.message);
	plan.forEach((step, i) => {
		if (step === 'skip') return;
		const { spec } = getSlot(db, start.session.id, i + 1)!;
		if (spec.type === 'short-answer') {
			const text = step.right ? spec.shortAnswer!.accepted[0] : 'no idea';
			const typed = recordAnswer(
				db,
				start.session,
				i + 1,
				{ kind: 'text', text },
				step.confidence ?? null
			);
			if (!typed.ok) throw new Error(typed.reason);
			return;
		}
		const chosen =
			spec.type === 'extended-matching'
				? null
				: step.right
					? spec.options.flatMap((o, j) => (o.correct ? [j] : []))
					: [spec.options.findIndex((o) => !o.correct)];
		const response = chosen
			? { kind: 'choice' as const, chosen }
			: {
					kind: 'matching' as const,
					chosen: Object.fromEntries(
						spec.stems!.map((s) => [
							s.id,
							step.right ? s.answer : (s.answer + 1) % spec.options.length
						])
					)
				};
		const recorded = recordAnswer(db, start.session, i + 1, response, step.confidence ?? null);
		if (!recorded.ok) throw new Error(recorded.reason);
	});
	finaliseSession(db, start.session.id);
	return getOwnedSession(db, userId, start.session.id)!;
}

const itemsOf = (db: DB, sessionId: string) =>
	db
		.select({ itemId: quizSessionItems.itemId })
		.from(quizSessionItems)
		.where(eq(quizSessionItems.sessionId, sessionId))
		.orderBy(quizSessionItems.position)
		.all()
		.map((r) => r.itemId);

describe('practising the questions a session got wrong', () => {
	it('starts a tutor session of exactly the wrong and unanswered questions', () => {
		const db = contentDb(['ablation']);
		const learner = addLearner(db);
		const done = finishedSession(db, learner.id, [
			{ right: true },
			{ right: false },
			'skip',
			{ right: true },
			{ right: false }
		]);
		const asked = itemsOf(db, done.id);
		const result = practiseWrong(db, done);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.session.mode).toBe('tutor');
		expect(result.session.retryOf).toBe(done.id);
		expect(new Set(itemsOf(db, result.session.id))).toEqual(
			new Set([asked[1], asked[2], asked[4]])
		);
	});

	it('starts one session however often it is asked', () => {
		const db = contentDb(['ablation']);
		const learner = addLearner(db);
		const done = finishedSession(db, learner.id, [{ right: false }, { right: false }]);
		const first = practiseWrong(db, done);
		const second = practiseWrong(db, done);
		expect(first.ok && second.ok && first.session.id === second.session.id).toBe(true);
		const retries = db.select().from(quizSessions).where(eq(quizSessions.retryOf, done.id)).all();
		expect(retries).toHaveLength(1);
	});

	it('leaves out questions held back by an open timed test', () => {
		const db = contentDb(['ablation']);
		const learner = addLearner(db);
		const done = finishedSession(db, learner.id, [{ right: false }, { right: false }]);
		const [heldItem, freeItem] = itemsOf(db, done.id);
		const test = startSession(db, learner.id, {
			mode: 'timed',
			settings: {
				bankIds: ['ablation'],
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: 1,
				itemIds: [heldItem]
			}
		});
		expect(test.ok).toBe(true);
		expect(wrongItemIds(db, done)).toEqual([freeItem]);
		const result = practiseWrong(db, done);
		expect(result.ok && itemsOf(db, result.session.id)).toEqual([freeItem]);
	});

	it('refuses a session with nothing wrong, and one not yet finished', () => {
		const db = contentDb(['ablation']);
		const learner = addLearner(db);
		const allRight = finishedSession(db, learner.id, [{ right: true }]);
		expect(practiseWrong(db, allRight)).toEqual({
			ok: false,
			message: 'There are no questions you got wrong to practise here.'
		});
		const open = startSession(db, learner.id, {
			mode: 'tutor',
			settings: {
				bankIds: ['ablation'],
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: 1
			}
		});
		expect(open.ok && practiseWrong(db, open.session).ok).toBe(false);
	});
});

describe('the filters of the results review', () => {
	it('show wrong, flagged and unsure answers, held-back questions only under all', () => {
		const db = contentDb(['ablation']);
		const learner = addLearner(db);
		const done = finishedSession(db, learner.id, [
			{ right: true, confidence: 'sure' },
			{ right: false, confidence: 'sure' },
			{ right: true, confidence: 'unsure' },
			{ right: true, confidence: 'guess' },
			'skip',
			{ right: false }
		]);
		const asked = itemsOf(db, done.id);
		setFlag(db, learner.id, asked[0], true);
		const held = startSession(db, learner.id, {
			mode: 'timed',
			settings: {
				bankIds: ['ablation'],
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: 1,
				itemIds: [asked[5]]
			}
		});
		expect(held.ok).toBe(true);
		const review = loadResults(db, done)!.review;
		const shown = (filter: Parameters<typeof inFilter>[1]) =>
			review.filter((a) => inFilter(a, filter)).map((a) => a.position);
		expect(shown('wrong')).toEqual([2, 5]);
		expect(shown('flagged')).toEqual([1]);
		expect(shown('unsure')).toEqual([3, 4]);
		expect(shown('all')).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('open on the wrong answers when there are any, refusing unknown filters', () => {
		const db = contentDb(['ablation']);
		const learner = addLearner(db);
		const mixed = loadResults(db, finishedSession(db, learner.id, [{ right: false }]))!.review;
		const allRight = loadResults(db, finishedSession(db, learner.id, [{ right: true }]))!.review;
		expect(parseFilter(null, mixed)).toBe('wrong');
		expect(parseFilter(null, allRight)).toBe('all');
		expect(parseFilter('flagged', allRight)).toBe('flagged');
		expect(parseFilter('correct', mixed)).toBeNull();
	});
});
