import { storeLearner } from '$lib/server/testing/fixtures';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '$lib/time';
import type { DB } from '$lib/server/db';
import {
	answers,
	quizSessionItems,
	itemVersionTallies,
	moduleResults,
	quizSessions,
	reviewCards,
	userBankStats,
	type QuizSession,
	type Response
} from '$lib/server/db/tables';
import { beginModuleAttempt } from '$lib/server/cohorts/attempts';
import {
	assignedModule,
	clinicalTrialsSettings,
	contentDatabase
} from '$lib/server/testing/content';
import { beginSession } from './build';
import {
	currentSession,
	finaliseExpiredSessions,
	findOwnedSession,
	finishSession,
	isActive,
	loadSlot,
	noteShown,
	resumePosition,
	submitAnswer,
	unfinishedSessions
} from './session';

const t0 = new Date('2026-03-01T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

const settings = clinicalTrialsSettings();

async function setUp() {
	const db = await contentDatabase(['clinical-trials']);
	return { db, learner: await storeLearner(db) };
}

/** Three questions, ten seconds each: the deadline is 30 s after `startedAt`. */
async function timed(db: DB, userId: string, startedAt = t0): Promise<QuizSession> {
	const start = await beginSession(
		db,
		userId,
		{ mode: 'timed', settings, secondsPerItem: 10 },
		startedAt
	);
	if (!start.ok) throw new Error(start.message);
	return start.session;
}

async function tutor(db: DB, userId: string, startedAt = t0): Promise<QuizSession> {
	const start = await beginSession(db, userId, { mode: 'tutor', settings }, startedAt);
	if (!start.ok) throw new Error(start.message);
	return start.session;
}

/** The answer that earns every mark of the question at this position, or none. */
async function answerFor(
	db: DB,
	session: QuizSession,
	position: number,
	right: boolean
): Promise<Response> {
	const { spec } = (await loadSlot(db, session.id, position))!;
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

const stored = async (db: DB, id: string) =>
	(await db.select().from(quizSessions).where(eq(quizSessions.id, id)).limit(1))[0]!;

async function shownAt(db: DB, sessionId: string, position: number) {
	const [slot] = await db
		.select({ shownAt: quizSessionItems.shownAt })
		.from(quizSessionItems)
		.where(and(eq(quizSessionItems.sessionId, sessionId), eq(quizSessionItems.position, position)));
	return slot?.shownAt;
}

describe('finishing a session', () => {
	it('records a late finish at the deadline, and any other finish when it happens', async () => {
		const { db, learner } = await setUp();
		const practice = await tutor(db, learner.id);
		const late = await timed(db, learner.id);
		const early = await timed(db, learner.id);
		expect(await finishSession(db, late.id, at(45_000))).toBe(true);
		expect(await finishSession(db, early.id, at(10_000))).toBe(true);
		expect(await finishSession(db, practice.id, at(600_000))).toBe(true);
		expect((await stored(db, late.id)).finishedAt).toEqual(at(30_000));
		expect((await stored(db, early.id)).finishedAt).toEqual(at(10_000));
		expect((await stored(db, practice.id)).finishedAt).toEqual(at(600_000));
	});

	it('gives a test answered all right its full marks, and one answered all wrong none', async () => {
		const { db, learner } = await setUp();
		const right = await timed(db, learner.id);
		const wrong = await timed(db, learner.id);
		for (let p = 1; p <= 3; p++) {
			await submitAnswer(db, right, p, await answerFor(db, right, p, true), null, at(1000));
			await submitAnswer(db, wrong, p, await answerFor(db, wrong, p, false), null, at(1000));
		}
		await finishSession(db, right.id, at(2000));
		await finishSession(db, wrong.id, at(2000));
		expect(await stored(db, right.id)).toMatchObject({ status: 'finished', marks: right.maxMarks });
		expect(await stored(db, wrong.id)).toMatchObject({ status: 'finished', marks: 0 });
		expect(right.maxMarks).toBeGreaterThanOrEqual(3);
	});

	it('numbers sessions in the order they finish', async () => {
		const { db, learner } = await setUp();
		const first = await tutor(db, learner.id);
		const second = await tutor(db, learner.id);
		await finishSession(db, second.id, at(1000));
		await finishSession(db, first.id, at(2000));
		expect((await stored(db, second.id)).finishOrder).toBe(1);
		expect((await stored(db, first.id)).finishOrder).toBe(2);
	});

	it('refuses to finish a session that does not exist or has finished', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		expect(await finishSession(db, 'no-such-session')).toBe(false);
		expect(await finishSession(db, session.id, at(1000))).toBe(true);
		expect(await finishSession(db, session.id, at(2000))).toBe(false);
		expect((await stored(db, session.id)).finishedAt).toEqual(at(1000));
	});

	it('counts a tutor answer once, when it is given, and not again when the session finishes', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		await submitAnswer(db, session, 1, await answerFor(db, session, 1, true), 'sure', at(1000));
		const counts = async () => ({
			answered: (await db.select().from(userBankStats).limit(1))[0]?.answered,
			tallied: (await db.select().from(itemVersionTallies).limit(1))[0]?.answered,
			reps: (await db.select().from(reviewCards).limit(1))[0]?.reps
		});
		expect(await counts()).toEqual({ answered: 1, tallied: 1, reps: 1 });
		await finishSession(db, session.id, at(2000));
		expect(await counts()).toEqual({ answered: 1, tallied: 1, reps: 1 });
	});

	it('counts a timed answer only when its test finishes', async () => {
		const { db, learner } = await setUp();
		const session = await timed(db, learner.id);
		await submitAnswer(db, session, 1, await answerFor(db, session, 1, true), 'sure', at(1000));
		expect(await db.select().from(userBankStats)).toEqual([]);
		expect(await db.select().from(itemVersionTallies)).toEqual([]);
		await finishSession(db, session.id, at(2000));
		expect((await db.select().from(userBankStats).limit(1))[0]?.answered).toBe(1);
		expect((await db.select().from(itemVersionTallies).limit(1))[0]?.answered).toBe(1);
		expect((await db.select().from(reviewCards).limit(1))[0]?.reps).toBe(1);
	});

	it('records a module attempt that ends late as finished at its deadline', async () => {
		const { db, learner } = await setUp();
		const m = await assignedModule(
			db,
			learner.id,
			{
				title: 'Trials awareness',
				bankIds: ['clinical-trials'],
				itemCount: 3,
				secondsPerItem: 10,
				passMark: 50,
				dueAt: at(7 * DAY_MS),
				dueDays: null
			},
			t0
		);
		const start = await beginModuleAttempt(db, learner.id, m, t0);
		if (!start.ok) throw new Error(start.message);
		const session = (await findOwnedSession(db, learner.id, start.sessionId))!;
		for (let p = 1; p <= 3; p++)
			await submitAnswer(db, session, p, await answerFor(db, session, p, true), null, at(1000));
		await finishSession(db, session.id, at(90_000));
		expect((await db.select().from(moduleResults).limit(1))[0]).toMatchObject({
			sessionId: session.id,
			scorePercent: 100,
			passed: true,
			completedAt: at(30_000)
		});
	});
});

describe('the deadline of a timed test', () => {
	it('accepts an answer a millisecond before the deadline and none at it', async () => {
		const { db, learner } = await setUp();
		const session = await timed(db, learner.id);
		const inTime = await submitAnswer(
			db,
			session,
			1,
			await answerFor(db, session, 1, true),
			null,
			at(29_999)
		);
		expect(inTime.ok).toBe(true);
		expect(
			await submitAnswer(db, session, 2, await answerFor(db, session, 2, true), null, at(30_000))
		).toEqual({
			ok: false,
			reason: 'expired'
		});
		expect(await stored(db, session.id)).toMatchObject({
			status: 'finished',
			finishedAt: at(30_000)
		});
	});

	it('is enforced by the sweep from the deadline itself', async () => {
		const { db, learner } = await setUp();
		const session = await timed(db, learner.id);
		await tutor(db, learner.id);
		expect(await finaliseExpiredSessions(db, at(29_999))).toBe(0);
		expect(await finaliseExpiredSessions(db, at(30_000))).toBe(1);
		expect((await stored(db, session.id)).finishedAt).toEqual(at(30_000));
	});

	it('is enforced by the sweep on more tests than one batch (50) holds, and on no test still in time', async () => {
		const { db } = await setUp();
		const expired: QuizSession[] = [];
		for (let i = 0; i < 51; i++) {
			const start = await beginSession(
				db,
				(await storeLearner(db)).id,
				{ mode: 'timed', settings: clinicalTrialsSettings(1), secondsPerItem: 10 },
				t0
			);
			if (!start.ok) throw new Error(start.message);
			expired.push(start.session);
		}
		const inTime = await timed(db, (await storeLearner(db)).id, at(5000));
		expect(await finaliseExpiredSessions(db, at(20_000))).toBe(51);
		for (const session of expired)
			expect(await stored(db, session.id)).toMatchObject({
				status: 'finished',
				finishedAt: at(10_000)
			});
		expect((await stored(db, inTime.id)).status).toBe('active');
		expect(await finaliseExpiredSessions(db, at(20_000))).toBe(0);
	});

	it('finishes a test answered after its time is up, and refuses later answers as finished', async () => {
		const { db, learner } = await setUp();
		const session = await timed(db, learner.id);
		const response = await answerFor(db, session, 1, true);
		expect(await submitAnswer(db, session, 1, response, null, at(31_000))).toEqual({
			ok: false,
			reason: 'expired'
		});
		expect(await isActive(db, session.id)).toBe(false);
		expect(await submitAnswer(db, session, 1, response, null, at(32_000))).toEqual({
			ok: false,
			reason: 'finished'
		});
		expect(await stored(db, session.id)).toMatchObject({
			status: 'finished',
			finishedAt: at(30_000)
		});
		expect(await db.select().from(answers)).toEqual([]);
	});

	it('finishes a test when it is next looked at after its time is up, and leaves others alone', async () => {
		const { db, learner } = await setUp();
		const session = await timed(db, learner.id);
		const practice = await tutor(db, learner.id);
		expect(await currentSession(db, session, at(29_999))).toBe(session);
		expect(await currentSession(db, practice, at(999_999))).toBe(practice);
		expect(await currentSession(db, session, at(31_000))).toMatchObject({
			id: session.id,
			status: 'finished',
			finishedAt: at(30_000)
		});
		const finished = await stored(db, session.id);
		expect(await currentSession(db, finished, at(40_000))).toBe(finished);
	});
});

describe('recording answers', () => {
	it('tells a session as active until it finishes, and one that does not exist as not', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		expect(await isActive(db, session.id)).toBe(true);
		await finishSession(db, session.id, at(1000));
		expect(await isActive(db, session.id)).toBe(false);
		expect(await isActive(db, 'no-such-session')).toBe(false);
	});

	it('settles a tutor answer when it is given, and a timed one only when its test finishes', async () => {
		const { db, learner } = await setUp();
		const practice = await tutor(db, learner.id);
		const given = await submitAnswer(
			db,
			practice,
			1,
			await answerFor(db, practice, 1, true),
			null,
			at(1000)
		);
		expect(given.ok && given.answer.settled).toBe(true);
		const test = await timed(db, learner.id, at(2000));
		const pending = await submitAnswer(
			db,
			test,
			1,
			await answerFor(db, test, 1, true),
			null,
			at(3000)
		);
		expect(pending.ok && pending.answer.settled).toBe(false);
		const settled = async () =>
			(await db.select().from(answers).where(eq(answers.sessionId, test.id)))[0]?.settled;
		expect(await settled()).toBe(false);
		await finishSession(db, test.id, at(4000));
		expect(await settled()).toBe(true);
	});

	it('refuses a tutor answer, a replay of an earlier one too, while its question is in an open timed test', async () => {
		const { db, learner } = await setUp();
		const practice = await tutor(db, learner.id);
		const first = await answerFor(db, practice, 1, true);
		const second = await answerFor(db, practice, 2, true);
		const given = await submitAnswer(db, practice, 1, first, 'sure', at(1000));
		expect(given.ok).toBe(true);
		const start = await beginSession(
			db,
			learner.id,
			{ mode: 'timed', settings: { ...settings, requestedCount: 100 } },
			at(2000)
		);
		if (!start.ok) throw new Error(start.message);
		expect(await submitAnswer(db, practice, 1, first, 'sure', at(3000))).toEqual({
			ok: false,
			reason: 'held-back'
		});
		expect(await submitAnswer(db, practice, 2, second, 'sure', at(3000))).toEqual({
			ok: false,
			reason: 'held-back'
		});
		expect(await db.select().from(answers)).toHaveLength(1);
		await finishSession(db, start.session.id, at(4000));
		expect(await submitAnswer(db, practice, 1, first, 'sure', at(5000))).toEqual({
			ok: true,
			answer: given.ok && given.answer,
			repeated: true
		});
		expect((await submitAnswer(db, practice, 2, second, 'sure', at(5000))).ok).toBe(true);
	});

	it('refuses an answer to a session that has gone, even when its question was read beforehand', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		const slot = (await loadSlot(db, session.id, 1))!;
		const response = await answerFor(db, session, 1, true);
		for (const mode of ['tutor', 'timed'] as const)
			expect(
				await submitAnswer(db, { ...session, id: 'gone', mode }, 1, response, null, at(1000), slot)
			).toEqual({ ok: false, reason: 'finished' });
		expect(await db.select().from(answers)).toEqual([]);
	});

	it('refuses an answer to a finished session, even when given an out-of-date copy of it', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		await finishSession(db, session.id, at(1000));
		const response = await answerFor(db, session, 1, true);
		expect(await submitAnswer(db, session, 1, response, null, at(2000))).toEqual({
			ok: false,
			reason: 'finished'
		});
		expect(
			await submitAnswer(db, await stored(db, session.id), 1, response, null, at(2000))
		).toEqual({
			ok: false,
			reason: 'finished'
		});
		expect(await db.select().from(answers)).toEqual([]);
	});

	it('says a finished test is finished, not out of time, when answered after its deadline', async () => {
		const { db, learner } = await setUp();
		const session = await timed(db, learner.id);
		await finishSession(db, session.id, at(10_000));
		const response = await answerFor(db, session, 1, true);
		expect(
			await submitAnswer(db, await stored(db, session.id), 1, response, null, at(60_000))
		).toEqual({
			ok: false,
			reason: 'finished'
		});
	});

	it('refuses an answer to a session that does not exist', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		const response = await answerFor(db, session, 1, true);
		expect(await submitAnswer(db, { ...session, id: 'gone' }, 1, response, null, at(1000))).toEqual(
			{
				ok: false,
				reason: 'finished'
			}
		);
	});

	it('refuses an answer to a question the session does not have', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		expect(
			await submitAnswer(db, session, 4, { kind: 'choice', chosen: [0] }, null, at(1000))
		).toEqual({
			ok: false,
			reason: 'no-such-item'
		});
		expect(await loadSlot(db, session.id, 4)).toBeNull();
	});

	it('stores who answered what, with its marks, when', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		const slot = (await loadSlot(db, session.id, 2))!;
		const response = await answerFor(db, session, 2, true);
		const result = await submitAnswer(db, session, 2, response, 'unsure', at(5000));
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

	it('times an answer from when its question was first shown', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		await noteShown(db, session.id, 1, at(1000));
		await noteShown(db, session.id, 1, at(5000));
		expect(await shownAt(db, session.id, 1)).toEqual(at(1000));
		const answered = await submitAnswer(
			db,
			session,
			1,
			await answerFor(db, session, 1, true),
			null,
			at(8000)
		);
		expect(answered.ok && answered.answer.timeTakenMs).toBe(7000);
		await noteShown(db, session.id, 2, at(9000));
		const skewed = await submitAnswer(
			db,
			session,
			2,
			await answerFor(db, session, 2, true),
			null,
			at(8500)
		);
		expect(skewed.ok && skewed.answer.timeTakenMs).toBe(0);
		expect(await shownAt(db, session.id, 3)).toBeNull();
	});

	it('keeps a timed answer when the same choice is sent again, and takes a change of confidence', async () => {
		const { db, learner } = await setUp();
		const session = await timed(db, learner.id);
		const response = await answerFor(db, session, 1, true);
		const first = await submitAnswer(db, session, 1, response, 'sure', at(1000));
		const again = await submitAnswer(db, session, 1, response, 'sure', at(2000));
		expect(again).toEqual({ ok: true, answer: first.ok && first.answer, repeated: true });
		const doubt = await submitAnswer(db, session, 1, response, 'unsure', at(3000));
		expect(doubt.ok && doubt).toMatchObject({
			repeated: false,
			answer: { confidence: 'unsure', answeredAt: at(3000) }
		});
		expect(await db.select().from(answers)).toHaveLength(1);
	});

	it('takes a changed choice in a timed test even when the confidence is the same', async () => {
		const { db, learner } = await setUp();
		const session = await timed(db, learner.id);
		await submitAnswer(db, session, 1, await answerFor(db, session, 1, false), 'sure', at(1000));
		const changed = await submitAnswer(
			db,
			session,
			1,
			await answerFor(db, session, 1, true),
			'sure',
			at(2000)
		);
		expect(changed.ok && changed).toMatchObject({ repeated: false, answer: { correct: true } });
		expect((await db.select().from(answers).limit(1))[0]?.correct).toBe(true);
	});
});

describe('resuming', () => {
	it('opens at the first unanswered question, or the last when every one is answered', async () => {
		const { db, learner } = await setUp();
		const session = await tutor(db, learner.id);
		expect(await resumePosition(db, session)).toBe(1);
		await submitAnswer(db, session, 1, await answerFor(db, session, 1, true), null, at(1000));
		await submitAnswer(db, session, 3, await answerFor(db, session, 3, true), null, at(2000));
		expect(await resumePosition(db, session)).toBe(2);
		await submitAnswer(db, session, 2, await answerFor(db, session, 2, true), null, at(3000));
		expect(await resumePosition(db, session)).toBe(3);
	});

	it('lists a learner’s unfinished sessions newest first, finishing any whose time is up', async () => {
		const { db, learner } = await setUp();
		const other = await storeLearner(db);
		const older = await tutor(db, learner.id, at(0));
		const expired = await timed(db, learner.id, at(1000));
		const newer = await tutor(db, learner.id, at(2000));
		const done = await tutor(db, learner.id, at(3000));
		await finishSession(db, done.id, at(4000));
		await tutor(db, other.id, at(5000));
		const listed = await unfinishedSessions(db, learner.id, at(60_000));
		expect(listed.map((s) => s.id)).toEqual([newer.id, older.id]);
		expect(await stored(db, expired.id)).toMatchObject({
			status: 'finished',
			finishedAt: at(31_000)
		});
	});
});
