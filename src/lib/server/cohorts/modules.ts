import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DB, Queries } from '../db';
import { perform, run, transaction, type Step } from '../db/steps';
import { issueCertificateStep } from '../certificates/issue';
import {
	certificates,
	cohortMembers,
	cohorts,
	moduleResults,
	quizSessions,
	trainingModules,
	users,
	type Certificate,
	type ModuleAudience,
	type ModuleDifficulty,
	type QuizSession,
	type TrainingModule
} from '../db/tables';
import { newId } from '../ids';
import type { DueRule } from '$lib/due';
import { getSettingsStep } from '../settings/settings';
import { startSessionStep, type StartSessionInput } from '../quiz/build';

const DAY_MS = 86_400_000;

export const MODULE_STATUSES = [
	'not-started',
	'in-progress',
	'passed',
	'failed',
	'overdue'
] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

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
			.where(and(inArray(quizSessions.moduleId, moduleIds), eq(quizSessions.status, 'active')))
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
							eq(quizSessions.status, 'active'),
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

/** The module and when the learner joined its cohort, if they are assigned it. */
function* assignmentStep(tx: Queries, userId: string, moduleId: string) {
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
					eq(quizSessions.status, 'active')
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

/**
 * Records the outcome of a finished module attempt and issues a certificate for a pass: once per
 * session, by the result's unique session.
 */
export function* recordModuleResultStep(
	tx: Queries,
	session: QuizSession,
	marks: number,
	finishedAt: Date
): Step<void> {
	if (!session.moduleId) return;
	const [module] = yield* run(
		tx.select().from(trainingModules).where(eq(trainingModules.id, session.moduleId)).limit(1)
	);
	if (!module) return;
	const scorePercent = session.maxMarks ? Math.round((marks / session.maxMarks) * 1000) / 10 : 0;
	const passed = scorePercent >= module.passMark;
	const [result] = yield* run(
		tx
			.insert(moduleResults)
			.values({
				moduleId: module.id,
				userId: session.userId,
				sessionId: session.id,
				scorePercent,
				passed,
				completedAt: finishedAt
			})
			.onConflictDoNothing()
			.returning()
	);
	if (!result || !passed) return;
	const [learner] = yield* run(
		tx.select({ name: users.displayName }).from(users).where(eq(users.id, session.userId)).limit(1)
	);
	const [educator] = yield* run(
		tx
			.select({ name: users.displayName })
			.from(cohorts)
			.innerJoin(users, eq(users.id, cohorts.ownerId))
			.where(eq(cohorts.id, module.cohortId))
			.limit(1)
	);
	const settings = yield* getSettingsStep(tx);
	yield* issueCertificateStep(tx, {
		resultId: result.id,
		userId: session.userId,
		// Stryker disable next-line OptionalChaining, StringLiteral: the result's account always exists, so the fallback is never read
		learnerName: learner?.name ?? '',
		// Stryker disable next-line OptionalChaining, StringLiteral: a module's cohort always has an owner, so the fallback is never read
		educatorName: educator?.name ?? '',
		organisationName: settings.organisationName,
		moduleTitle: module.title,
		scorePercent,
		issuedAt: finishedAt,
		validUntil: module.renewalDays
			? new Date(finishedAt.getTime() + module.renewalDays * DAY_MS)
			: null
	});
}

/** The certificate with this code, as typed from paper (any case, spaces around it). */
export function* getCertificateStep(tx: Queries, code: string): Step<Certificate | null> {
	const [certificate] = yield* run(
		tx.select().from(certificates).where(eq(certificates.code, code.trim().toUpperCase())).limit(1)
	);
	return certificate ?? null;
}

/** The certificate with this code (see `getCertificateStep`). */
export function getCertificate(db: DB, code: string): Promise<Certificate | null> {
	return perform(db, getCertificateStep(db, code));
}

export interface ModuleOutcome {
	title: string;
	passMark: number;
	scorePercent: number;
	passed: boolean;
	certificateCode: string | null;
}

/** The pass or fail of a finished module attempt, with its certificate code for a pass. */
export function* moduleOutcomeStep(tx: Queries, sessionId: string): Step<ModuleOutcome | null> {
	const [outcome] = yield* run(
		tx
			.select({
				title: trainingModules.title,
				passMark: trainingModules.passMark,
				scorePercent: moduleResults.scorePercent,
				passed: moduleResults.passed,
				certificateCode: certificates.code
			})
			.from(moduleResults)
			.innerJoin(trainingModules, eq(trainingModules.id, moduleResults.moduleId))
			.leftJoin(certificates, eq(certificates.resultId, moduleResults.id))
			.where(eq(moduleResults.sessionId, sessionId))
			.limit(1)
	);
	return outcome ?? null;
}

/** The outcome of a finished module attempt (see `moduleOutcomeStep`). */
export function moduleOutcome(db: DB, sessionId: string): Promise<ModuleOutcome | null> {
	return perform(db, moduleOutcomeStep(db, sessionId));
}
