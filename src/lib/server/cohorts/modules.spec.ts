import { describe, expect, it } from 'vitest';
import type { TrainingModule } from '$lib/server/db/schema';
import { contentDatabase } from '$lib/server/testing/content';
import { makeLearner, storeLearner } from '$lib/server/testing/fixtures';
import { findOwnedSession, finishSession, loadSlot, submitAnswer } from '$lib/server/quiz/session';
import { addCoEducator, createCohort, joinCohort, setJoiningOpen } from './cohorts';
import { canManageCohort } from './access';
import { createModule, listCohortModules, type ModuleInput } from './modules';
import { attemptFacts, factsFor, moduleStanding } from './standing';
import { getAssignedModule, listAssignedModules } from './assigned';
import { beginModuleAttempt, moduleSessionInput } from './attempts';
import { getCertificate, moduleOutcome, recordModuleResultStep } from './module-results';
import { certificates, moduleResults, users } from '$lib/server/db/tables';
import type { QuizSession } from '$lib/server/db/schema';
import { transaction } from '$lib/server/db/steps';
import { DEFAULT_SETTINGS, saveSettings } from '$lib/server/settings/settings';
import { eq } from 'drizzle-orm';
import type { DB } from '$lib/server/db';
import { DAY_MS as DAY } from '$lib/time';

/** Records a finished module attempt's outcome in a transaction of its own. */
const recordResult = (db: DB, session: QuizSession, marks: number, finishedAt: Date) =>
	transaction(db, (tx) => recordModuleResultStep(tx, session, marks, finishedAt));

const now = new Date('2026-06-01T12:00:00Z');
/** When the learner joined the cohort: before every fixed date these tests use. */
const joined = new Date(now.getTime() - 30 * DAY);

function module(overrides: Partial<TrainingModule> = {}): TrainingModule {
	return {
		id: 'm',
		cohortId: 'c',
		title: 'Mandatory',
		bankIds: ['clinical-trials'],
		itemCount: 3,
		secondsPerItem: 60,
		passMark: 80,
		dueAt: new Date(now.getTime() + 7 * DAY),
		dueDays: null,
		audience: 'any',
		difficulty: 'any',
		attemptsAllowed: 2,
		renewalDays: null,
		createdBy: 'e',
		createdAt: now,
		...overrides
	};
}

const result = (passed: boolean, daysAgo: number, scorePercent = passed ? 90 : 50) => ({
	passed,
	scorePercent,
	completedAt: new Date(now.getTime() - daysAgo * DAY)
});

describe('where a learner stands on a module', () => {
	it('is not started, then in progress, then passed or failed', async () => {
		expect(moduleStanding(module(), { results: [], inProgress: false }, now, joined).status).toBe(
			'not-started'
		);
		expect(moduleStanding(module(), { results: [], inProgress: true }, now, joined).status).toBe(
			'in-progress'
		);
		expect(
			moduleStanding(module(), { results: [result(true, 1)], inProgress: false }, now, joined)
				.status
		).toBe('passed');
		const failed = moduleStanding(
			module(),
			{ results: [result(false, 1)], inProgress: false },
			now,
			joined
		);
		expect(failed).toMatchObject({
			status: 'failed',
			attemptsUsed: 1,
			bestScore: 50,
			canStart: true
		});
	});

	it('is overdue past the due date unless passed', async () => {
		const late = module({ dueAt: new Date(now.getTime() - DAY) });
		expect(moduleStanding(late, { results: [], inProgress: false }, now, joined).status).toBe(
			'overdue'
		);
		expect(
			moduleStanding(late, { results: [result(false, 2)], inProgress: false }, now, joined).status
		).toBe('overdue');
		expect(
			moduleStanding(late, { results: [result(true, 2)], inProgress: false }, now, joined).status
		).toBe('passed');
	});

	it('stops further attempts once they are used up', async () => {
		const standing = moduleStanding(
			module(),
			{ results: [result(false, 3), result(false, 1)], inProgress: false },
			now,
			joined
		);
		expect(standing.canStart).toBe(false);
		expect(
			moduleStanding(
				module({ attemptsAllowed: null }),
				{ results: [result(false, 3), result(false, 1)], inProgress: false },
				now,
				joined
			).canStart
		).toBe(true);
	});

	it('lapses a pass after the renewal period, due again from the lapse', async () => {
		const yearly = module({ renewalDays: 365, dueAt: new Date(now.getTime() - 400 * DAY) });
		const old = moduleStanding(
			yearly,
			{ results: [result(true, 370)], inProgress: false },
			now,
			joined
		);
		expect(old.status).toBe('overdue');
		expect(old.dueAt.getTime()).toBe(now.getTime() - 5 * DAY);
		expect(old.canStart).toBe(true);
		expect(
			moduleStanding(yearly, { results: [result(true, 300)], inProgress: false }, now, joined)
				.status
		).toBe('passed');
	});
});

describe('cohorts and module attempts', () => {
	it('let learners join by code while joining is open, once', async () => {
		const db = await contentDatabase(['clinical-trials']);
		const educator = await makeLearner(db);
		const learner = await makeLearner(db);
		const cohort = await createCohort(db, educator.id, {
			name: 'F1 doctors',
			description: ''
		});
		expect(await joinCohort(db, learner.id, cohort.joinCode.toLowerCase())).toMatchObject({
			ok: true,
			already: false
		});
		expect(await joinCohort(db, learner.id, cohort.joinCode)).toMatchObject({
			ok: true,
			already: true
		});
		await setJoiningOpen(db, cohort.id, false);
		const late = await makeLearner(db);
		expect(await joinCohort(db, late.id, cohort.joinCode)).toEqual({
			ok: false,
			message: expect.stringMatching(/not taking/)
		});
		expect((await joinCohort(db, late.id, 'NOPE1234')).ok).toBe(false);
	});

	it('are run by the owner, co-educators and administrators only', async () => {
		const db = await contentDatabase(['clinical-trials']);
		const [owner, co, other, admin] = await Promise.all([
			makeLearner(db),
			makeLearner(db),
			makeLearner(db),
			makeLearner(db)
		]);
		for (const u of [owner, co, other])
			await db.update(users).set({ role: 'educator' }).where(eq(users.id, u.id));
		await db.update(users).set({ role: 'admin' }).where(eq(users.id, admin.id));
		const cohort = await createCohort(db, owner.id, {
			name: 'Ward 7 nurses',
			description: ''
		});
		expect(await addCoEducator(db, cohort, co.email)).toEqual({ ok: true });
		const as = (u: typeof owner, role: 'educator' | 'admin') =>
			canManageCohort(db, { id: u.id, role }, cohort);
		expect(await as(owner, 'educator')).toBe(true);
		expect(await as(co, 'educator')).toBe(true);
		expect(await as(other, 'educator')).toBe(false);
		expect(await as(admin, 'admin')).toBe(true);
	});

	it('record a pass with a verifiable certificate when the attempt is finalised', async () => {
		const db = await contentDatabase(['clinical-trials']);
		const educator = await makeLearner(db);
		const learner = await makeLearner(db);
		const cohort = await createCohort(db, educator.id, { name: 'C', description: '' });
		await joinCohort(db, learner.id, cohort.joinCode);
		const m = await createModule(db, cohort.id, educator.id, {
			title: 'Trials awareness',
			bankIds: ['clinical-trials'],
			itemCount: 3,
			secondsPerItem: 60,
			passMark: 60,
			audience: 'any',
			difficulty: 'any',
			due: { kind: 'fixed', at: new Date(Date.now() + 7 * DAY) },
			attemptsAllowed: 1,
			renewalDays: 365
		});
		const start = await beginModuleAttempt(db, learner.id, m);
		if (!start.ok) throw new Error(start.message);
		const session = (await listAssignedModules(db, learner.id))[0];
		expect(session.standing.status).toBe('in-progress');
		const quiz = (await findOwnedSession(db, learner.id, start.sessionId))!;
		for (let p = 1; p <= 3; p++) {
			const { spec } = (await loadSlot(db, quiz.id, p))!;
			await submitAnswer(
				db,
				quiz,
				p,
				{ kind: 'choice', chosen: spec.options.flatMap((o, i) => (o.correct ? [i] : [])) },
				null
			);
		}
		expect(await finishSession(db, quiz.id)).toBe(true);
		const outcome = (await moduleOutcome(db, quiz.id))!;
		expect(outcome).toMatchObject({ passed: true, scorePercent: 100 });
		const certificate = (await getCertificate(db, outcome.certificateCode!))!;
		expect(certificate).toMatchObject({
			learnerName: learner.displayName,
			moduleTitle: 'Trials awareness',
			scorePercent: 100
		});
		expect(certificate.validUntil).not.toBeNull();
		expect((await listAssignedModules(db, learner.id))[0].standing.status).toBe('passed');
		expect(await beginModuleAttempt(db, learner.id, m)).toEqual({
			ok: false,
			message: expect.stringMatching(/passed/)
		});
	});
});

describe('where a learner stands at the edges of dates and limits', () => {
	const none = { results: [], inProgress: false };

	it('is due until the due moment itself, and overdue a millisecond after', async () => {
		const dueNow = module({ dueAt: now });
		expect(moduleStanding(dueNow, none, now, joined).status).toBe('not-started');
		expect(moduleStanding(dueNow, none, new Date(now.getTime() + 1), joined).status).toBe(
			'overdue'
		);
		const failedDueNow = { results: [result(false, 1)], inProgress: false };
		expect(moduleStanding(dueNow, failedDueNow, now, joined).status).toBe('failed');
	});

	it('is overdue rather than in progress once the due date has passed', async () => {
		const late = module({ dueAt: new Date(now.getTime() - 1) });
		expect(moduleStanding(late, { results: [], inProgress: true }, now, joined).status).toBe(
			'overdue'
		);
	});

	it('keeps a pass until the moment its renewal period ends, then wants a new attempt', async () => {
		const yearly = module({ renewalDays: 365, attemptsAllowed: 1, dueAt: new Date(0) });
		const passedAt = new Date(now.getTime() - 365 * DAY);
		const justBefore = moduleStanding(
			yearly,
			{ results: [{ passed: true, scorePercent: 90, completedAt: passedAt }], inProgress: false },
			new Date(now.getTime() - 1),
			joined
		);
		expect(justBefore).toMatchObject({ status: 'passed', passedAt, canStart: false });
		const atLapse = moduleStanding(
			yearly,
			{ results: [{ passed: true, scorePercent: 90, completedAt: passedAt }], inProgress: false },
			now,
			joined
		);
		expect(atLapse).toEqual({
			status: 'not-started',
			attemptsUsed: 1,
			bestScore: 90,
			passedAt: null,
			dueAt: now,
			canStart: true
		});
		const retaking = moduleStanding(
			yearly,
			{ results: [{ passed: true, scorePercent: 90, completedAt: passedAt }], inProgress: true },
			now,
			joined
		);
		expect(retaking).toMatchObject({ status: 'in-progress', canStart: false });
	});

	it('counts only the attempts since a pass lapsed against the limit', async () => {
		const yearly = module({ renewalDays: 365, attemptsAllowed: 1 });
		const lapsedPass = result(true, 400);
		expect(
			moduleStanding(yearly, { results: [lapsedPass], inProgress: false }, now, joined).canStart
		).toBe(true);
		expect(
			moduleStanding(
				yearly,
				{ results: [lapsedPass, result(false, 2)], inProgress: false },
				now,
				joined
			).canStart
		).toBe(false);
	});

	it('goes by the latest pass when there are several', async () => {
		const yearly = module({ renewalDays: 365 });
		const recent = result(true, 10);
		const standing = moduleStanding(
			yearly,
			{ results: [result(true, 700), result(false, 300), recent], inProgress: false },
			now,
			joined
		);
		expect(standing).toMatchObject({ status: 'passed', passedAt: recent.completedAt });
	});

	it('never lapses a pass when the module has no renewal period', async () => {
		const once = module({ renewalDays: null, dueAt: new Date(now.getTime() - 3000 * DAY) });
		const standing = moduleStanding(
			once,
			{ results: [result(true, 3000)], inProgress: false },
			now,
			joined
		);
		expect(standing.status).toBe('passed');
		expect(standing.dueAt).toEqual(once.dueAt);
	});

	it('counts an attempt in progress as used, and allows none beside it', async () => {
		const single = module({ attemptsAllowed: 1 });
		expect(moduleStanding(single, none, now, joined).canStart).toBe(true);
		expect(moduleStanding(single, { results: [], inProgress: true }, now, joined)).toMatchObject({
			attemptsUsed: 1,
			canStart: false
		});
		expect(
			moduleStanding(
				module({ attemptsAllowed: 3 }),
				{ results: [result(false, 2)], inProgress: true },
				now,
				joined
			)
		).toMatchObject({ attemptsUsed: 2, canStart: false });
	});

	it('reports the best score, not the latest, and none before any attempt', async () => {
		const facts = { results: [result(false, 3, 70), result(false, 1, 40)], inProgress: false };
		expect(moduleStanding(module({ attemptsAllowed: null }), facts, now, joined).bestScore).toBe(
			70
		);
		expect(moduleStanding(module(), none, now, joined)).toMatchObject({
			bestScore: null,
			passedAt: null,
			attemptsUsed: 0
		});
	});
});

const moduleInput = (overrides: Partial<ModuleInput> = {}): ModuleInput => ({
	title: 'Trials awareness',
	bankIds: ['clinical-trials'],
	itemCount: 3,
	secondsPerItem: 60,
	passMark: 80,
	audience: 'any',
	difficulty: 'any',
	due: { kind: 'fixed', at: new Date(now.getTime() + 7 * DAY) },
	attemptsAllowed: 2,
	renewalDays: null,
	...overrides
});

/** A cohort with an educator, one enrolled learner and a module assigned to it. */
async function assigned(overrides: Partial<ModuleInput> = {}) {
	const db = await contentDatabase(['clinical-trials']);
	const educator = await storeLearner(db);
	const learner = await storeLearner(db);
	const cohort = await createCohort(db, educator.id, { name: 'Ward 7', description: '' });
	await joinCohort(db, learner.id, cohort.joinCode);
	const m = await createModule(db, cohort.id, educator.id, moduleInput(overrides), now);
	return { db, educator, learner, cohort, module: m };
}

async function attempt(db: DB, userId: string, m: TrainingModule, at = now) {
	const start = await beginModuleAttempt(db, userId, m, at);
	if (!start.ok) throw new Error(start.message);
	return (await findOwnedSession(db, userId, start.sessionId))!;
}

/** Answers every question of an attempt wrongly and finishes it. */
async function failAttempt(db: DB, userId: string, m: TrainingModule, at = now) {
	const session = await attempt(db, userId, m, at);
	for (let p = 1; p <= session.itemCount; p++) {
		const { spec } = (await loadSlot(db, session.id, p))!;
		const wrong = spec.options.findIndex((o) => !o.correct);
		await submitAnswer(db, session, p, { kind: 'choice', chosen: [wrong] }, null, at);
	}
	await finishSession(db, session.id, at);
	return session;
}

describe('module results and certificates', () => {
	it('give a learner who fails no certificate, and further attempts only while any are left', async () => {
		const { db, learner, module: m } = await assigned({ attemptsAllowed: 2 });
		const first = await failAttempt(db, learner.id, m);
		expect(await moduleOutcome(db, first.id)).toEqual({
			title: 'Trials awareness',
			passMark: 80,
			scorePercent: 0,
			passed: false,
			certificateCode: null
		});
		const [afterOne] = await listAssignedModules(db, learner.id, now);
		expect(afterOne.standing).toMatchObject({ status: 'failed', attemptsUsed: 1, canStart: true });
		expect(afterOne.certificateCode).toBeNull();

		await failAttempt(db, learner.id, m);
		expect(await beginModuleAttempt(db, learner.id, m, now)).toEqual({
			ok: false,
			message: 'You have used all the attempts allowed.'
		});
		expect(await db.select().from(certificates)).toEqual([]);
		expect(await db.select().from(moduleResults)).toHaveLength(2);
	});

	it('pass a learner exactly at the pass mark and fail one a tenth of a percent below it', async () => {
		const { db, learner, cohort, educator, module: m } = await assigned({ passMark: 80 });
		const other = await storeLearner(db);
		await joinCohort(db, other.id, cohort.joinCode);
		const atMark = await attempt(db, learner.id, m);
		const below = await attempt(db, other.id, m);
		await recordResult(db, { ...atMark, maxMarks: 1000 }, 800, now);
		await recordResult(db, { ...below, maxMarks: 1000 }, 799, now);
		expect(await moduleOutcome(db, atMark.id)).toMatchObject({
			scorePercent: 80,
			passed: true
		});
		expect((await moduleOutcome(db, atMark.id))?.certificateCode).toMatch(/^[A-Z2-7]{16}$/);
		expect(await moduleOutcome(db, below.id)).toMatchObject({
			scorePercent: 79.9,
			passed: false,
			certificateCode: null
		});
		expect((await db.select().from(certificates)).map((c) => c.userId)).toEqual([learner.id]);
		expect(educator.id).not.toBe(learner.id);
	});

	it('round a score to a tenth of a percent, and score an attempt worth nothing as 0', async () => {
		const {
			db,
			learner,
			cohort,
			module: m
		} = await assigned({ passMark: 60, attemptsAllowed: null });
		const thirds = await attempt(db, learner.id, m);
		await recordResult(db, { ...thirds, maxMarks: 3 }, 2, now);
		expect(await moduleOutcome(db, thirds.id)).toMatchObject({
			scorePercent: 66.7,
			passed: true
		});
		const other = await storeLearner(db);
		await joinCohort(db, other.id, cohort.joinCode);
		const empty = await attempt(db, other.id, m);
		await recordResult(db, { ...empty, maxMarks: 0 }, 0, now);
		expect(await moduleOutcome(db, empty.id)).toMatchObject({
			scorePercent: 0,
			passed: false
		});
	});

	it('record an attempt once, with one certificate, however often it is recorded', async () => {
		const { db, learner, module: m } = await assigned();
		const session = await attempt(db, learner.id, m);
		for (let i = 0; i < 3; i++) await recordResult(db, { ...session, maxMarks: 4 }, 4, now);
		expect(await db.select().from(moduleResults)).toHaveLength(1);
		expect(await db.select().from(certificates)).toHaveLength(1);
	});

	it('issue a certificate naming the learner, module, score, educator and organisation, valid for the renewal period', async () => {
		const { db, educator, learner, module: m } = await assigned({ renewalDays: 30 });
		await saveSettings(
			db,
			{ ...DEFAULT_SETTINGS, organisationName: 'St Elsewhere NHS Trust' },
			educator.id
		);
		const finished = new Date(now.getTime() + 3600_000);
		const session = await attempt(db, learner.id, m);
		await recordResult(db, { ...session, maxMarks: 4 }, 4, finished);
		const code = (await moduleOutcome(db, session.id))!.certificateCode!;
		const result = (await db.select().from(moduleResults))[0]!;
		expect(await getCertificate(db, code)).toEqual({
			code,
			resultId: result.id,
			userId: learner.id,
			learnerName: learner.displayName,
			educatorName: educator.displayName,
			organisationName: 'St Elsewhere NHS Trust',
			moduleTitle: 'Trials awareness',
			scorePercent: 100,
			issuedAt: finished,
			validUntil: new Date(finished.getTime() + 30 * DAY)
		});
		expect(result).toMatchObject({
			moduleId: m.id,
			userId: learner.id,
			sessionId: session.id,
			scorePercent: 100,
			passed: true,
			completedAt: finished
		});
	});

	it('issue a certificate without an end date when a pass never lapses', async () => {
		const { db, learner, module: m } = await assigned({ renewalDays: null });
		const session = await attempt(db, learner.id, m);
		await recordResult(db, { ...session, maxMarks: 4 }, 4, now);
		expect((await db.select().from(certificates))[0]?.validUntil).toBeNull();
	});

	it('give each certificate a code of its own', async () => {
		const { db, learner, cohort, module: m } = await assigned();
		const other = await storeLearner(db);
		await joinCohort(db, other.id, cohort.joinCode);
		for (const u of [learner, other])
			await recordResult(db, { ...(await attempt(db, u.id, m)), maxMarks: 1 }, 1, now);
		const codes = (await db.select().from(certificates)).map((c) => c.code);
		expect(new Set(codes).size).toBe(2);
	});

	it('record nothing for a practice session, or for a module that no longer exists', async () => {
		const { db, learner, module: m } = await assigned();
		const session = await attempt(db, learner.id, m);
		await recordResult(db, { ...session, moduleId: null, maxMarks: 1 }, 1, now);
		await recordResult(db, { ...session, moduleId: 'gone', maxMarks: 1 }, 1, now);
		expect(await db.select().from(moduleResults)).toEqual([]);
		expect(await moduleOutcome(db, session.id)).toBeNull();
	});

	it('find a certificate by its code typed in any case with stray spaces, and nothing else', async () => {
		const { db, learner, module: m } = await assigned();
		const session = await attempt(db, learner.id, m);
		await recordResult(db, { ...session, maxMarks: 1 }, 1, now);
		const code = (await moduleOutcome(db, session.id))!.certificateCode!;
		expect((await getCertificate(db, `  ${code.toLowerCase()} `))?.code).toBe(code);
		expect(await getCertificate(db, 'AAAAAAAAAAAAAAAA')).toBeNull();
	});
});

describe('assigned modules and attempts', () => {
	it('store a module as entered, its title trimmed, and list a cohort\u2019s modules by due date', async () => {
		const { db, cohort, educator, module: m } = await assigned({ title: '  Trials awareness  ' });
		expect(m).toMatchObject({
			cohortId: cohort.id,
			title: 'Trials awareness',
			bankIds: ['clinical-trials'],
			itemCount: 3,
			secondsPerItem: 60,
			passMark: 80,
			attemptsAllowed: 2,
			renewalDays: null,
			createdBy: educator.id,
			createdAt: now
		});
		const sooner = await createModule(
			db,
			cohort.id,
			educator.id,
			moduleInput({ title: 'Sooner', due: { kind: 'fixed', at: new Date(now.getTime() + DAY) } })
		);
		const elsewhere = await createCohort(db, educator.id, {
			name: 'Elsewhere',
			description: ''
		});
		await createModule(db, elsewhere.id, educator.id, moduleInput({ title: 'Other cohort' }));
		expect((await listCohortModules(db, cohort.id)).map((x) => x.id)).toEqual([sooner.id, m.id]);
	});

	it('are shown to members only, soonest due first, with the attempt under way and any certificate', async () => {
		const {
			db,
			learner,
			cohort,
			educator,
			module: later
		} = await assigned({
			due: { kind: 'fixed', at: new Date(now.getTime() + 20 * DAY) }
		});
		const sooner = await createModule(
			db,
			cohort.id,
			educator.id,
			moduleInput({
				title: 'Sooner',
				due: { kind: 'fixed', at: new Date(now.getTime() + 2 * DAY) }
			})
		);
		const elsewhere = await createCohort(db, educator.id, {
			name: 'Elsewhere',
			description: ''
		});
		const notMine = await createModule(
			db,
			elsewhere.id,
			educator.id,
			moduleInput({ title: 'Not mine' })
		);
		const underWay = await attempt(db, learner.id, later);
		const passed = await attempt(db, learner.id, sooner);
		await recordResult(db, { ...passed, maxMarks: 1 }, 1, now);

		const list = await listAssignedModules(db, learner.id, now);
		expect(list.map((a) => a.module.id)).toEqual([sooner.id, later.id]);
		expect(list[0]).toMatchObject({ cohortName: 'Ward 7', activeSessionId: passed.id });
		expect(list[0].certificateCode).toBe((await moduleOutcome(db, passed.id))!.certificateCode);
		expect(list[1]).toMatchObject({ activeSessionId: underWay.id, certificateCode: null });
		expect(list[1].standing.status).toBe('in-progress');

		expect((await getAssignedModule(db, learner.id, later.id))?.id).toBe(later.id);
		expect(await getAssignedModule(db, learner.id, notMine.id)).toBeNull();
		expect(await getAssignedModule(db, learner.id, 'no-such-module')).toBeNull();
		expect(await listAssignedModules(db, educator.id, now)).toEqual([]);
	});

	it('hide the certificate of a pass that has lapsed', async () => {
		const { db, learner, module: m } = await assigned({ renewalDays: 30 });
		const session = await attempt(db, learner.id, m);
		await recordResult(db, { ...session, maxMarks: 1 }, 1, now);
		const later = new Date(now.getTime() + 31 * DAY);
		const [entry] = await listAssignedModules(db, learner.id, later);
		expect(entry.standing.status).not.toBe('passed');
		expect(entry.certificateCode).toBeNull();
	});

	it('start as a timed test of the module\u2019s banks, length and time per question', async () => {
		const { db, learner, module: m } = await assigned({ itemCount: 2, secondsPerItem: 45 });
		expect(moduleSessionInput(m)).toEqual({
			mode: 'timed',
			settings: {
				bankIds: ['clinical-trials'],
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: 2
			},
			secondsPerItem: 45,
			moduleId: m.id
		});
		const session = await attempt(db, learner.id, m);
		expect(session).toMatchObject({ mode: 'timed', moduleId: m.id, itemCount: 2 });
		expect(session.deadlineAt).toEqual(new Date(now.getTime() + 90_000));
		expect(await beginModuleAttempt(db, learner.id, m, now)).toEqual({
			ok: false,
			message: 'You have an attempt in progress.'
		});
	});

	it('refuse to start with the reason when no question can be drawn', async () => {
		const { db, learner, module: m } = await assigned({ bankIds: ['no-such-bank'] });
		expect(await beginModuleAttempt(db, learner.id, m, now)).toEqual({
			ok: false,
			message: expect.stringMatching(/No questions match/)
		});
	});

	it('are gathered per learner in the order they finished, with attempts under way', async () => {
		const { db, learner, cohort, module: m } = await assigned({ attemptsAllowed: null });
		const other = await storeLearner(db);
		await joinCohort(db, other.id, cohort.joinCode);
		await failAttempt(db, learner.id, m, new Date(now.getTime() + 2000));
		const earlier = await attempt(db, learner.id, m, now);
		await recordResult(db, { ...earlier, maxMarks: 1 }, 1, new Date(now.getTime() + 1000));
		await failAttempt(db, other.id, m);
		await attempt(db, other.id, m);

		const mine = factsFor(await attemptFacts(db, [m.id], [learner.id]), m.id, learner.id);
		expect(mine.results.map((r) => r.passed)).toEqual([true, false]);
		expect(mine.inProgress).toBe(true);
		const onlyMine = await attemptFacts(db, [m.id], [learner.id]);
		expect(factsFor(onlyMine, m.id, other.id).results).toEqual([]);
		const everyone = await attemptFacts(db, [m.id]);
		expect(factsFor(everyone, m.id, other.id)).toMatchObject({ inProgress: true });
		expect(factsFor(everyone, m.id, other.id).results).toHaveLength(1);
		expect(factsFor(everyone, m.id, learner.id).results).toHaveLength(2);
		expect((await attemptFacts(db, [])).size).toBe(0);
	});

	it('show each passed module with its own certificate', async () => {
		const { db, learner, cohort, educator, module: first } = await assigned();
		const second = await createModule(
			db,
			cohort.id,
			educator.id,
			moduleInput({ title: 'Second' }),
			now
		);
		for (const m of [first, second])
			await recordResult(db, { ...(await attempt(db, learner.id, m)), maxMarks: 1 }, 1, now);
		const codes = await db
			.select({ code: certificates.code, moduleId: moduleResults.moduleId })
			.from(certificates)
			.innerJoin(moduleResults, eq(moduleResults.id, certificates.resultId));
		for (const entry of await listAssignedModules(db, learner.id, now))
			expect(entry.certificateCode).toBe(codes.find((c) => c.moduleId === entry.module.id)?.code);
		expect(new Set(codes.map((c) => c.code)).size).toBe(2);
	});
});
