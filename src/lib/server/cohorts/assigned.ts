import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import {
	certificates,
	cohortMembers,
	cohorts,
	moduleResults,
	quizSessions,
	trainingModules,
	type TrainingModule
} from '$lib/server/db/tables';
import {
	assignmentStep,
	attemptFactsStep,
	factsFor,
	moduleStanding,
	type ModuleStanding
} from './standing';

export interface AssignedModule {
	module: TrainingModule;
	cohortName: string;
	standing: ModuleStanding;
	activeSessionId: string | null;
	certificateCode: string | null;
}

/** Modules assigned to a learner through their cohorts, with where they stand on each. */
export function* listAssignedModulesStep(
	tx: Queries,
	userId: string,
	now = new Date()
): Step<AssignedModule[]> {
	const rows = yield* run(
		tx
			.select({
				module: trainingModules,
				cohortName: cohorts.name,
				joinedAt: cohortMembers.joinedAt
			})
			.from(trainingModules)
			.innerJoin(
				cohortMembers,
				and(eq(cohortMembers.cohortId, trainingModules.cohortId), eq(cohortMembers.userId, userId))
			)
			.innerJoin(cohorts, eq(cohorts.id, trainingModules.cohortId))
			.orderBy(asc(trainingModules.createdAt), asc(trainingModules.id))
	);
	const ids = rows.map((r) => r.module.id);
	const facts = yield* attemptFactsStep(tx, ids, [userId]);
	const active = ids.length
		? yield* run(
				tx
					.select({ id: quizSessions.id, moduleId: quizSessions.moduleId })
					.from(quizSessions)
					.where(
						and(
							eq(quizSessions.userId, userId),
							fixed(eq(quizSessions.status, 'active')),
							inArray(quizSessions.moduleId, ids)
						)
					)
			)
		: // Stryker disable next-line ArrayDeclaration: with no modules there is no row to look anything up for
			[];
	const certs = ids.length
		? yield* run(
				tx
					.select({
						code: certificates.code,
						moduleId: moduleResults.moduleId,
						issuedAt: certificates.issuedAt
					})
					.from(certificates)
					.innerJoin(moduleResults, eq(moduleResults.id, certificates.resultId))
					.where(and(eq(certificates.userId, userId), inArray(moduleResults.moduleId, ids)))
					.orderBy(desc(certificates.issuedAt))
			)
		: // Stryker disable next-line ArrayDeclaration: with no modules there is no row to look anything up for
			[];
	return rows
		.map(({ module, cohortName, joinedAt }) => {
			const standing = moduleStanding(module, factsFor(facts, module.id, userId), now, joinedAt);
			return {
				module,
				cohortName,
				standing,
				activeSessionId: active.find((a) => a.moduleId === module.id)?.id ?? null,
				certificateCode:
					standing.status === 'passed'
						? (certs.find((c) => c.moduleId === module.id)?.code ?? null)
						: null
			};
		})
		.sort((a, b) => a.standing.dueAt.getTime() - b.standing.dueAt.getTime());
}

/** Modules assigned to a learner through their cohorts (see `listAssignedModulesStep`). */
export function listAssignedModules(
	db: DB,
	userId: string,
	now = new Date()
): Promise<AssignedModule[]> {
	return perform(db, listAssignedModulesStep(db, userId, now));
}

/** The module if the learner is assigned it (through a cohort), else null. */
export function* getAssignedModuleStep(
	tx: Queries,
	userId: string,
	moduleId: string
): Step<TrainingModule | null> {
	return (yield* assignmentStep(tx, userId, moduleId))?.module ?? null;
}

/** The module if the learner is assigned it (see `getAssignedModuleStep`). */
export function getAssignedModule(
	db: DB,
	userId: string,
	moduleId: string
): Promise<TrainingModule | null> {
	return perform(db, getAssignedModuleStep(db, userId, moduleId));
}
