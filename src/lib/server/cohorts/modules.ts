import { asc, eq, sql } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import {
	trainingModules,
	type ModuleAudience,
	type ModuleDifficulty,
	type TrainingModule
} from '$lib/server/db/tables';
import { newId } from '$lib/server/ids';
import type { DueRule } from '$lib/due';

/*
 * A cohort's modules as an educator sets them: what a module is given as, its row and due date,
 * creating and listing them. Where learners stand on them is in standing.ts and assigned.ts,
 * starting an attempt in attempts.ts, results and certificates in module-results.ts.
 */

export type { DueRule };

/** Which of its banks' questions a module draws. */
export interface ModuleDraw {
	bankIds: string[];
	audience: ModuleAudience;
	difficulty: ModuleDifficulty;
}

export interface ModuleInput extends ModuleDraw {
	title: string;
	itemCount: number;
	secondsPerItem: number;
	passMark: number;
	due: DueRule;
	attemptsAllowed: number | null;
	renewalDays: number | null;
}

/** The module's due rule, read back from its row. */
export function dueRuleOf(module: Pick<TrainingModule, 'dueAt' | 'dueDays'>): DueRule {
	return module.dueAt
		? { kind: 'fixed', at: module.dueAt }
		: { kind: 'after-joining', days: module.dueDays ?? 0 };
}

/**
 * The day a learner must finish the module by: the fixed date, or the end of the day (server
 * time, as fixed dates are) that falls the module's number of days after the learner joined.
 */
export function learnerDueAt(
	module: Pick<TrainingModule, 'dueAt' | 'dueDays'>,
	joinedAt: Date
): Date {
	const rule = dueRuleOf(module);
	if (rule.kind === 'fixed') return rule.at;
	const due = new Date(joinedAt);
	due.setDate(due.getDate() + rule.days);
	due.setHours(23, 59, 59, 0);
	return due;
}

/** A module's row as its input describes it. */
export function moduleRow(
	id: string,
	cohortId: string,
	createdBy: string,
	input: ModuleInput,
	now: Date
): typeof trainingModules.$inferInsert {
	return {
		id,
		cohortId,
		title: input.title.trim(),
		bankIds: input.bankIds,
		audience: input.audience,
		difficulty: input.difficulty,
		itemCount: input.itemCount,
		secondsPerItem: input.secondsPerItem,
		passMark: input.passMark,
		dueAt: input.due.kind === 'fixed' ? input.due.at : null,
		dueDays: input.due.kind === 'after-joining' ? input.due.days : null,
		attemptsAllowed: input.attemptsAllowed,
		renewalDays: input.renewalDays,
		createdBy,
		createdAt: now
	};
}

export function* createModuleStep(
	tx: Queries,
	cohortId: string,
	createdBy: string,
	input: ModuleInput,
	now = new Date()
): Step<TrainingModule> {
	const [module] = yield* run(
		tx
			.insert(trainingModules)
			.values(moduleRow(newId(), cohortId, createdBy, input, now))
			.returning()
	);
	return module;
}

/** Assigns a module to a cohort as it is given (`assignModule` checks its draw first). */
export function createModule(
	db: DB,
	cohortId: string,
	createdBy: string,
	input: ModuleInput,
	now = new Date()
): Promise<TrainingModule> {
	return perform(db, createModuleStep(db, cohortId, createdBy, input, now));
}

/** A cohort's modules, the soonest due first. */
export function* listCohortModulesStep(tx: Queries, cohortId: string): Step<TrainingModule[]> {
	return yield* run(
		tx
			.select()
			.from(trainingModules)
			.where(eq(trainingModules.cohortId, cohortId))
			.orderBy(
				// Modules due some days after joining (no date) first, on both: SQLite puts nulls first
				// in ascending order by itself, PostgreSQL last.
				sql`${trainingModules.dueAt} asc nulls first`,
				sql`${trainingModules.dueDays} asc nulls first`,
				asc(trainingModules.createdAt),
				asc(trainingModules.id)
			)
	);
}

/** A cohort's modules (see `listCohortModulesStep`). */
export function listCohortModules(db: DB, cohortId: string): Promise<TrainingModule[]> {
	return perform(db, listCohortModulesStep(db, cohortId));
}
