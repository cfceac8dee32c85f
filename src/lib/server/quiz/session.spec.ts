import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answers, quizSessions, reviewCards } from '../db/schema';
import { contentDb, makeLearner } from '../testing/fixtures';
import { startSession } from './build';
import {
	finaliseExpiredSessions,
	finaliseSession,
	getOwnedSession,
	getSlot,
	recordAnswer
} from './session';
import type { DB } from '../db';
import { saveNote, setFlag } from './item-actions';
import { loadItemPage, loadResults } from './view';

const settings = {
	bankIds: ['clinical-trials'],
	selection: 'all' as const,
	difficulty: 'any' as const,
	audience: 'any' as const,
	requestedCount: 3
};

function keyedResponse(db: DB, sessionId: string, position: number, right: boolean) {
	const { spec } = getSlot(db, sessionId, position)!;
	const key = spec.options.flatMap((o, i) => (o.correct ? [i] : []));
	const wrong = spec.options.findIndex((o) => !o.correct);
	return { kind: 'choice' as const, chosen: right ? key : [wrong] };
}

describe('practice sessions', () => {
	it('are visible only to their learner', async () => {
		const db = contentDb();
		const owner = await makeLearner(db);
		const other = await makeLearner(db);
		const result = startSession(db, owner.id, { mode: 'tutor', settings });
		expect(result.ok).toBe(true);
		const id = result.ok ? result.session.id : '';
		expect(getOwnedSession(db, owner.id, id)).not.toBeNull();
		expect(getOwnedSession(db, other.id, id)).toBeNull();
	});

	it('keep the first tutor answer: a replay or a change does not add or alter a record', async () => {
		const db = contentDb();
		const learner = await makeLearner(db);
		const start = startSession(db, learner.id, { mode: 'tutor', settings });
		if (!start.ok) throw new Error(start.message);
		const session = start.session;
		const right = keyedResponse(db, session.id, 1, true);
		const first = recordAnswer(db, session, 1, right, 'sure');
		const replay = recordAnswer(db, session, 1, right, 'sure');
		const changed = recordAnswer(db, session, 1, keyedResponse(db, session.id, 1, false), null);
		expect(first.ok && first.repeated).toBe(false);
		expect(replay.ok && replay.repeated).toBe(true);
		expect(changed.ok && changed.answer.correct).toBe(true);
		expect(db.select().from(answers).all()).toHaveLength(1);
		expect(db.select().from(reviewCards).all()).toHaveLength(1);
	});

	it('let a timed answer change until the deadline, keeping one row, and refuse it after', async () => {
		const db = contentDb();
		const learner = await makeLearner(db);
		const t0 = new Date('2026-03-01T09:00:00Z');
		const start = startSession(db, learner.id, { mode: 'timed', settings, secondsPerItem: 10 }, t0);
		if (!start.ok) throw new Error(start.message);
		const session = start.session;
		expect(session.deadlineAt?.getTime()).toBe(t0.getTime() + 30_000);

		recordAnswer(
			db,
			session,
			1,
			keyedResponse(db, session.id, 1, false),
			null,
			new Date(t0.getTime() + 1000)
		);
		recordAnswer(
			db,
			session,
			1,
			keyedResponse(db, session.id, 1, true),
			'sure',
			new Date(t0.getTime() + 2000)
		);
		const rows = db.select().from(answers).all();
		expect(rows).toHaveLength(1);
		expect(rows[0].correct).toBe(true);

		const late = recordAnswer(
			db,
			session,
			2,
			keyedResponse(db, session.id, 2, true),
			null,
			new Date(t0.getTime() + 30_000)
		);
		expect(late).toEqual({ ok: false, reason: 'expired' });
		expect(db.select().from(answers).all()).toHaveLength(1);
		const finished = db.select().from(quizSessions).where(eq(quizSessions.id, session.id)).get()!;
		expect(finished.status).toBe('finished');
		expect(finished.marks).toBe(1);
		expect(finished.finishedAt?.getTime()).toBe(t0.getTime() + 30_000);
		// Reviews are scheduled once the test is marked, not while it runs.
		expect(db.select().from(reviewCards).all()).toHaveLength(1);
	});

	it('are finalised exactly once however often finishing is asked for', async () => {
		const db = contentDb();
		const learner = await makeLearner(db);
		const start = startSession(db, learner.id, { mode: 'timed', settings });
		if (!start.ok) throw new Error(start.message);
		recordAnswer(db, start.session, 1, keyedResponse(db, start.session.id, 1, true), null);
		const outcomes = Array.from({ length: 20 }, () => finaliseSession(db, start.session.id));
		expect(outcomes.filter(Boolean)).toHaveLength(1);
		expect(db.select().from(reviewCards).all()).toHaveLength(1);
	});

	it('are finalised at their deadline by the sweep, even if the learner never returns', async () => {
		const db = contentDb();
		const learner = await makeLearner(db);
		const t0 = new Date('2026-03-01T09:00:00Z');
		const start = startSession(db, learner.id, { mode: 'timed', settings, secondsPerItem: 10 }, t0);
		if (!start.ok) throw new Error(start.message);
		expect(finaliseExpiredSessions(db, new Date(t0.getTime() + 29_000))).toBe(0);
		expect(finaliseExpiredSessions(db, new Date(t0.getTime() + 31_000))).toBe(1);
		expect(finaliseExpiredSessions(db, new Date(t0.getTime() + 32_000))).toBe(0);
	});

	it('never show feedback in a timed test before it is finished, and show it all after', async () => {
		const db = contentDb();
		const learner = await makeLearner(db);
		const start = startSession(db, learner.id, { mode: 'timed', settings });
		if (!start.ok) throw new Error(start.message);
		recordAnswer(db, start.session, 1, keyedResponse(db, start.session.id, 1, true), null);
		const page = loadItemPage(db, start.session, 1)!.page;
		expect(page.feedback).toBeNull();
		expect(JSON.stringify(page)).not.toMatch(/"correct"|"explanation"|"teachingPoint"/);
		expect(loadResults(db, start.session)).toBeNull();
		finaliseSession(db, start.session.id);
		const results = loadResults(db, getOwnedSession(db, learner.id, start.session.id)!)!;
		expect(results.marks).toBe(1);
		expect(results.answered).toBe(1);
		expect(results.review).toHaveLength(3);
	});

	it('show the item as its learner left it: answer, note, flag, and a grid only when timed', async () => {
		const db = contentDb();
		const learner = await makeLearner(db);
		const tutor = startSession(db, learner.id, { mode: 'tutor', settings });
		const timed = startSession(db, learner.id, {
			mode: 'timed',
			settings: { ...settings, bankIds: ['mdt'] }
		});
		if (!tutor.ok || !timed.ok) throw new Error('no session');
		const fresh = loadItemPage(db, tutor.session, 1)!;
		expect(fresh.shownAt).toBeNull();
		expect(fresh.page).toMatchObject({ response: null, flagged: false, note: '', grid: null });
		expect(fresh.page.bankTitle).not.toBe('');

		const { itemId } = getSlot(db, tutor.session.id, 1)!;
		setFlag(db, learner.id, itemId, true);
		saveNote(db, learner.id, itemId, 'Check the portal vein point.');
		const response = keyedResponse(db, tutor.session.id, 1, true);
		recordAnswer(db, tutor.session, 1, response, 'sure');
		const answered = loadItemPage(db, tutor.session, 1)!.page;
		expect(answered).toMatchObject({
			response,
			confidence: 'sure',
			flagged: true,
			note: 'Check the portal vein point.',
			grid: null
		});
		expect(answered.feedback).toMatchObject({ correct: true, marks: 1, maxMarks: 1 });

		recordAnswer(db, timed.session, 2, keyedResponse(db, timed.session.id, 2, false), null);
		const grid = loadItemPage(db, timed.session, 1)!.page.grid;
		expect(grid?.map((c) => c.answered)).toEqual([false, true, false]);
		expect(loadItemPage(db, tutor.session, 4)).toBeNull();
	});

	it('show how peers answered only once five others have', async () => {
		const db = contentDb();
		const learners = await Promise.all(Array.from({ length: 6 }, () => makeLearner(db)));
		const wholeBank = { ...settings, requestedCount: 100 };
		const sessions = learners.map((l) => {
			const s = startSession(db, l.id, { mode: 'tutor', settings: wholeBank });
			if (!s.ok) throw new Error(s.message);
			return s.session;
		});
		const target = getSlot(db, sessions[0].id, 1)!.itemId;
		const positionOf = (sessionId: string) => {
			for (let p = 1; ; p++) if (getSlot(db, sessionId, p)!.itemId === target) return p;
		};
		const answer = (i: number) =>
			recordAnswer(
				db,
				sessions[i],
				positionOf(sessions[i].id),
				{ kind: 'choice', chosen: [0] },
				null
			);

		for (let i = 0; i < 5; i++) answer(i);
		expect(loadItemPage(db, sessions[0], 1)!.page.feedback?.peers).toBeNull();
		answer(5);
		const peers = loadItemPage(db, sessions[0], 1)!.page.feedback?.peers;
		expect(peers?.answered).toBe(5);
		expect(peers?.optionShares[0]).toBe(1);
	});

	it('refuse to start when nothing matches', async () => {
		const db = contentDb();
		const learner = await makeLearner(db);
		expect(
			startSession(db, learner.id, {
				mode: 'tutor',
				settings: { ...settings, selection: 'flagged' }
			})
		).toEqual({
			ok: false,
			message: expect.stringMatching(/No questions match/)
		});
		expect(
			startSession(db, learner.id, { mode: 'tutor', settings: { ...settings, bankIds: [] } }).ok
		).toBe(false);
	});
});
