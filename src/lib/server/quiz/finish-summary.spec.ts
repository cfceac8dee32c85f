import { storeLearner } from '$lib/server/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { contentDatabase } from '$lib/server/testing/content';
import { beginSession } from './build';
import { finishSummary, returnPosition } from './finish-summary';
import { setFlag } from './item-actions';
import { loadSlot, submitAnswer } from './session';

const t0 = new Date('2026-03-01T09:00:00Z');

async function timedTest(count: number) {
	const db = await contentDatabase(['clinical-trials']);
	const learner = (await storeLearner(db)).id;
	const start = await beginSession(
		db,
		learner,
		{
			mode: 'timed',
			settings: {
				bankIds: ['clinical-trials'],
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: count
			},
			secondsPerItem: 60
		},
		t0
	);
	if (!start.ok) throw new Error(start.message);
	return { db, learner, session: start.session };
}

describe('the confirmation before finishing a test', () => {
	it('counts the unanswered and flagged questions by position', async () => {
		const { db, learner, session } = await timedTest(4);
		for (const position of [1, 3])
			await submitAnswer(db, session, position, { kind: 'choice', chosen: [0] }, null, t0);
		await setFlag(db, learner, (await loadSlot(db, session.id, 3))!.itemId, true);
		await setFlag(db, learner, (await loadSlot(db, session.id, 4))!.itemId, true);

		expect(await finishSummary(db, session)).toEqual({
			itemCount: 4,
			answered: 2,
			unanswered: [2, 4],
			flagged: [3, 4]
		});
	});

	it('counts nothing as flagged that another learner flagged', async () => {
		const { db, session } = await timedTest(2);
		const other = (await storeLearner(db)).id;
		await setFlag(db, other, (await loadSlot(db, session.id, 1))!.itemId, true);
		expect((await finishSummary(db, session)).flagged).toEqual([]);
	});

	it('goes back to the question the learner came from, or the first when that is not one', async () => {
		const { session } = await timedTest(3);
		expect(returnPosition(session, '3')).toBe(3);
		expect(returnPosition(session, '4')).toBe(1);
		expect(returnPosition(session, '0')).toBe(1);
		expect(returnPosition(session, 'x')).toBe(1);
		expect(returnPosition(session, null)).toBe(1);
	});
});
