import { and, asc, eq, inArray } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import { DAY_MS } from '$lib/time';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import {
	cohortMembers,
	moduleResults,
	quizSessions,
	trainingModules,
	type TrainingModule
} from '$lib/server/db/tables';
import { learnerDueAt } from './modules';

export const MODULE_STATUSES = [
	'not-started',
	'in-progress',
	'passed',
	'failed',
	'overdue'
] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export interface AttemptFacts {
	results: { passed: boolean; scorePercent: number; completedAt: Date }[];
	inProgress: boolean;
}

export interface ModuleStanding {
	status: ModuleStatus;
	attemptsUsed: number;
	bestScore: number | null;
	passedAt: Date | null;
	/** When the module is due now: the learner's due date, or the lapse of an earlier pass. */
	dueAt: Date;
	canStart: boolean;
}

/**
 * Where a learner stands on a module. A pass counts until it lapses (renewal period); past the
 * learner's due date (see learnerDueAt) anything short of a current pass is overdue.
 */
export function moduleStanding(
	module: TrainingModule,
	facts: AttemptFacts,
	now: Date,
	joinedAt: Date
): ModuleStanding {
	const passes = facts.results.filter((r) => r.passed);
	const lastPass = passes.at(-1) ?? null;
	const lapseAt =
		lastPass && module.renewalDays
			? new Date(lastPass.completedAt.getTime() + module.renewalDays * DAY_MS)
			: null;
	const currentPass = lastPass && (!lapseAt || lapseAt.getTime() > now.getTime()) ? lastPass : null;
	const dueAt = lapseAt && !currentPass ? lapseAt : learnerDueAt(module, joinedAt);
	const attemptsUsed = facts.results.length + (facts.inProgress ? 1 : 0);
	const sinceLapse =
		lapseAt && !currentPass
			? facts.results.filter((r) => r.completedAt > lapseAt).length
			: attemptsUsed;
	const attemptsLeft = module.attemptsAllowed === null || sinceLapse < module.attemptsAllowed;

	let status: ModuleStatus;
	if (currentPass) status = 'passed';
	else if (now.getTime() > dueAt.getTime()) status = 'overdue';
	else if (facts.inProgress) status = 'in-progress';
	else if (facts.results.length && !(lapseAt && !currentPass)) status = 'failed';
	else status = 'not-started';

	return {
		status,
		attemptsUsed,
		bestScore: facts.results.length ? Math.max(...facts.results.map((r) => r.scorePercent)) : null,
		passedAt: currentPass?.completedAt ?? null,
		dueAt,
		canStart: !currentPass && !facts.inProgress && attemptsLeft
	};
}

/** Attempts at the given modules, per learner, in one pass over each table. */
export function* attemptFactsStep(
	tx: Queries,
	moduleIds: string[],
	userIds?: string[]
): Step<Map<string, AttemptFacts>> {
	const facts = new Map<string, AttemptFacts>();
	const key = (moduleId: string, userId: string) => `${moduleId}/${userId}`;
	const entry = (k: string) => {
		let f = facts.get(k);
		if (!f) facts.set(k, (f = { results: [], inProgress: false }));
		return f;
	};
	if (!moduleIds.length) return facts;
	const resultRows = yield* run(
		tx
			.select({
				moduleId: moduleResults.moduleId,
				userId: moduleResults.userId,
				passed: moduleResults.passed,
				scorePercent: moduleResults.scorePercent,
				completedAt: moduleResults.completedAt
			})
			.from(moduleResults)
			.where(
				and(
					inArray(moduleResults.moduleId, moduleIds),
					userIds ? inArray(moduleResults.userId, userIds) : undefined
				)
			)
			.orderBy(asc(moduleResults.completedAt), asc(moduleResults.id))
	);
	for (const r of resultRows) entry(key(r.moduleId, r.userId)).results.push(r);
	const active = yield* run(
		tx
			.select({ moduleId: quizSessions.moduleId, userId: quizSessions.userId })
			.from(quizSessions)
			.where(
				and(inArray(quizSessions.moduleId, moduleIds), fixed(eq(quizSessions.status, 'active')))
			)
	);
	for (const a of active) if (a.moduleId) entry(key(a.moduleId, a.userId)).inProgress = true;
	return facts;
}

/** Attempts at the given modules, per learner (see `attemptFactsStep`). */
export function attemptFacts(
	db: DB,
	moduleIds: string[],
	userIds?: string[]
): Promise<Map<string, AttemptFacts>> {
	return perform(db, attemptFactsStep(db, moduleIds, userIds));
}

export function factsFor(
	facts: Map<string, AttemptFacts>,
	moduleId: string,
	userId: string
): AttemptFacts {
	return facts.get(`${moduleId}/${userId}`) ?? { results: [], inProgress: false };
}

/** The module and when the learner joined its cohort, if they are assigned it. */
export function* assignmentStep(tx: Queries, userId: string, moduleId: string) {
	const [found] = yield* run(
		tx
			.select({ module: trainingModules, joinedAt: cohortMembers.joinedAt })
			.from(trainingModules)
			.innerJoin(
				cohortMembers,
				and(eq(cohortMembers.cohortId, trainingModules.cohortId), eq(cohortMembers.userId, userId))
			)
			.where(eq(trainingModules.id, moduleId))
			.limit(1)
	);
	return found ?? null;
}

/** Where a learner stands on one module assigned to them; null when it is not theirs. */
export function* learnerStandingStep(
	tx: Queries,
	userId: string,
	moduleId: string,
	now = new Date()
): Step<ModuleStanding | null> {
	const found = yield* assignmentStep(tx, userId, moduleId);
	if (!found) return null;
	const facts = yield* attemptFactsStep(tx, [moduleId], [userId]);
	return moduleStanding(found.module, factsFor(facts, moduleId, userId), now, found.joinedAt);
}

/** Where a learner stands on one module assigned to them (see `learnerStandingStep`). */
export function learnerStanding(
	db: DB,
	userId: string,
	moduleId: string,
	now = new Date()
): Promise<ModuleStanding | null> {
	return perform(db, learnerStandingStep(db, userId, moduleId, now));
}
