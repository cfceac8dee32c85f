import { eq } from 'drizzle-orm';
import type { DB } from '../db';
import { cohorts, trainingModules } from '../db/schema';
import {
	kr20FromSummary,
	mean,
	standardDeviation,
	standardErrorOfMeasurement,
	variance
} from './statistics';

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

/** One counted attempt: its marks (partial credit) and its questions right (all or nothing). */
interface Attempt {
	marks: number;
	maxMarks: number;
	right: number;
	questions: number;
}

type Figures = Omit<ModuleReliability, 'moduleId' | 'title' | 'cohortId' | 'cohortName'>;

interface ModuleAccumulator {
	attempts: Attempt[];
	/** Per item: times drawn and times right, for its variance within the module. */
	items: Map<string, { n: number; right: number }>;
	/** Figures of the attempts counted so far, reused until more come in. */
	figures: Figures | null;
}

/** When an attempt started, then its finish order: which of a learner's attempts came first. */
interface AttemptOrder {
	startedAt: number;
	finishOrder: number;
}

export interface ModuleTotals {
	modules: Map<string, ModuleAccumulator>;
	/** For first attempts only: the attempt counted for each learner and module. */
	firstAttempts: Map<string, AttemptOrder> | null;
}

export interface ModuleAttemptRow extends AttemptOrder {
	sessionId: string;
	userId: string;
	moduleId: string;
	marks: number | null;
	maxMarks: number;
	itemId: string;
	/** 1 when the question was answered right; 0 when wrong or left unanswered. */
	correct: number;
}

export function emptyModuleTotals(firstOnly: boolean): ModuleTotals {
	return { modules: new Map(), firstAttempts: firstOnly ? new Map() : null };
}

/**
 * Every question of finished module attempts, an unanswered one as wrong: each learner's attempts
 * at each module in the order they started, so the first comes first.
 */
export function moduleAttemptRows(where: string): string {
	return `
		select s.id as sessionId, s.user_id as userId, s.module_id as moduleId,
			s.started_at as startedAt, s.finish_order as finishOrder, s.marks,
			s.max_marks as maxMarks, qi.item_id as itemId, coalesce(a.correct, 0) as correct
		from quiz_sessions s
		join quiz_session_items qi on qi.session_id = s.id
		left join answers a on a.session_id = qi.session_id and a.position = qi.position
		where s.module_id is not null and ${where}
		order by s.user_id, s.module_id, s.started_at, s.finish_order, qi.position`;
}

const comesBefore = (a: AttemptOrder, b: AttemptOrder) =>
	a.startedAt < b.startedAt || (a.startedAt === b.startedAt && a.finishOrder < b.finishOrder);

/**
 * Counts an attempt, or for first attempts skips a learner's later one. Returns false when the
 * attempt started before the one already counted: the scope must be counted again.
 */
function countAttempt(totals: ModuleTotals, rows: ModuleAttemptRow[]): boolean {
	const [first] = rows;
	if (totals.firstAttempts) {
		const key = `${first.userId}/${first.moduleId}`;
		const counted = totals.firstAttempts.get(key);
		if (counted) return comesBefore(counted, first);
		totals.firstAttempts.set(key, { startedAt: first.startedAt, finishOrder: first.finishOrder });
	}
	let module = totals.modules.get(first.moduleId);
	if (!module) {
		module = { attempts: [], items: new Map(), figures: null };
		totals.modules.set(first.moduleId, module);
	}
	let right = 0;
	for (const row of rows) {
		right += row.correct;
		const item = module.items.get(row.itemId) ?? { n: 0, right: 0 };
		item.n += 1;
		item.right += row.correct;
		module.items.set(row.itemId, item);
	}
	module.attempts.push({
		marks: first.marks ?? 0,
		maxMarks: first.maxMarks,
		right,
		questions: rows.length
	});
	return true;
}

/**
 * Counts attempts from rows that come a question at a time, each attempt's together. Returns false
 * when a learner's earlier attempt arrives after a later one was counted as their first.
 */
export function countModuleAttempts(
	totals: ModuleTotals,
	rows: Iterable<ModuleAttemptRow>
): boolean {
	let attempt: ModuleAttemptRow[] = [];
	for (const row of rows) {
		if (attempt.length && attempt[0].sessionId !== row.sessionId) {
			if (!countAttempt(totals, attempt)) return false;
			attempt = [];
		}
		attempt.push(row);
	}
	return attempt.length ? countAttempt(totals, attempt) : true;
}

/** Attempts in an order of their own values, so the sums do not depend on arrival order. */
const byValue = (a: Attempt, b: Attempt) =>
	a.marks - b.marks || a.maxMarks - b.maxMarks || a.right - b.right || a.questions - b.questions;

function figuresOf(module: ModuleAccumulator | undefined): Figures {
	const attempts = [...(module?.attempts ?? [])].sort(byValue);
	if (!module || !attempts.length)
		return {
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
	const questions = mean(attempts.map((a) => a.questions));
	const percents = attempts.map((a) => (a.maxMarks ? (a.marks / a.maxMarks) * 100 : 0));
	const marks = attempts.map((a) => a.marks);
	// Each attempt drew its own questions: the sum of item variances KR-20 needs is taken as its
	// mean over attempts, each question's variance estimated from every attempt that drew it.
	let drawnVariance = 0;
	for (const [, item] of [...module.items].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const p = item.right / item.n;
		drawnVariance += item.n * p * (1 - p);
	}
	const tooFewAttempts = attempts.length < MIN_RELIABILITY_ATTEMPTS;
	const estimate = tooFewAttempts
		? null
		: kr20FromSummary(
				questions,
				drawnVariance / attempts.length,
				variance(attempts.map((a) => a.right))
			);
	const kr20 = estimate === null ? null : Math.min(1, estimate);
	const sdPercent = standardDeviation(percents);
	const sdMarks = standardDeviation(marks);
	return {
		attempts: attempts.length,
		questions,
		meanPercent: mean(percents),
		sdPercent,
		meanMarks: mean(marks),
		sdMarks,
		kr20,
		tooFewAttempts,
		semMarks: kr20 === null ? null : standardErrorOfMeasurement(sdMarks, kr20),
		semPercent: kr20 === null ? null : standardErrorOfMeasurement(sdPercent, kr20)
	};
}

/** Each module's figures, for every module of a cohort or of all cohorts. */
export function moduleReliability(
	db: DB,
	totals: ModuleTotals,
	cohortId: string | null
): ModuleReliability[] {
	const modules = db
		.select({
			moduleId: trainingModules.id,
			title: trainingModules.title,
			cohortId: trainingModules.cohortId,
			cohortName: cohorts.name
		})
		.from(trainingModules)
		.innerJoin(cohorts, eq(cohorts.id, trainingModules.cohortId))
		.where(cohortId ? eq(trainingModules.cohortId, cohortId) : undefined)
		.orderBy(cohorts.name, trainingModules.dueAt, trainingModules.id)
		.all();
	return modules.map((m) => {
		const module = totals.modules.get(m.moduleId);
		if (module && module.figures?.attempts !== module.attempts.length)
			module.figures = figuresOf(module);
		return { ...m, ...(module?.figures ?? figuresOf(undefined)) };
	});
}
