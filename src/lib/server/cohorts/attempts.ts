import { and, asc, eq } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { DB, Queries } from '$lib/server/db';
import { run, transaction, type Step } from '$lib/server/db/steps';
import {
	cohortMembers,
	moduleResults,
	quizSessions,
	trainingModules,
	type TrainingModule
} from '$lib/server/db/tables';
import { startSessionStep, type StartSessionInput } from '$lib/server/quiz/build';
import { moduleStanding } from './standing';

/** An attempt at a module: a timed test of its banks, its length and its time per question. */
export function moduleSessionInput(module: TrainingModule): StartSessionInput {
	return {
		mode: 'timed',
		settings: {
			bankIds: module.bankIds,
			selection: 'all',
			difficulty: module.difficulty,
			audience: module.audience,
			requestedCount: module.itemCount
		},
		secondsPerItem: module.secondsPerItem,
		moduleId: module.id
	};
}

export type StartAttemptResult = { ok: true; sessionId: string } | { ok: false; message: string };

/**
 * Starts a timed attempt at an assigned module, within its attempt limit. Where the learner
 * stands is read in the transaction that starts the attempt, which on PostgreSQL holds a lock
 * on this learner's attempts at this module, so attempts started at once are counted one by one.
 */
export function* startModuleAttemptStep(
	db: DB,
	tx: Queries,
	userId: string,
	module: TrainingModule,
	now = new Date()
): Step<StartAttemptResult> {
	const [found] = yield* run(
		tx
			.select({ joinedAt: cohortMembers.joinedAt })
			.from(trainingModules)
			.innerJoin(
				cohortMembers,
				and(eq(cohortMembers.cohortId, trainingModules.cohortId), eq(cohortMembers.userId, userId))
			)
			.where(eq(trainingModules.id, module.id))
			.limit(1)
	);
	if (!found) return { ok: false, message: 'This module is not assigned to you.' };
	const results = yield* run(
		tx
			.select({
				passed: moduleResults.passed,
				scorePercent: moduleResults.scorePercent,
				completedAt: moduleResults.completedAt
			})
			.from(moduleResults)
			.where(and(eq(moduleResults.moduleId, module.id), eq(moduleResults.userId, userId)))
			.orderBy(asc(moduleResults.completedAt))
	);
	const active = yield* run(
		tx
			.select({ id: quizSessions.id })
			.from(quizSessions)
			.where(
				and(
					eq(quizSessions.moduleId, module.id),
					eq(quizSessions.userId, userId),
					fixed(eq(quizSessions.status, 'active'))
				)
			)
			.limit(1)
	);
	const standing = moduleStanding(
		module,
		{ results, inProgress: active.length > 0 },
		now,
		found.joinedAt
	);
	if (standing.status === 'passed')
		return { ok: false, message: 'You have passed this module already.' };
	if (!standing.canStart)
		return {
			ok: false,
			message:
				standing.status === 'in-progress'
					? 'You have an attempt in progress.'
					: 'You have used all the attempts allowed.'
		};
	const result = yield* startSessionStep(db, tx, userId, moduleSessionInput(module), now);
	return result.ok ? { ok: true, sessionId: result.session.id } : result;
}

/** The advisory lock a learner's attempts at one module are started under, on PostgreSQL. */
export const attemptLock = (userId: string, moduleId: string) =>
	`module-attempts:${userId}:${moduleId}`;

/** `startModuleAttemptStep` in its own transaction. */
export function beginModuleAttempt(
	db: DB,
	userId: string,
	module: TrainingModule,
	now = new Date()
): Promise<StartAttemptResult> {
	return transaction(db, (tx) => startModuleAttemptStep(db, tx, userId, module, now), {
		behavior: 'immediate',
		locks: [attemptLock(userId, module.id)]
	});
}
