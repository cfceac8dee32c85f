import { count, eq, max, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
import {
	banks,
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
	standardDeviation,
	upperLowerIndex,
	variance,
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

interface VersionAccumulator {
	scores: number[];
	restScores: number[];
	totals: number[];
	optionCounts: number[];
}

interface ModuleAccumulator {
	/** Per session: items right (0/1 scoring, for KR-20) and the session's percentage. */
	sessions: Map<string, { right: number; percent: number }>;
	/** Per item: times drawn and times right, for its facility within the module. */
	items: Map<string, { n: number; right: number }>;
}

interface Accumulated {
	versions: Map<number, VersionAccumulator>;
	modules: Map<string, ModuleAccumulator>;
}

interface AnswerRow {
	itemVersionId: number;
	itemId: string;
	userId: string;
	sessionId: string;
	moduleId: string | null;
	correct: number;
	marks: number;
	maxMarks: number;
	response: string;
	sessionMarks: number | null;
	sessionMaxMarks: number;
}

function chosenOptions(response: Response): number[] {
	return response.kind === 'choice'
		? response.chosen
		: Object.values(response.chosen).filter((i): i is number => i !== null);
}

const ANSWER_ROWS = `
	select a.item_version_id as itemVersionId, a.item_id as itemId, a.user_id as userId,
		a.session_id as sessionId, s.module_id as moduleId, a.correct, a.marks, a.max_marks as maxMarks,
		a.response, s.marks as sessionMarks, s.max_marks as sessionMaxMarks
	from answers a
	join quiz_sessions s on s.id = a.session_id and s.status = 'finished'
	where s.max_marks > a.max_marks`;
const IN_COHORT = ` and a.user_id in (select user_id from cohort_members where cohort_id = ?)`;
/** Each learner's answers to an item together, earliest first: the first of a run is the first attempt. */
const BY_LEARNER_AND_ITEM = ` order by a.user_id, a.item_id, a.answered_at`;

/**
 * One pass over the answers in finished sessions of two or more items, streamed into running
 * totals per item version and per module, so memory grows with items, not answers.
 */
function accumulate(db: DB, cohortId: string | null, attempts: AttemptScope): Accumulated {
	const versions = new Map<number, VersionAccumulator>();
	const modules = new Map<string, ModuleAccumulator>();
	const query = db.$client.prepare(ANSWER_ROWS + (cohortId ? IN_COHORT : '') + BY_LEARNER_AND_ITEM);
	const rows = (
		cohortId ? query.iterate(cohortId) : query.iterate()
	) as IterableIterator<AnswerRow>;
	let previous = '';
	for (const r of rows) {
		const learnerItem = `${r.userId}/${r.itemId}`;
		const first = learnerItem !== previous;
		previous = learnerItem;
		if (attempts === 'first' && !first) continue;

		const response = JSON.parse(r.response) as Response;
		let version = versions.get(r.itemVersionId);
		if (!version) {
			version = { scores: [], restScores: [], totals: [], optionCounts: [] };
			versions.set(r.itemVersionId, version);
		}
		const sessionMarks = r.sessionMarks ?? 0;
		version.scores.push(r.maxMarks ? r.marks / r.maxMarks : 0);
		version.restScores.push((sessionMarks - r.marks) / (r.sessionMaxMarks - r.maxMarks));
		version.totals.push(sessionMarks / r.sessionMaxMarks);
		for (const i of chosenOptions(response))
			version.optionCounts[i] = (version.optionCounts[i] ?? 0) + 1;

		if (r.moduleId) {
			let module = modules.get(r.moduleId);
			if (!module) {
				module = { sessions: new Map(), items: new Map() };
				modules.set(r.moduleId, module);
			}
			const session = module.sessions.get(r.sessionId) ?? {
				right: 0,
				percent: (sessionMarks / r.sessionMaxMarks) * 100
			};
			session.right += r.correct;
			module.sessions.set(r.sessionId, session);
			const item = module.items.get(r.itemId) ?? { n: 0, right: 0 };
			item.n += 1;
			item.right += r.correct;
			module.items.set(r.itemId, item);
		}
	}
	return { versions, modules };
}

function analyseItems(db: DB, versionsSeen: Map<number, VersionAccumulator>): ItemAnalysisRow[] {
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
		.filter((v) => v.current || versionsSeen.has(v.id))
		.map((v) => {
			const acc = versionsSeen.get(v.id);
			const n = acc?.scores.length ?? 0;
			const shares = v.spec.options.map((_, i) => (n ? (acc!.optionCounts[i] ?? 0) / n : 0));
			const stats = {
				n,
				facility: n ? facility(acc!.scores) : 0,
				pointBiserial:
					n > 2
						? correctedPointBiserial(
								acc!.scores.map((score, i) => ({ score, restScore: acc!.restScores[i] }))
							)
						: null,
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
				n,
				facility: n ? stats.facility : null,
				pointBiserial: stats.pointBiserial,
				upperLower:
					n > 2
						? upperLowerIndex(acc!.scores.map((score, i) => ({ score, total: acc!.totals[i] })))
						: null,
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

function analyseModules(
	db: DB,
	accumulated: Map<string, ModuleAccumulator>,
	cohortId: string | null
): ModuleReliability[] {
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
		const acc = accumulated.get(m.id);
		const sessions = acc ? [...acc.sessions.values()] : [];
		const percents = sessions.map((s) => s.percent);
		// Each candidate sat a draw of k items: use the mean item variance over the items drawn.
		let pqSum = 0;
		let draws = 0;
		for (const item of acc?.items.values() ?? []) {
			const p = item.right / item.n;
			pqSum += item.n * p * (1 - p);
			draws += item.n;
		}
		return {
			moduleId: m.id,
			title: m.title,
			cohortId: m.cohortId,
			attempts: sessions.length,
			meanPercent: percents.length ? mean(percents) : null,
			sdPercent: percents.length ? standardDeviation(percents) : null,
			kr20:
				sessions.length > 1 && draws
					? kr20FromSummary(
							m.itemCount,
							(m.itemCount * pqSum) / draws,
							variance(sessions.map((s) => s.right))
						)
					: null
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
	const { versions, modules } = accumulate(db, cohortId, attempts);
	return {
		computedAt: now,
		items: analyseItems(db, versions),
		modules: analyseModules(db, modules, cohortId)
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
