import { and, count, eq, max, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
import {
	answers,
	banks,
	cohortMembers,
	itemReports,
	items,
	itemVersions,
	quizSessions,
	trainingModules,
	type Response
} from '../db/schema';
import {
	correctedPointBiserial,
	facility,
	flagItem,
	kr20FromSummary,
	mean,
	optionShares,
	standardDeviation,
	upperLowerIndex,
	type ItemFlags
} from './statistics';

export type AttemptScope = 'first' | 'all';

export interface ItemAnalysisRow {
	itemId: string;
	version: number;
	bankTitle: string;
	type: ItemSpec['type'];
	stem: string;
	n: number;
	facility: number | null;
	pointBiserial: number | null;
	upperLower: number | null;
	options: { text: string; correct: boolean; share: number }[];
	flags: ItemFlags;
	openReports: number;
}

export interface ModuleReliability {
	moduleId: string;
	title: string;
	cohortId: string;
	attempts: number;
	meanPercent: number | null;
	sdPercent: number | null;
	kr20: number | null;
}

export interface ItemAnalysis {
	computedAt: Date;
	items: ItemAnalysisRow[];
	modules: ModuleReliability[];
}

interface AnswerFact {
	itemVersionId: number;
	itemId: string;
	userId: string;
	sessionId: string;
	moduleId: string | null;
	correct: boolean;
	score: number;
	restScore: number;
	total: number;
	chosen: number[];
}

function chosenOptions(response: Response): number[] {
	return response.kind === 'choice'
		? response.chosen
		: Object.values(response.chosen).filter((i): i is number => i !== null);
}

/** Answers in finished sessions of two or more items, in the order they were given. */
function answerFacts(db: DB, cohortId: string | null, attempts: AttemptScope): AnswerFact[] {
	const rows = db
		.select({
			itemVersionId: answers.itemVersionId,
			itemId: answers.itemId,
			userId: answers.userId,
			sessionId: answers.sessionId,
			moduleId: quizSessions.moduleId,
			correct: answers.correct,
			marks: answers.marks,
			maxMarks: answers.maxMarks,
			response: answers.response,
			sessionMarks: quizSessions.marks,
			sessionMaxMarks: quizSessions.maxMarks
		})
		.from(answers)
		.innerJoin(
			quizSessions,
			and(eq(quizSessions.id, answers.sessionId), eq(quizSessions.status, 'finished'))
		)
		.where(
			cohortId
				? sql`${answers.userId} in (select ${cohortMembers.userId} from ${cohortMembers} where ${cohortMembers.cohortId} = ${cohortId})`
				: undefined
		)
		.orderBy(answers.answeredAt)
		.all();
	const seen = new Set<string>();
	const facts: AnswerFact[] = [];
	for (const r of rows) {
		if (r.sessionMaxMarks - r.maxMarks <= 0) continue;
		if (attempts === 'first') {
			const key = `${r.userId}/${r.itemId}`;
			if (seen.has(key)) continue;
			seen.add(key);
		}
		const sessionMarks = r.sessionMarks ?? 0;
		facts.push({
			itemVersionId: r.itemVersionId,
			itemId: r.itemId,
			userId: r.userId,
			sessionId: r.sessionId,
			moduleId: r.moduleId,
			correct: r.correct,
			score: r.maxMarks ? r.marks / r.maxMarks : 0,
			restScore: (sessionMarks - r.marks) / (r.sessionMaxMarks - r.maxMarks),
			total: sessionMarks / r.sessionMaxMarks,
			chosen: chosenOptions(r.response)
		});
	}
	return facts;
}

function analyseItems(db: DB, facts: AnswerFact[]): ItemAnalysisRow[] {
	const byVersion = new Map<number, AnswerFact[]>();
	for (const f of facts) {
		const list = byVersion.get(f.itemVersionId) ?? [];
		list.push(f);
		byVersion.set(f.itemVersionId, list);
	}
	const versions = db
		.select({
			id: itemVersions.id,
			itemId: itemVersions.itemId,
			version: itemVersions.version,
			spec: itemVersions.spec,
			bankTitle: banks.title,
			current: sql<number>`${items.currentVersionId} = ${itemVersions.id}`
		})
		.from(itemVersions)
		.innerJoin(items, eq(items.id, itemVersions.itemId))
		.innerJoin(banks, eq(banks.id, items.bankId))
		.orderBy(banks.position, items.position, itemVersions.version)
		.all();
	const reports = new Map(
		db
			.select({ itemId: itemReports.itemId, n: count() })
			.from(itemReports)
			.where(eq(itemReports.status, 'open'))
			.groupBy(itemReports.itemId)
			.all()
			.map((r) => [r.itemId, r.n])
	);
	return versions
		.filter((v) => v.current || byVersion.has(v.id))
		.map((v) => {
			const list = byVersion.get(v.id) ?? [];
			const shares = optionShares(
				list.map((f) => f.chosen),
				v.spec.options.length
			);
			const stats = {
				n: list.length,
				facility: list.length ? facility(list.map((f) => f.score)) : 0,
				pointBiserial: list.length > 2 ? correctedPointBiserial(list) : null,
				optionShares: shares
			};
			const wrongOptions =
				v.spec.type === 'extended-matching'
					? []
					: v.spec.options.flatMap((o, i) => (o.correct ? [] : [i]));
			return {
				itemId: v.itemId,
				version: v.version,
				bankTitle: v.bankTitle,
				type: v.spec.type,
				stem: v.spec.stem,
				n: list.length,
				facility: list.length ? stats.facility : null,
				pointBiserial: stats.pointBiserial,
				upperLower: list.length > 2 ? upperLowerIndex(list) : null,
				options: v.spec.options.map((o, i) => ({
					text: o.text,
					correct: o.correct === true,
					share: shares[i]
				})),
				flags: flagItem(stats, wrongOptions),
				openReports: reports.get(v.itemId) ?? 0
			};
		});
}

function analyseModules(db: DB, facts: AnswerFact[], cohortId: string | null): ModuleReliability[] {
	const modules = db
		.select({
			id: trainingModules.id,
			title: trainingModules.title,
			cohortId: trainingModules.cohortId,
			itemCount: trainingModules.itemCount
		})
		.from(trainingModules)
		.where(cohortId ? eq(trainingModules.cohortId, cohortId) : undefined)
		.all();
	return modules.map((m) => {
		const moduleFacts = facts.filter((f) => f.moduleId === m.id);
		const sessions = new Map<string, AnswerFact[]>();
		for (const f of moduleFacts)
			sessions.set(f.sessionId, [...(sessions.get(f.sessionId) ?? []), f]);
		const totals = [...sessions.values()].map((list) => list.filter((f) => f.correct).length);
		const percents = [...sessions.values()].map((list) => list[0].total * 100);
		const byItem = new Map<string, number[]>();
		for (const f of moduleFacts)
			byItem.set(f.itemId, [...(byItem.get(f.itemId) ?? []), f.correct ? 1 : 0]);
		// Each candidate sat a draw of k items: use the mean item variance across the drawn items.
		const pq = [...byItem.values()].flatMap((scores) => {
			const p = mean(scores);
			return scores.map(() => p * (1 - p));
		});
		const variance = standardDeviation(totals) ** 2;
		return {
			moduleId: m.id,
			title: m.title,
			cohortId: m.cohortId,
			attempts: sessions.size,
			meanPercent: percents.length ? mean(percents) : null,
			sdPercent: percents.length ? standardDeviation(percents) : null,
			kr20:
				sessions.size > 1 ? kr20FromSummary(m.itemCount, m.itemCount * mean(pq), variance) : null
		};
	});
}

/** Computes item and module statistics for all learners or one cohort. */
export function computeItemAnalysis(
	db: DB,
	cohortId: string | null,
	attempts: AttemptScope,
	now = new Date()
): ItemAnalysis {
	const facts = answerFacts(db, cohortId, attempts);
	return {
		computedAt: now,
		items: analyseItems(db, facts),
		modules: analyseModules(db, facts, cohortId)
	};
}

const cache = new Map<string, { stamp: string; analysis: ItemAnalysis }>();
/** How long a computed analysis is served before new results are taken in. */
const REFRESH_MS = 5 * 60_000;

/** A token that changes whenever a session is finished. */
function finishedSessionsStamp(db: DB): string {
	const row = db
		.select({ n: count(), last: max(quizSessions.finishedAt) })
		.from(quizSessions)
		.where(eq(quizSessions.status, 'finished'))
		.get();
	return `${row?.n ?? 0}/${row?.last?.getTime() ?? 0}`;
}

/**
 * The analysis for a scope, recomputed when sessions have finished since it was computed and
 * it is older than five minutes (or when asked to refresh): the statistics read every answer.
 */
export function itemAnalysis(
	db: DB,
	cohortId: string | null,
	attempts: AttemptScope,
	options: { refresh?: boolean; now?: Date } = {}
): ItemAnalysis {
	const now = options.now ?? new Date();
	const key = `${cohortId ?? '*'}/${attempts}`;
	const cached = cache.get(key);
	const stamp = finishedSessionsStamp(db);
	const fresh =
		cached &&
		!options.refresh &&
		(cached.stamp === stamp || now.getTime() - cached.analysis.computedAt.getTime() < REFRESH_MS);
	if (fresh) return cached.analysis;
	const analysis = computeItemAnalysis(db, cohortId, attempts, now);
	cache.set(key, { stamp, analysis });
	return analysis;
}
