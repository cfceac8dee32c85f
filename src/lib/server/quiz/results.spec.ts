import { storeLearner } from '$lib/server/testing/fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentDatabase } from '$lib/server/testing/content';
import {
	quizSessionItems,
	quizSessions,
	type Confidence,
	type QuizSession
} from '$lib/server/db/tables';
import type { DB } from '$lib/server/db';
import { beginSession } from './build';
import { findOwnedSession, finishSession, loadSlot, submitAnswer } from './session';
import { setFlag } from './item-actions';
import { readResults } from './view';
import { inFilter, parseFilter, practiseWrong, wrongItemIds } from './results';

type Plan = { right: boolean; confidence?: Confidence } | 'skip';

/** A finished tutor session of single-best-answer questions answered as planned, position by position. */
async function finishedSession(db: DB, userId: string, plan: Plan[]): Promise<QuizSession> {
	const start = await beginSession(db, userId, {
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
	for (const [i, step] of plan.entries()) {
		if (step === 'skip') continue;
		const { spec } = (await loadSlot(db, start.session.id, i + 1))!;
		if (spec.type === 'short-answer') {
			const text = step.right ? spec.shortAnswer!.accepted[0] : 'no idea';
			const typed = await submitAnswer(
				db,
				start.session,
				i + 1,
				{ kind: 'text', text },
				step.confidence ?? null
			);
			if (!typed.ok) throw new Error(typed.reason);
			continue;
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
		const recorded = await submitAnswer(
			db,
			start.session,
			i + 1,
			response,
			step.confidence ?? null
		);
		if (!recorded.ok) throw new Error(recorded.reason);
	}
	await finishSession(db, start.session.id);
	return (await findOwnedSession(db, userId, start.session.id))!;
}

const itemsOf = async (db: DB, sessionId: string) =>
	(
		await db
			.select({ itemId: quizSessionItems.itemId })
			.from(quizSessionItems)
			.where(eq(quizSessionItems.sessionId, sessionId))
			.orderBy(quizSessionItems.position)
	).map((r) => r.itemId);

describe('practising the questions a session got wrong', () => {
	it('starts a tutor session of exactly the wrong and unanswered questions', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const done = await finishedSession(db, learner.id, [
			{ right: true },
			{ right: false },
			'skip',
			{ right: true },
			{ right: false }
		]);
		const asked = await itemsOf(db, done.id);
		const result = await practiseWrong(db, done);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.session.mode).toBe('tutor');
		expect(result.session.retryOf).toBe(done.id);
		expect(new Set(await itemsOf(db, result.session.id))).toEqual(
			new Set([asked[1], asked[2], asked[4]])
		);
	});

	it('starts one session however often it is asked', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const done = await finishedSession(db, learner.id, [{ right: false }, { right: false }]);
		const first = await practiseWrong(db, done);
		const second = await practiseWrong(db, done);
		expect(first.ok && second.ok && first.session.id === second.session.id).toBe(true);
		const retries = await db.select().from(quizSessions).where(eq(quizSessions.retryOf, done.id));
		expect(retries).toHaveLength(1);
	});

	it('leaves out questions held back by an open timed test', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const done = await finishedSession(db, learner.id, [{ right: false }, { right: false }]);
		const [heldItem, freeItem] = await itemsOf(db, done.id);
		const test = await beginSession(db, learner.id, {
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
		expect(await wrongItemIds(db, done)).toEqual([freeItem]);
		const result = await practiseWrong(db, done);
		expect(result.ok && (await itemsOf(db, result.session.id))).toEqual([freeItem]);
	});

	it('refuses a session with nothing wrong, and one not yet finished', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const allRight = await finishedSession(db, learner.id, [{ right: true }]);
		expect(await practiseWrong(db, allRight)).toEqual({
			ok: false,
			message: 'There are no questions you got wrong to practise here.'
		});
		const open = await beginSession(db, learner.id, {
			mode: 'tutor',
			settings: {
				bankIds: ['ablation'],
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: 1
			}
		});
		expect(open.ok && (await practiseWrong(db, open.session)).ok).toBe(false);
	});
});

describe('the filters of the results review', () => {
	it('show wrong, flagged and unsure answers, held-back questions only under all', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const done = await finishedSession(db, learner.id, [
			{ right: true, confidence: 'sure' },
			{ right: false, confidence: 'sure' },
			{ right: true, confidence: 'unsure' },
			{ right: true, confidence: 'guess' },
			'skip',
			{ right: false }
		]);
		const asked = await itemsOf(db, done.id);
		await setFlag(db, learner.id, asked[0], true);
		const held = await beginSession(db, learner.id, {
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
		const review = (await readResults(db, done))!.review;
		const shown = (filter: Parameters<typeof inFilter>[1]) =>
			review.filter((a) => inFilter(a, filter)).map((a) => a.position);
		expect(shown('wrong')).toEqual([2, 5]);
		expect(shown('flagged')).toEqual([1]);
		expect(shown('unsure')).toEqual([3, 4]);
		expect(shown('all')).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('open on the wrong answers when there are any, refusing unknown filters', async () => {
		const db = await contentDatabase(['ablation']);
		const learner = await storeLearner(db);
		const mixed = (await readResults(
			db,
			await finishedSession(db, learner.id, [{ right: false }])
		))!.review;
		const allRight = (await readResults(
			db,
			await finishedSession(db, learner.id, [{ right: true }])
		))!.review;
		expect(parseFilter(null, mixed)).toBe('wrong');
		expect(parseFilter(null, allRight)).toBe('all');
		expect(parseFilter('flagged', allRight)).toBe('flagged');
		expect(parseFilter('correct', mixed)).toBeNull();
	});
});
