import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Queries } from '$lib/server/db';
import { run, type Step } from '$lib/server/db/steps';
import {
	answers,
	cohorts,
	quizSessionItems,
	quizSessions,
	trainingModules
} from '$lib/server/db/tables';
import { kr20FromSummary, standardErrorOfMeasurement } from './statistics';
import { addAttempt, type CountedAttempt, type ModuleTotals, type Totals } from './totals';

export interface ModuleReliability {
	moduleId: string;
	title: string;
	cohortId: string;
	cohortName: string;
	attempts: number;
	/** Questions in an attempt: k in KR-20 (the mean, should attempts differ in length). */
	questions: number | null;
	meanPercent: number | null;
	sdPercent: number | null;
	meanMarks: number | null;
	sdMarks: number | null;
	/** Withheld (null) under MIN_RELIABILITY_ATTEMPTS attempts; never above 1. */
	kr20: number | null;
	/** KR-20 and SEM are withheld because there are too few attempts to estimate them. */
	tooFewAttempts: boolean;
	/** Standard error of measurement, SD * sqrt(1 - KR-20), in marks and in percent. */
	semMarks: number | null;
	semPercent: number | null;
}

/**
 * Attempts needed before KR-20 is shown. Each attempt draws its own questions, so with few
 * attempts most questions are drawn once or twice, their variances read as near zero, and the
 * estimate runs above 1, which no test can reach.
 */
export const MIN_RELIABILITY_ATTEMPTS = 10;

/** A module's figures, worked out from its totals. */
export type ModuleFigures = Omit<
	ModuleReliability,
	'moduleId' | 'title' | 'cohortId' | 'cohortName'
>;
type Figures = ModuleFigures;

export interface ModuleAttemptRow {
	sessionId: string;
	userId: string;
	moduleId: string;
	startedAt: number;
	finishOrder: number;
	marks: number | null;
	maxMarks: number;
	itemId: string;
	/** 1 when the question was answered right; 0 when wrong or left unanswered. */
	correct: number;
}

/**
 * Every question of the learners' module attempts finished up to a finish order, an unanswered
 * one as wrong: each learner's attempts at each module in the order they started (then
 * finished), so the first comes first.
 */
export function* moduleAttemptRowsStep(
	tx: Queries,
	learners: string[],
	upTo: number
): Step<ModuleAttemptRow[]> {
	const rows = yield* run(
		tx
			.select({
				sessionId: quizSessions.id,
				userId: quizSessions.userId,
				moduleId: quizSessions.moduleId,
				startedAt: quizSessions.startedAt,
				finishOrder: quizSessions.finishOrder,
				marks: quizSessions.marks,
				maxMarks: quizSessions.maxMarks,
				itemId: quizSessionItems.itemId,
				correct: answers.correct
			})
			.from(quizSessions)
			.innerJoin(quizSessionItems, eq(quizSessionItems.sessionId, quizSessions.id))
			.leftJoin(
				answers,
				and(
					eq(answers.sessionId, quizSessionItems.sessionId),
					eq(answers.position, quizSessionItems.position)
				)
			)
			.where(
				and(
					isNotNull(quizSessions.moduleId),
					inArray(quizSessions.userId, learners),
					lte(quizSessions.finishOrder, upTo)
				)
			)
			.orderBy(
				asc(quizSessions.userId),
				asc(quizSessions.moduleId),
				asc(quizSessions.startedAt),
				asc(quizSessions.finishOrder),
				asc(quizSessionItems.position)
			)
	);
	return rows.map((r) => ({
		...r,
		moduleId: r.moduleId!,
		startedAt: r.startedAt.getTime(),
		finishOrder: r.finishOrder!,
		correct: r.correct ? 1 : 0
	}));
}

/** One attempt from its rows, which come a question at a time. */
export function attemptOf(rows: ModuleAttemptRow[]): CountedAttempt {
	const [first] = rows;
	return {
		moduleId: first.moduleId,
		marks: first.marks ?? 0,
		maxMarks: first.maxMarks,
		items: rows.map((r) => ({ itemId: r.itemId, correct: r.correct }))
	};
}

/** Module totals being counted; for first attempts, the learners and modules counted so far. */
export interface ModuleCounter {
	modules: Totals['modules'];
	firstAttempts: Set<string> | null;
}

export function emptyModuleTotals(firstOnly: boolean): ModuleCounter {
	return { modules: new Map(), firstAttempts: firstOnly ? new Set() : null };
}

/**
 * Counts attempts from rows that come a question at a time, each attempt's together and each
 * learner's attempts at a module in the order they started: for first attempts, the first only.
 */
export function countModuleAttempts(
	counter: ModuleCounter,
	rows: Iterable<ModuleAttemptRow>
): void {
	const count = (attempt: ModuleAttemptRow[]) => {
		const key = `${attempt[0].userId}/${attempt[0].moduleId}`;
		if (counter.firstAttempts?.has(key)) return;
		counter.firstAttempts?.add(key);
		addAttempt(counter, attemptOf(attempt));
	};
	let attempt: ModuleAttemptRow[] = [];
	for (const row of rows) {
		if (attempt.length && attempt[0].sessionId !== row.sessionId) {
			count(attempt);
			attempt = [];
		}
		attempt.push(row);
	}
	if (attempt.length) count(attempt);
}

const gcd = (a: bigint, b: bigint): bigint => (b ? gcd(b, a % b) : a);

const NO_FIGURES: Figures = {
	attempts: 0,
	questions: null,
	meanPercent: null,
	sdPercent: null,
	meanMarks: null,
	sdMarks: null,
	kr20: null,
	tooFewAttempts: true,
	semMarks: null,
	semPercent: null
};

/**
 * A module's figures from its sums. Percentages are worked over a common denominator of the marks
 * possible, in whole numbers, so the figures do not depend on the order attempts were added in.
 */
export function figuresOf(module: ModuleTotals | undefined): Figures {
	const groups = [...(module?.byMaxMarks ?? [])]
		.map(([, g]) => g)
		.filter((g) => g.attempts > 0)
		.sort((a, b) => a.maxMarks - b.maxMarks);
	let attempts = 0;
	let questionsDrawn = 0;
	let marks = 0;
	let marksSquared = 0;
	let right = 0;
	let rightSquared = 0;
	let common = 1n;
	for (const g of groups) {
		attempts += g.attempts;
		questionsDrawn += g.questions;
		marks += g.marks;
		marksSquared += g.marksSquared;
		right += g.right;
		rightSquared += g.rightSquared;
		if (g.maxMarks > 0) common = (common / gcd(common, BigInt(g.maxMarks))) * BigInt(g.maxMarks);
	}
	if (!module || !attempts) return NO_FIGURES;
	// Percentages times common/100: an attempt with no marks possible scores 0%.
	let percent = 0n;
	let percentSquared = 0n;
	for (const g of groups) {
		if (g.maxMarks <= 0) continue;
		const scale = common / BigInt(g.maxMarks);
		percent += BigInt(g.marks) * scale;
		percentSquared += BigInt(g.marksSquared) * scale * scale;
	}
	const n = BigInt(attempts);
	const per = attempts * Number(common);
	const questions = questionsDrawn / attempts;
	// Each attempt drew its own questions: the sum of item variances KR-20 needs is taken as its
	// mean over attempts, each question's variance estimated from every attempt that drew it.
	let drawnVariance = 0;
	for (const [, item] of [...module.items].sort(([a], [b]) => (a < b ? -1 : 1)))
		if (item.drawn > 0) drawnVariance += (item.right * (item.drawn - item.right)) / item.drawn;
	const tooFewAttempts = attempts < MIN_RELIABILITY_ATTEMPTS;
	const estimate = tooFewAttempts
		? null
		: kr20FromSummary(
				questions,
				drawnVariance / attempts,
				(attempts * rightSquared - right * right) / attempts ** 2
			);
	const kr20 = estimate === null ? null : Math.min(1, estimate);
	const sdPercent = (100 * Math.sqrt(Number(n * percentSquared - percent * percent))) / per;
	const sdMarks = Math.sqrt(attempts * marksSquared - marks * marks) / attempts;
	return {
		attempts,
		questions,
		meanPercent: (100 * Number(percent)) / per,
		sdPercent,
		meanMarks: marks / attempts,
		sdMarks,
		kr20,
		tooFewAttempts,
		semMarks: kr20 === null ? null : standardErrorOfMeasurement(sdMarks, kr20),
		semPercent: kr20 === null ? null : standardErrorOfMeasurement(sdPercent, kr20)
	};
}

/** Each module's figures from its totals, for every module of a cohort or of all cohorts. */
export function moduleReliability(
	db: Queries,
	totals: Pick<Totals, 'modules'>,
	cohortId: string | null
): Promise<ModuleReliability[]> {
	return moduleReliabilityOf(db, (id) => figuresOf(totals.modules.get(id)), cohortId);
}

/** Each module's figures as `figures` gives them, for every module of a cohort or of all cohorts. */
export async function moduleReliabilityOf(
	db: Queries,
	figures: (moduleId: string) => Figures,
	cohortId: string | null
): Promise<ModuleReliability[]> {
	const modules = await db
		.select({
			moduleId: trainingModules.id,
			title: trainingModules.title,
			cohortId: trainingModules.cohortId,
			cohortName: cohorts.name
		})
		.from(trainingModules)
		.innerJoin(cohorts, eq(cohorts.id, trainingModules.cohortId))
		.where(cohortId ? eq(trainingModules.cohortId, cohortId) : undefined)
		.orderBy(cohorts.name, trainingModules.dueAt, trainingModules.id);
	return modules.map((m) => ({ ...m, ...figures(m.moduleId) }));
}
