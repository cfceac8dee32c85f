import { eq } from 'drizzle-orm';
import { DAY_MS } from '$lib/time';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import { issueCertificateStep } from '$lib/server/certificates/issue';
import {
	certificates,
	cohorts,
	moduleResults,
	trainingModules,
	users,
	type Certificate,
	type QuizSession
} from '$lib/server/db/tables';
import { getSettingsStep } from '$lib/server/settings/settings';

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
