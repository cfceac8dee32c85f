import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '../db';
import {
	answers,
	itemVersionTallies,
	moduleResults,
	quizSessions,
	reviewCards,
	userBankStats,
	type QuizSession,
	type Response
} from '../db/schema';
import { createCohort, joinCohort } from '../cohorts/cohorts';
import { createModule, startModuleAttempt } from '../cohorts/modules';
import { addLearner, contentDb } from '../testing/fixtures';
import { startSession } from './build';
import {
	currentSession,
	finaliseExpiredSessions,
	finaliseSession,
	getOwnedSession,
	getSlot,
	listUnfinishedSessions,
	markShown,
	recordAnswer,
	resumePosition
} from './session';

const t0 = new Date('2026-03-01T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

const settings = {
	bankIds: ['clinical-trials'],
	selection: 'all' as const,
	difficulty: 'any' as const,
	audience: 'any' as const,
	requestedCount: 3
};

function setUp() {
	const db = contentDb(['clinical-trials']);
	return { db, learner: addLearner(db) };
}

/** Three questions, ten seconds each: the deadline is 30 s after `startedAt`. */
function timed(db: DB, userId: string, startedAt = t0): QuizSession {
	const start = startSession(
		db,
		userId,
		{ mode: 'timed', settings, secondsPerItem: 10 },
		startedAt
	);
	if (!start.ok) throw new Error(start.message);
	return start.session;
}

function tutor(db: DB, userId: string, startedAt = t0): QuizSession {
	const start = startSession(db, userId, { mode: 'tutor', settings }, startedAt);
	if (!start.ok) throw new Error(start.message);
	return start.session;
}

/** The answer that earns every mark of the question at this position, or none. */
function answerFor(db: DB, session: QuizSession, position: number, right: boolean): Response {
	const { spec } = getSlot(db, session.id, position)!;
	if (spec.type === 'extended-matching')
		return {
			kind: 'matching',
			chosen: Object.fromEntries(
				(spec.stems ?? []).map((s) => [
					s.id,
					right ? s.answer : (s.answer + 1) % spec.options.length
				])
			)
		};
	return right
		? { kind: 'choice', chosen: spec.options.flatMap((o, i) => (o.correct ? [i] : [])) }
		: { kind: 'choice', chosen: [spec.options.findIndex((o) => !o.correct)] };
}

const stored = (db: DB, id: string) =>
	db.select().from(quizSessions).where(eq(quizSessions.id, id)).get()!;

describe('finishing a session', () => {
	it('records a late finish at the deadline, and any other finish when it happens', () => {
		const { db, learner } = setUp();
		const practice = tutor(db, learner.id);
		const late = timed(db, learner.id);
		const early = timed(db, learner.id);
		expect(finaliseSession(db, late.id, at(45_000))).toBe(true);
		expect(finaliseSession(db, early.id, at(10_000))).toBe(true);
		expect(finaliseSession(db, practice.id, at(600_000))).toBe(true);
		expect(stored(db, late.id).finishedAt).toEqual(at(30_000));
		expect(stored(db, early.id).finishedAt).toEqual(at(10_000));
		expect(stored(db, practice.id).finishedAt).toEqual(at(600_000));
	});

	it('gives a test answered all right its full marks, and one answered all wrong none', () => {
		const { db, learner } = setUp();
		const right = timed(db, learner.id);
		const wrong = timed(db, learner.id);
		for (let p = 1; p <= 3; p++) {
			recordAnswer(db, right, p, answerFor(db, right, p, true), null, at(1000));
			recordAnswer(db, wrong, p, answerFor(db, wrong, p, false), null, at(1000));
		}
		finaliseSession(db, right.id, at(2000));
		finaliseSession(db, wrong.id, at(2000));
		expect(stored(db, right.id)).toMatchObject({ status: 'finished', marks: right.maxMarks });
		expect(stored(db, wrong.id)).toMatchObject({ status: 'finished', marks: 0 });
		expect(right.maxMarks).toBeGreaterThanOrEqual(3);
	});

	it('numbers sessions in the order they finish', () => {
		const { db, learner } = setUp();
		const first = tutor(db, learner.id);
		const second = tutor(db, learner.id);
		finaliseSession(db, second.id, at(1000));
		finaliseSession(db, first.id, at(2000));
		expect(stored(db, second.id).finishOrder).toBe(1);
		expect(stored(db, first.id).finishOrder).toBe(2);
	});

	it('refuses to finish a session that does not exist or has finished', () => {
		const { db, learner } = setUp();
		const session = tutor(db, learner.id);
		expect(finaliseSession(db, 'no-such-session')).toBe(false);
		expect(finaliseSession(db, session.id, at(1000))).toBe(true);
		expect(finaliseSession(db, session.id, at(2000))).toBe(false);
		expect(stored(db, session.id).finishedAt).toEqual(at(1000));
	});

	it('counts a tutor answer once, when it is given, and not again when the session finishes', () => {
		const { db, learner } = setUp();
		const session = tutor(db, learner.id);
		recordAnswer(db, session, 1, answerFor(db, session, 1, true), 'sure', at(1000));
		const counts = () => ({
			answered: db.select().from(userBankStats).get()?.answered,
			tallied: db.select().from(itemVersionTallies).get()?.answered,
			reps: db.select().from(reviewCards).get()?.reps
		});
		expect(counts()).toEqual({ answered: 1, tallied: 1, reps: 1 });
		finaliseSession(db, session.id, at(2000));
		expect(counts()).toEqual({ answered: 1, tallied: 1, reps: 1 });
	});

	it('counts a timed answer only when its test finishes', () => {
		const { db, learner } = setUp();
		const session = timed(db, learner.id);
		recordAnswer(db, session, 1, answerFor(db, session, 1, true), 'sure', at(1000));
		expect(db.select().from(userBankStats).all()).toEqual([]);
		expect(db.select().from(itemVersionTallies).all()).toEqual([]);
		finaliseSession(db, session.id, at(2000));
		expect(db.select().from(userBankStats).get()?.answered).toBe(1);
		expect(db.select().from(itemVersionTallies).get()?.answered).toBe(1);
		expect(db.select().from(reviewCards).get()?.reps).toBe(1);
	});

	it('records a module attempt that ends late as finished at its deadline', () => {
		const { db, learner } = setUp();
		const educator = addLearner(db);
		const cohort = createCohort(db, educator.id, { name: 'Ward 7', description: '' });
		joinCohort(db, learner.id, cohort.joinCode);
		const m = createModule(db, cohort.id, educator.id, {
			title: 'Trials awareness',
			bankIds: ['clinical-trials'],
			itemCount: 3,
			secondsPerItem: 10,
			passMark: 50,
			audience: 'any',
			difficulty: 'any',
			due: { kind: 'fixed', at: at(7 * 86_400_000) },
			attemptsAllowed: null,
			renewalDays: null
		});
		const start = startModuleAttempt(db, learner.id, m, t0);
		if (!start.ok) throw new Error(start.message);
		const session = getOwnedSession(db, learner.id, start.sessionId)!;
		for (let p = 1; p <= 3; p++)
			recordAnswer(db, session, p, answerFor(db, session, p, true), null, at(1000));
		finaliseSession(db, session.id, at(90_000));
		expect(db.select().from(moduleResults).get()).toMatchObject({
			sessionId: session.id,
			scorePercent: 100,
			passed: true,
			completedAt: at(30_000)
		});
	});
});

describe('the deadline of a timed test', () => {
	it('accepts an answer a millisecond before the deadline and none at it', () => {
		const { db, learner } = setUp();
		const session = timed(db, learner.id);
		const inTime = recordAnswer(db, session, 1, answerFor(db, session, 1, true), null, at(29_999));
		expect(inTime.ok).toBe(true);
		expect(recordAnswer(db, session, 2, answerFor(db, session, 2, true), null, at(30_000))).toEqual(
			{
				ok: false,
				reason: 'expired'
			}
		);
		expect(stored(db, session.id)).toMatchObject({ status: 'finished', finishedAt: at(30_000) });
	});

	it('is enforced by the sweep from the deadline itself', () => {
		const { db, learner } = setUp();
		const session = timed(db, learner.id);
		tutor(db, learner.id);
		expect(finaliseExpiredSessions(db, at(29_999))).toBe(0);
		expect(finaliseExpiredSessions(db, at(30_000))).toBe(1);
		expect(stored(db, session.id).finishedAt).toEqual(at(30_000));
	});

	it('finishes a test when it is next looked at after its time is up, and leaves others alone', () => {
		const { db, learner } = setUp();
		const session = timed(db, learner.id);
		const practice = tutor(db, learner.id);
		expect(currentSession(db, session, at(29_999))).toBe(session);
		expect(currentSession(db, practice, at(999_999))).toBe(practice);
		expect(currentSession(db, session, at(31_000))).toMatchObject({
			id: session.id,
			status: 'finished',
			finishedAt: at(30_000)
		});
		const finished = stored(db, session.id);
		expect(currentSession(db, finished, at(40_000))).toBe(finished);
	});
});

describe('recording answers', () => {
	it('refuses an answer to a finished session, even when given an out-of-date copy of it', () => {
		const { db, learner } = setUp();
		const session = tutor(db, learner.id);
		finaliseSession(db, session.id, at(1000));
		const response = answerFor(db, session, 1, true);
		expect(recordAnswer(db, session, 1, response, null, at(2000))).toEqual({
			ok: false,
			reason: 'finished'
		});
		expect(recordAnswer(db, stored(db, session.id), 1, response, null, at(2000))).toEqual({
			ok: false,
			reason: 'finished'
		});
		expect(db.select().from(answers).all()).toEqual([]);
	});

	it('says a finished test is finished, not out of time, when answered after its deadline', () => {
		const { db, learner } = setUp();
		const session = timed(db, learner.id);
		finaliseSession(db, session.id, at(10_000));
		const response = answerFor(db, session, 1, true);
		expect(recordAnswer(db, stored(db, session.id), 1, response, null, at(60_000))).toEqual({
			ok: false,
			reason: 'finished'
		});
	});

	it('refuses an answer to a session that does not exist', () => {
		const { db, learner } = setUp();
		const session = tutor(db, learner.id);
		const response = answerFor(db, session, 1, true);
		expect(recordAnswer(db, { ...session, id: 'gone' }, 1, response, null, at(1000))).toEqual({
			ok: false,
			reason: 'finished'
		});
	});

	it('refuses an answer to a question the session does not have', () => {
		const { db, learner } = setUp();
		const session = tutor(db, learner.id);
		expect(recordAnswer(db, session, 4, { kind: 'choice', chosen: [0] }, null, at(1000))).toEqual({
			ok: false,
			reason: 'no-such-item'
		});
		expect(getSlot(db, session.id, 4)).toBeNull();
	});

	it('stores who answered what, with its marks, when', () => {
		const { db, learner } = setUp();
		const session = tutor(db, learner.id);
		const slot = getSlot(db, session.id, 2)!;
		const response = answerFor(db, session, 2, true);
		const result = recordAnswer(db, session, 2, response, 'unsure', at(5000));
		expect(result.ok && result.answer).toMatchObject({
			sessionId: session.id,
			position: 2,
			userId: learner.id,
			itemId: slot.itemId,
			itemVersionId: slot.itemVersionId,
			response,
			correct: true,
			marks: slot.maxMarks,
			maxMarks: slot.maxMarks,
			confidence: 'unsure',
			timeTakenMs: null,
			answeredAt: at(5000)
		});
	});

	it('times an answer from when its question was first shown', () => {
		const { db, learner } = setUp();
		const session = tutor(db, learner.id);
		markShown(db, session.id, 1, at(1000));
		markShown(db, session.id, 1, at(5000));
		expect(getSlot(db, session.id, 1)?.shownAt).toEqual(at(1000));
		const answered = recordAnswer(db, session, 1, answerFor(db, session, 1, true), null, at(8000));
		expect(answered.ok && answered.answer.timeTakenMs).toBe(7000);
		markShown(db, session.id, 2, at(9000));
		const skewed = recordAnswer(db, session, 2, answerFor(db, session, 2, true), null, at(8500));
		expect(skewed.ok && skewed.answer.timeTakenMs).toBe(0);
		expect(getSlot(db, session.id, 3)?.shownAt).toBeNull();
	});

	it('keeps a timed answer when the same choice is sent again, and takes a change of confidence', () => {
		const { db, learner } = setUp();
		const session = timed(db, learner.id);
		const response = answerFor(db, session, 1, true);
		const first = recordAnswer(db, session, 1, response, 'sure', at(1000));
		const again = recordAnswer(db, session, 1, response, 'sure', at(2000));
		expect(again).toEqual({ ok: true, answer: first.ok && first.answer, repeated: true });
		const doubt = recordAnswer(db, session, 1, response, 'unsure', at(3000));
		expect(doubt.ok && doubt).toMatchObject({
			repeated: false,
			answer: { confidence: 'unsure', answeredAt: at(3000) }
		});
		expect(db.select().from(answers).all()).toHaveLength(1);
	});

	it('takes a changed choice in a timed test even when the confidence is the same', () => {
		const { db, learner } = setUp();
		const session = timed(db, learner.id);
		recordAnswer(db, session, 1, answerFor(db, session, 1, false), 'sure', at(1000));
		const changed = recordAnswer(db, session, 1, answerFor(db, session, 1, true), 'sure', at(2000));
		expect(changed.ok && changed).toMatchObject({ repeated: false, answer: { correct: true } });
		expect(db.select().from(answers).get()?.correct).toBe(true);
	});
});

describe('resuming', () => {
	it('opens at the first unanswered question, or the last when every one is answered', () => {
		const { db, learner } = setUp();
		const session = tutor(db, learner.id);
		expect(resumePosition(db, session)).toBe(1);
		recordAnswer(db, session, 1, answerFor(db, session, 1, true), null, at(1000));
		recordAnswer(db, session, 3, answerFor(db, session, 3, true), null, at(2000));
		expect(resumePosition(db, session)).toBe(2);
		recordAnswer(db, session, 2, answerFor(db, session, 2, true), null, at(3000));
		expect(resumePosition(db, session)).toBe(3);
	});

	it('lists a learner’s unfinished sessions newest first, finishing any whose time is up', () => {
		const { db, learner } = setUp();
		const other = addLearner(db);
		const older = tutor(db, learner.id, at(0));
		const expired = timed(db, learner.id, at(1000));
		const newer = tutor(db, learner.id, at(2000));
		const done = tutor(db, learner.id, at(3000));
		finaliseSession(db, done.id, at(4000));
		tutor(db, other.id, at(5000));
		const listed = listUnfinishedSessions(db, learner.id, at(60_000));
		expect(listed.map((s) => s.id)).toEqual([newer.id, older.id]);
		expect(stored(db, expired.id)).toMatchObject({ status: 'finished', finishedAt: at(31_000) });
	});
});
