import { describe, expect, it } from 'vitest';
import { contentDatabase } from '$lib/server/testing/content';
import { storeLearner } from '$lib/server/testing/fixtures';
import { createCohort, joinCohort } from './cohorts';
import { loadCohortDashboard } from './dashboard';
import {
	createModule,
	dueRuleOf,
	learnerDueAt,
	listCohortModules,
	type ModuleInput
} from './modules';
import { learnerStanding } from './standing';
import { listAssignedModules } from './assigned';
import { beginModuleAttempt } from './attempts';
import { DAY_MS as DAY } from '$lib/time';

/** Server time: due dates are whole days in the server's time zone. */
const joinedAt = new Date(2026, 5, 1, 9, 30);

const relative = (days: number) => ({ dueAt: null, dueDays: days });

describe("a learner's due date", () => {
	it('is the fixed date for every learner, whenever they joined', async () => {
		const at = new Date(2026, 6, 1, 23, 59, 59);
		expect(learnerDueAt({ dueAt: at, dueDays: null }, joinedAt)).toEqual(at);
		expect(learnerDueAt({ dueAt: at, dueDays: null }, new Date(2026, 6, 20))).toEqual(at);
	});

	it('is the end of the day that falls the given days after joining', async () => {
		expect(learnerDueAt(relative(14), joinedAt)).toEqual(new Date(2026, 5, 15, 23, 59, 59));
		expect(learnerDueAt(relative(1), new Date(2026, 5, 30, 23, 50))).toEqual(
			new Date(2026, 6, 1, 23, 59, 59)
		);
	});

	it('counts calendar days across a month end', async () => {
		expect(learnerDueAt(relative(3), new Date(2026, 1, 27, 8))).toEqual(
			new Date(2026, 2, 2, 23, 59, 59)
		);
	});

	it('reads the rule back from the row', async () => {
		const at = new Date(2026, 6, 1);
		expect(dueRuleOf({ dueAt: at, dueDays: null })).toEqual({ kind: 'fixed', at });
		expect(dueRuleOf(relative(30))).toEqual({ kind: 'after-joining', days: 30 });
	});
});

const input = (overrides: Partial<ModuleInput> = {}): ModuleInput => ({
	title: 'Induction',
	bankIds: ['clinical-trials'],
	audience: 'any',
	difficulty: 'any',
	itemCount: 2,
	secondsPerItem: 60,
	passMark: 80,
	due: { kind: 'after-joining', days: 14 },
	attemptsAllowed: null,
	renewalDays: null,
	...overrides
});

/** A cohort whose first learner joined long ago and whose second joined on `lateJoin`. */
async function cohortWithLateJoiner(lateJoin: Date) {
	const db = await contentDatabase(['clinical-trials']);
	const educator = await storeLearner(db);
	const early = await storeLearner(db);
	const late = await storeLearner(db);
	const cohort = await createCohort(db, educator.id, { name: 'Ward 7', description: '' });
	await joinCohort(db, early.id, cohort.joinCode, new Date(lateJoin.getTime() - 60 * DAY));
	await joinCohort(db, late.id, cohort.joinCode, lateJoin);
	return { db, educator, early, late, cohort };
}

describe('a module due some days after joining', () => {
	it('is stored with its days and no date, and keeps them', async () => {
		const { db, educator, cohort } = await cohortWithLateJoiner(joinedAt);
		const m = await createModule(db, cohort.id, educator.id, input(), joinedAt);
		expect(m).toMatchObject({ dueAt: null, dueDays: 14 });
		expect((await listCohortModules(db, cohort.id))[0]).toMatchObject({
			dueAt: null,
			dueDays: 14
		});
	});

	it('makes an early joiner overdue but not a late joiner, on the dashboard', async () => {
		const now = new Date(joinedAt.getTime() + 2 * DAY);
		const { db, educator, early, late, cohort } = await cohortWithLateJoiner(joinedAt);
		await createModule(db, cohort.id, educator.id, input(), now);
		const dashboard = await loadCohortDashboard(db, cohort.id, 'all', now);
		const standing = (userId: string) =>
			dashboard.rows.find((r) => r.member.userId === userId)!.standings[0];
		expect(standing(early.id).status).toBe('overdue');
		expect(standing(late.id)).toMatchObject({
			status: 'not-started',
			dueAt: new Date(2026, 5, 15, 23, 59, 59)
		});
		expect(dashboard.statusCounts).toMatchObject({ overdue: 1, 'not-started': 1 });
		const overdueOnly = await loadCohortDashboard(db, cohort.id, 'overdue', now);
		expect(overdueOnly.rows.map((r) => r.member.userId)).toEqual([early.id]);
	});

	it('falls overdue for the late joiner only once their own days have run out', async () => {
		const { db, educator, late, cohort } = await cohortWithLateJoiner(joinedAt);
		const m = await createModule(db, cohort.id, educator.id, input(), joinedAt);
		const lastMoment = new Date(2026, 5, 15, 23, 59, 59);
		expect((await learnerStanding(db, late.id, m.id, lastMoment))?.status).toBe('not-started');
		expect(
			(await learnerStanding(db, late.id, m.id, new Date(lastMoment.getTime() + 1000)))?.status
		).toBe('overdue');
	});

	it("lists a learner's modules by their own due dates, fixed and relative together", async () => {
		const { db, educator, late, cohort } = await cohortWithLateJoiner(joinedAt);
		const relativeModule = await createModule(db, cohort.id, educator.id, input(), joinedAt);
		const fixedLater = await createModule(
			db,
			cohort.id,
			educator.id,
			input({ title: 'Later', due: { kind: 'fixed', at: new Date(2026, 5, 20, 23, 59, 59) } }),
			joinedAt
		);
		const fixedSooner = await createModule(
			db,
			cohort.id,
			educator.id,
			input({ title: 'Sooner', due: { kind: 'fixed', at: new Date(2026, 5, 10, 23, 59, 59) } }),
			joinedAt
		);
		const list = await listAssignedModules(db, late.id, joinedAt);
		expect(list.map((a) => a.module.id)).toEqual([
			fixedSooner.id,
			relativeModule.id,
			fixedLater.id
		]);
		expect(list[1].standing.dueAt).toEqual(new Date(2026, 5, 15, 23, 59, 59));
	});

	it('has no standing for someone outside the cohort, who cannot start it', async () => {
		const { db, educator, cohort } = await cohortWithLateJoiner(joinedAt);
		const outsider = await storeLearner(db);
		const m = await createModule(db, cohort.id, educator.id, input(), joinedAt);
		expect(await learnerStanding(db, outsider.id, m.id, joinedAt)).toBeNull();
		expect(await beginModuleAttempt(db, outsider.id, m, joinedAt)).toEqual({
			ok: false,
			message: 'This module is not assigned to you.'
		});
	});

	it('lets a late joiner start an attempt after the early joiners are overdue', async () => {
		const now = new Date(joinedAt.getTime() + DAY);
		const { db, educator, late, cohort } = await cohortWithLateJoiner(joinedAt);
		const m = await createModule(db, cohort.id, educator.id, input(), now);
		expect((await beginModuleAttempt(db, late.id, m, now)).ok).toBe(true);
		expect((await learnerStanding(db, late.id, m.id, now))?.status).toBe('in-progress');
	});
});
