import { describe, expect, it } from 'vitest';
import type { TrainingModule } from '../db/schema';
import { contentDb, makeLearner } from '../testing/fixtures';
import { finaliseSession, getOwnedSession, getSlot, recordAnswer } from '../quiz/session';
import { addCoEducator, createCohort, joinCohort, setJoiningOpen } from './cohorts';
import { canManageCohort } from './access';
import {
	createModule,
	getCertificate,
	listAssignedModules,
	moduleOutcome,
	moduleStanding,
	startModuleAttempt
} from './modules';
import { users } from '../db/schema';
import { eq } from 'drizzle-orm';

const DAY = 86_400_000;
const now = new Date('2026-06-01T12:00:00Z');

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
	it('is not started, then in progress, then passed or failed', () => {
		expect(moduleStanding(module(), { results: [], inProgress: false }, now).status).toBe(
			'not-started'
		);
		expect(moduleStanding(module(), { results: [], inProgress: true }, now).status).toBe(
			'in-progress'
		);
		expect(
			moduleStanding(module(), { results: [result(true, 1)], inProgress: false }, now).status
		).toBe('passed');
		const failed = moduleStanding(
			module(),
			{ results: [result(false, 1)], inProgress: false },
			now
		);
		expect(failed).toMatchObject({
			status: 'failed',
			attemptsUsed: 1,
			bestScore: 50,
			canStart: true
		});
	});

	it('is overdue past the due date unless passed', () => {
		const late = module({ dueAt: new Date(now.getTime() - DAY) });
		expect(moduleStanding(late, { results: [], inProgress: false }, now).status).toBe('overdue');
		expect(
			moduleStanding(late, { results: [result(false, 2)], inProgress: false }, now).status
		).toBe('overdue');
		expect(
			moduleStanding(late, { results: [result(true, 2)], inProgress: false }, now).status
		).toBe('passed');
	});

	it('stops further attempts once they are used up', () => {
		const standing = moduleStanding(
			module(),
			{ results: [result(false, 3), result(false, 1)], inProgress: false },
			now
		);
		expect(standing.canStart).toBe(false);
		expect(
			moduleStanding(
				module({ attemptsAllowed: null }),
				{ results: [result(false, 3), result(false, 1)], inProgress: false },
				now
			).canStart
		).toBe(true);
	});

	it('lapses a pass after the renewal period, due again from the lapse', () => {
		const yearly = module({ renewalDays: 365, dueAt: new Date(now.getTime() - 400 * DAY) });
		const old = moduleStanding(yearly, { results: [result(true, 370)], inProgress: false }, now);
		expect(old.status).toBe('overdue');
		expect(old.dueAt.getTime()).toBe(now.getTime() - 5 * DAY);
		expect(old.canStart).toBe(true);
		expect(
			moduleStanding(yearly, { results: [result(true, 300)], inProgress: false }, now).status
		).toBe('passed');
	});
});

describe('cohorts and module attempts', () => {
	it('let learners join by code while joining is open, once', async () => {
		const db = contentDb();
		const educator = await makeLearner(db);
		const learner = await makeLearner(db);
		const cohort = createCohort(db, educator.id, { name: 'F1 doctors', description: '' });
		expect(joinCohort(db, learner.id, cohort.joinCode.toLowerCase())).toMatchObject({
			ok: true,
			already: false
		});
		expect(joinCohort(db, learner.id, cohort.joinCode)).toMatchObject({ ok: true, already: true });
		setJoiningOpen(db, cohort.id, false);
		const late = await makeLearner(db);
		expect(joinCohort(db, late.id, cohort.joinCode)).toEqual({
			ok: false,
			message: expect.stringMatching(/not taking/)
		});
		expect(joinCohort(db, late.id, 'NOPE1234').ok).toBe(false);
	});

	it('are run by the owner, co-educators and administrators only', async () => {
		const db = contentDb();
		const [owner, co, other, admin] = await Promise.all([
			makeLearner(db),
			makeLearner(db),
			makeLearner(db),
			makeLearner(db)
		]);
		for (const u of [owner, co, other])
			db.update(users).set({ role: 'educator' }).where(eq(users.id, u.id)).run();
		db.update(users).set({ role: 'admin' }).where(eq(users.id, admin.id)).run();
		const cohort = createCohort(db, owner.id, { name: 'Ward 7 nurses', description: '' });
		expect(addCoEducator(db, cohort, co.email)).toEqual({ ok: true });
		const as = (u: typeof owner, role: 'educator' | 'admin') =>
			canManageCohort(db, { id: u.id, role }, cohort);
		expect(as(owner, 'educator')).toBe(true);
		expect(as(co, 'educator')).toBe(true);
		expect(as(other, 'educator')).toBe(false);
		expect(as(admin, 'admin')).toBe(true);
	});

	it('record a pass with a verifiable certificate when the attempt is finalised', async () => {
		const db = contentDb();
		const educator = await makeLearner(db);
		const learner = await makeLearner(db);
		const cohort = createCohort(db, educator.id, { name: 'C', description: '' });
		joinCohort(db, learner.id, cohort.joinCode);
		const m = createModule(db, cohort.id, educator.id, {
			title: 'Trials awareness',
			bankIds: ['clinical-trials'],
			itemCount: 3,
			secondsPerItem: 60,
			passMark: 60,
			dueAt: new Date(Date.now() + 7 * DAY),
			attemptsAllowed: 1,
			renewalDays: 365
		});
		const start = startModuleAttempt(db, learner.id, m);
		if (!start.ok) throw new Error(start.message);
		const session = listAssignedModules(db, learner.id)[0];
		expect(session.standing.status).toBe('in-progress');
		const quiz = getOwnedSession(db, learner.id, start.sessionId)!;
		for (let p = 1; p <= 3; p++) {
			const { spec } = getSlot(db, quiz.id, p)!;
			recordAnswer(
				db,
				quiz,
				p,
				{ kind: 'choice', chosen: spec.options.flatMap((o, i) => (o.correct ? [i] : [])) },
				null
			);
		}
		expect(finaliseSession(db, quiz.id)).toBe(true);
		const outcome = moduleOutcome(db, quiz.id)!;
		expect(outcome).toMatchObject({ passed: true, scorePercent: 100 });
		const certificate = getCertificate(db, outcome.certificateCode!)!;
		expect(certificate).toMatchObject({
			learnerName: learner.displayName,
			moduleTitle: 'Trials awareness',
			scorePercent: 100
		});
		expect(certificate.validUntil).not.toBeNull();
		expect(listAssignedModules(db, learner.id)[0].standing.status).toBe('passed');
		expect(startModuleAttempt(db, learner.id, m)).toEqual({
			ok: false,
			message: expect.stringMatching(/passed/)
		});
	});
});
