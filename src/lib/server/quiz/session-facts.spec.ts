import { isHttpError } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { quizSessionItems, quizSessions } from '$lib/server/db/tables';
import { storeLearner } from '$lib/server/testing/fixtures';
import { clinicalTrialsSettings, contentDatabase } from '$lib/server/testing/content';
import { openOwnSlot } from './access';
import { beginSession } from './build';
import { finishSession, submitAnswer } from './session';
import { sessionFacts } from './session-facts';

const settings = clinicalTrialsSettings();

async function setUp() {
	const db = await contentDatabase(['clinical-trials']);
	const learner = await storeLearner(db);
	const start = await beginSession(db, learner.id, { mode: 'tutor', settings });
	if (!start.ok) throw new Error(start.message);
	return { db, learner, session: start.session };
}

async function statusOf(promise: Promise<unknown>): Promise<number | 'none'> {
	try {
		await promise;
		return 'none';
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

describe('the facts of a session', () => {
	it('are its owner, mode, size, deadline and the item at each position, as stored', async () => {
		const { db, learner, session } = await setUp();
		const facts = await sessionFacts(db, session.id);
		expect(facts?.session).toEqual({
			id: session.id,
			userId: learner.id,
			mode: 'tutor',
			itemCount: 3,
			deadlineAt: null
		});
		const slots = await db
			.select()
			.from(quizSessionItems)
			.where(eq(quizSessionItems.sessionId, session.id));
		expect(slots).toHaveLength(3);
		for (const slot of slots)
			expect(facts?.slots.get(slot.position)).toEqual({
				itemId: slot.itemId,
				itemVersionId: slot.itemVersionId,
				maxMarks: slot.maxMarks
			});
	});

	it('are read once and kept, and are none for a session that does not exist', async () => {
		const { db, session } = await setUp();
		const first = await sessionFacts(db, session.id);
		expect(await sessionFacts(db, session.id)).toBe(first);
		expect(await sessionFacts(db, 'no-such-session')).toBeNull();
	});

	it('leave a session’s status to the writes: an answer after it finished is refused', async () => {
		const { db, session } = await setUp();
		const target = await openOwnSlot(db, session.userId, session.id, '1');
		expect(await finishSession(db, session.id)).toBe(true);
		const again = await openOwnSlot(db, session.userId, session.id, '1');
		expect(again.session).toBe(target.session);
		const chosen = target.slot!.spec.options.flatMap((o, i) => (o.correct ? [i] : []));
		expect(
			await submitAnswer(
				db,
				again.session,
				1,
				{ kind: 'choice', chosen },
				null,
				new Date(),
				again.slot!
			)
		).toEqual({ ok: false, reason: 'finished' });
		const [row] = await db.select().from(quizSessions).where(eq(quizSessions.id, session.id));
		expect(row.status).toBe('finished');
	});
});

describe('opening the question a form posts to', () => {
	it('gives the learner’s own session, the position and its item', async () => {
		const { db, session } = await setUp();
		const { position, slot } = await openOwnSlot(db, session.userId, session.id, '2');
		expect(position).toBe(2);
		expect(slot).toMatchObject({ position: 2, spec: { type: expect.any(String) } });
	});

	it('is not found for another learner’s session, an unknown one, or a position it lacks', async () => {
		const { db, session } = await setUp();
		const other = await storeLearner(db);
		expect(await statusOf(openOwnSlot(db, other.id, session.id, '1'))).toBe(404);
		expect(await statusOf(openOwnSlot(db, session.userId, 'no-such-session', '1'))).toBe(404);
		for (const position of ['0', '4', '1.5', 'x'])
			expect(await statusOf(openOwnSlot(db, session.userId, session.id, position))).toBe(404);
		expect(await statusOf(openOwnSlot(db, session.userId, session.id, '3'))).toBe('none');
	});
});
