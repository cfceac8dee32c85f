import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { DB, Queries } from '../db';
import { run, runSync, transaction, transactionSync, type Step } from '../db/steps';
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

export function createModule(
	db: DB,
	cohortId: string,
	createdBy: string,
	input: ModuleInput,
	now = new Date()
): TrainingModule {
	return db
		.insert(trainingModules)
		.values({
			id: newId(),
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
		})
		.returning()
		.get();
}

export function listCohortModules(db: DB, cohortId: string): TrainingModule[] {
	return db
		.select()
		.from(trainingModules)
		.where(eq(trainingModules.cohortId, cohortId))
		.orderBy(
			asc(trainingModules.dueAt),
			asc(trainingModules.dueDays),
			asc(trainingModules.createdAt)
		)
		.all();
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
export function attemptFacts(
	db: DB,
	moduleIds: string[],
	userIds?: string[]
): Map<string, AttemptFacts> {
	const facts = new Map<string, AttemptFacts>();
	const key = (moduleId: string, userId: string) => `${moduleId}/${userId}`;
	const entry = (k: string) => {
		let f = facts.get(k);
		if (!f) facts.set(k, (f = { results: [], inProgress: false }));
		return f;
	};
	if (!moduleIds.length) return facts;
	const resultRows = db
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
		.orderBy(asc(moduleResults.completedAt))
		.all();
	for (const r of resultRows) entry(key(r.moduleId, r.userId)).results.push(r);
	const active = db
		.select({ moduleId: quizSessions.moduleId, userId: quizSessions.userId })
		.from(quizSessions)
		.where(and(inArray(quizSessions.moduleId, moduleIds), eq(quizSessions.status, 'active')))
		.all();
	for (const a of active) if (a.moduleId) entry(key(a.moduleId, a.userId)).inProgress = true;
	return facts;
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
export function listAssignedModules(db: DB, userId: string, now = new Date()): AssignedModule[] {
	const rows = db
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
		.orderBy(asc(trainingModules.createdAt))
		.all();
	const ids = rows.map((r) => r.module.id);
	const facts = attemptFacts(db, ids, [userId]);
	const active = ids.length
		? db
				.select({ id: quizSessions.id, moduleId: quizSessions.moduleId })
				.from(quizSessions)
				.where(
					and(
						eq(quizSessions.userId, userId),
						eq(quizSessions.status, 'active'),
						inArray(quizSessions.moduleId, ids)
					)
				)
				.all()
		: // Stryker disable next-line ArrayDeclaration: with no modules there is no row to look anything up for
			[];
	const certs = ids.length
		? db
				.select({
					code: certificates.code,
					moduleId: moduleResults.moduleId,
					issuedAt: certificates.issuedAt
				})
				.from(certificates)
				.innerJoin(moduleResults, eq(moduleResults.id, certificates.resultId))
				.where(and(eq(certificates.userId, userId), inArray(moduleResults.moduleId, ids)))
				.orderBy(desc(certificates.issuedAt))
				.all()
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

/** The module if the learner is assigned it (through a cohort), else null. */
export function getAssignedModule(db: DB, userId: string, moduleId: string): TrainingModule | null {
	return assignment(db, userId, moduleId)?.module ?? null;
}

/** The module and when the learner joined its cohort, if they are assigned it. */
function assignment(db: DB, userId: string, moduleId: string) {
	return (
		db
			.select({ module: trainingModules, joinedAt: cohortMembers.joinedAt })
			.from(trainingModules)
			.innerJoin(
				cohortMembers,
				and(eq(cohortMembers.cohortId, trainingModules.cohortId), eq(cohortMembers.userId, userId))
			)
			.where(eq(trainingModules.id, moduleId))
			.get() ?? null
	);
}

/** Where a learner stands on one module assigned to them; null when it is not theirs. */
export function learnerStanding(
	db: DB,
	userId: string,
	moduleId: string,
	now = new Date()
): ModuleStanding | null {
	const found = assignment(db, userId, moduleId);
	if (!found) return null;
	return moduleStanding(
		found.module,
		factsFor(attemptFacts(db, [moduleId], [userId]), moduleId, userId),
		now,
		found.joinedAt
	);
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

/** `startModuleAttemptStep` in one transaction, synchronously on SQLite. */
export function startModuleAttempt(
	db: DB,
	userId: string,
	module: TrainingModule,
	now = new Date()
): StartAttemptResult {
	return transactionSync(db, (tx) => startModuleAttemptStep(db, tx, userId, module, now), {
		behavior: 'immediate'
	});
}

function certificateCode(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return encodeBase32UpperCaseNoPadding(bytes);
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
	yield* run(
		tx.insert(certificates).values({
			code: certificateCode(),
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
		})
	);
}

/** `recordModuleResultStep`, synchronously on SQLite. */
export function recordModuleResult(
	db: Queries,
	session: QuizSession,
	marks: number,
	finishedAt: Date
): void {
	runSync(recordModuleResultStep(db, session, marks, finishedAt));
}

export function getCertificate(db: DB, code: string): Certificate | null {
	return (
		db.select().from(certificates).where(eq(certificates.code, code.trim().toUpperCase())).get() ??
		null
	);
}

/** The pass or fail of a finished module attempt, with its certificate code for a pass. */
export function moduleOutcome(db: DB, sessionId: string) {
	return (
		db
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
			.get() ?? null
	);
}
