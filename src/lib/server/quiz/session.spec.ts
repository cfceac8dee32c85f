import { storeLearner } from '$lib/server/testing/fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answers, quizSessions, reviewCards, type QuizSession } from '$lib/server/db/tables';
import { clinicalTrialsSettings, contentDatabase } from '$lib/server/testing/content';
import { beginSession } from './build';
import {
	finaliseExpiredSessions,
	findOwnedSession,
	finishSession,
	loadSlot,
	submitAnswer
} from './session';
import type { DB } from '$lib/server/db';
import { saveNote, setFlag } from './item-actions';
import { readItemPage, readResults } from './view';

const settings = clinicalTrialsSettings();

async function keyedResponse(db: DB, sessionId: string, position: number, right: boolean) {
	const { spec } = (await loadSlot(db, sessionId, position))!;
	const key = spec.options.flatMap((o, i) => (o.correct ? [i] : []));
	const wrong = spec.options.findIndex((o) => !o.correct);
	return { kind: 'choice' as const, chosen: right ? key : [wrong] };
}

describe('practice sessions', () => {
	it('are visible only to their learner', async () => {
		const db = await contentDatabase();
		const owner = await storeLearner(db);
		const other = await storeLearner(db);
		const result = await beginSession(db, owner.id, { mode: 'tutor', settings });
		expect(result.ok).toBe(true);
		const id = result.ok ? result.session.id : '';
		expect(await findOwnedSession(db, owner.id, id)).not.toBeNull();
		expect(await findOwnedSession(db, other.id, id)).toBeNull();
	});

	it('keep the first tutor answer: a replay or a change does not add or alter a record', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const start = await beginSession(db, learner.id, { mode: 'tutor', settings });
		if (!start.ok) throw new Error(start.message);
		const session = start.session;
		const right = await keyedResponse(db, session.id, 1, true);
		const first = await submitAnswer(db, session, 1, right, 'sure');
		const replay = await submitAnswer(db, session, 1, right, 'sure');
		const changed = await submitAnswer(
			db,
			session,
			1,
			await keyedResponse(db, session.id, 1, false),
			null
		);
		expect(first.ok && first.repeated).toBe(false);
		expect(replay.ok && replay.repeated).toBe(true);
		expect(changed.ok && changed.answer.correct).toBe(true);
		expect(await db.select().from(answers)).toHaveLength(1);
		expect(await db.select().from(reviewCards)).toHaveLength(1);
	});

	it('let a timed answer change until the deadline, keeping one row, and refuse it after', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const t0 = new Date('2026-03-01T09:00:00Z');
		const start = await beginSession(
			db,
			learner.id,
			{ mode: 'timed', settings, secondsPerItem: 10 },
			t0
		);
		if (!start.ok) throw new Error(start.message);
		const session = start.session;
		expect(session.deadlineAt?.getTime()).toBe(t0.getTime() + 30_000);

		await submitAnswer(
			db,
			session,
			1,
			await keyedResponse(db, session.id, 1, false),
			null,
			new Date(t0.getTime() + 1000)
		);
		await submitAnswer(
			db,
			session,
			1,
			await keyedResponse(db, session.id, 1, true),
			'sure',
			new Date(t0.getTime() + 2000)
		);
		const rows = await db.select().from(answers);
		expect(rows).toHaveLength(1);
		expect(rows[0].correct).toBe(true);

		const late = await submitAnswer(
			db,
			session,
			2,
			await keyedResponse(db, session.id, 2, true),
			null,
			new Date(t0.getTime() + 30_000)
		);
		expect(late).toEqual({ ok: false, reason: 'expired' });
		expect(await db.select().from(answers)).toHaveLength(1);
		const finished = (
			await db.select().from(quizSessions).where(eq(quizSessions.id, session.id)).limit(1)
		)[0]!;
		expect(finished.status).toBe('finished');
		expect(finished.marks).toBe(1);
		expect(finished.finishedAt?.getTime()).toBe(t0.getTime() + 30_000);
		// Reviews are scheduled once the test is marked, not while it runs.
		expect(await db.select().from(reviewCards)).toHaveLength(1);
	});

	it('are finalised exactly once however often finishing is asked for', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const start = await beginSession(db, learner.id, { mode: 'timed', settings });
		if (!start.ok) throw new Error(start.message);
		await submitAnswer(
			db,
			start.session,
			1,
			await keyedResponse(db, start.session.id, 1, true),
			null
		);
		const outcomes = await Promise.all(
			Array.from({ length: 20 }, () => finishSession(db, start.session.id))
		);
		expect(outcomes.filter(Boolean)).toHaveLength(1);
		expect(await db.select().from(reviewCards)).toHaveLength(1);
	});

	it('are finalised at their deadline by the sweep, even if the learner never returns', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const t0 = new Date('2026-03-01T09:00:00Z');
		const start = await beginSession(
			db,
			learner.id,
			{ mode: 'timed', settings, secondsPerItem: 10 },
			t0
		);
		if (!start.ok) throw new Error(start.message);
		expect(await finaliseExpiredSessions(db, new Date(t0.getTime() + 29_000))).toBe(0);
		expect(await finaliseExpiredSessions(db, new Date(t0.getTime() + 31_000))).toBe(1);
		expect(await finaliseExpiredSessions(db, new Date(t0.getTime() + 32_000))).toBe(0);
	});

	it('never show feedback in a timed test before it is finished, and show it all after', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const start = await beginSession(db, learner.id, { mode: 'timed', settings });
		if (!start.ok) throw new Error(start.message);
		await submitAnswer(
			db,
			start.session,
			1,
			await keyedResponse(db, start.session.id, 1, true),
			null
		);
		const page = (await readItemPage(db, start.session, 1))!.page;
		expect(page.feedback).toBeNull();
		expect(JSON.stringify(page)).not.toMatch(/"correct"|"explanation"|"teachingPoint"/);
		expect(await readResults(db, start.session)).toBeNull();
		await finishSession(db, start.session.id);
		const results = (await readResults(
			db,
			(await findOwnedSession(db, learner.id, start.session.id))!
		))!;
		expect(results.marks).toBe(1);
		expect(results.answered).toBe(1);
		expect(results.review).toHaveLength(3);
	});

	it('show the item as its learner left it: answer, note, flag, and a grid only when timed', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const tutor = await beginSession(db, learner.id, { mode: 'tutor', settings });
		const timed = await beginSession(db, learner.id, {
			mode: 'timed',
			settings: { ...settings, bankIds: ['mdt'] }
		});
		if (!tutor.ok || !timed.ok) throw new Error('no session');
		const fresh = (await readItemPage(db, tutor.session, 1))!;
		expect(fresh.shownAt).toBeNull();
		expect(fresh.page).toMatchObject({ response: null, flagged: false, note: '', grid: null });
		expect(fresh.page.bankTitle).not.toBe('');

		const { itemId } = (await loadSlot(db, tutor.session.id, 1))!;
		await setFlag(db, learner.id, itemId, true);
		await saveNote(db, learner.id, itemId, 'Check the portal vein point.');
		const response = await keyedResponse(db, tutor.session.id, 1, true);
		await submitAnswer(db, tutor.session, 1, response, 'sure');
		const answered = (await readItemPage(db, tutor.session, 1))!.page;
		expect(answered).toMatchObject({
			response,
			confidence: 'sure',
			flagged: true,
			note: 'Check the portal vein point.',
			grid: null
		});
		expect(answered.feedback).toMatchObject({ correct: true, marks: 1, maxMarks: 1 });

		await submitAnswer(
			db,
			timed.session,
			2,
			await keyedResponse(db, timed.session.id, 2, false),
			null
		);
		const grid = (await readItemPage(db, timed.session, 1))!.page.grid;
		expect(grid?.map((c) => c.answered)).toEqual([false, true, false]);
		expect(await readItemPage(db, tutor.session, 4)).toBeNull();
	});

	it('show how peers answered only once five others have', async () => {
		const db = await contentDatabase();
		const learners = await Promise.all(Array.from({ length: 6 }, () => storeLearner(db)));
		const wholeBank = { ...settings, requestedCount: 100 };
		const sessions: QuizSession[] = [];
		for (const l of learners) {
			const s = await beginSession(db, l.id, { mode: 'tutor', settings: wholeBank });
			if (!s.ok) throw new Error(s.message);
			sessions.push(s.session);
		}
		const target = (await loadSlot(db, sessions[0].id, 1))!.itemId;
		const positionOf = async (sessionId: string) => {
			for (let p = 1; ; p++) if ((await loadSlot(db, sessionId, p))!.itemId === target) return p;
		};
		const answer = async (i: number) =>
			submitAnswer(
				db,
				sessions[i],
				await positionOf(sessions[i].id),
				{ kind: 'choice', chosen: [0] },
				null
			);

		for (let i = 0; i < 5; i++) await answer(i);
		expect((await readItemPage(db, sessions[0], 1))!.page.feedback?.peers).toBeNull();
		await answer(5);
		const peers = (await readItemPage(db, sessions[0], 1))!.page.feedback?.peers;
		expect(peers?.answered).toBe(5);
		expect(peers?.optionShares[0]).toBe(1);
	});

	it('refuse to start when nothing matches', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		expect(
			await beginSession(db, learner.id, {
				mode: 'tutor',
				settings: { ...settings, selection: 'flagged' }
			})
		).toEqual({
			ok: false,
			message: expect.stringMatching(/No questions match/)
		});
		expect(
			(
				await beginSession(db, learner.id, {
					mode: 'tutor',
					settings: { ...settings, bankIds: [] }
				})
			).ok
		).toBe(false);
	});
});
