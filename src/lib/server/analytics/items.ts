import { count, eq, max, sql } from 'drizzle-orm';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
import { preparedFor } from '../db/prepared';
import {
	banks,
	cohortMembers,
	itemReports,
	items,
	itemVersions,
	quizSessions,
	trainingModules,
	users,
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
import { chosenOptions } from '../quiz/scoring';

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
	/** Statistics of the answers counted so far, reused until more come in. */
	summary: { n: number; pointBiserial: number | null; upperLower: number | null } | null;
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
	answeredAt: number;
	correct: number;
	marks: number;
	maxMarks: number;
	response: string;
	sessionMarks: number | null;
	sessionMaxMarks: number;
}

/**
 * Running totals for one scope: all learners or one cohort, first or all attempts. A first count
 * reads every finished session; after that, sessions are taken in by the order they finished,
 * so each view reads only what finished since the last.
 */
interface Scope {
	cohortId: string | null;
	attempts: AttemptScope;
	/** Sessions up to this finish order are counted. */
	upTo: number;
	counted: boolean;
	/** Who was in the cohort when it was counted: a change means counting again. */
	members: string;
	accumulated: Accumulated;
}

/** Learners read per step of a first count, with other requests served between steps. */
const LEARNERS_PER_STEP = 20;

/** Answers in finished sessions of two items or more, each learner's in time order per item. */
function answerRows(where: string): string {
	return `
		select a.item_version_id as itemVersionId, a.item_id as itemId, a.user_id as userId,
			a.session_id as sessionId, s.module_id as moduleId, a.answered_at as answeredAt,
			a.correct, a.marks, a.max_marks as maxMarks, a.response, s.marks as sessionMarks,
			s.max_marks as sessionMaxMarks
		from answers a
		join quiz_sessions s on s.id = a.session_id
		where s.max_marks > a.max_marks and ${where}
		order by a.user_id, a.item_id, a.answered_at`;
}

const OF_LEARNERS = answerRows(
	`a.user_id in (${new Array(LEARNERS_PER_STEP).fill('?').join(', ')}) and s.finish_order <= ?`
);
const FINISHED_SINCE = answerRows('s.finish_order > ? and s.finish_order <= ?');
const FINISHED_SINCE_IN_COHORT = answerRows(
	's.finish_order > ? and s.finish_order <= ? and s.user_id in (select user_id from cohort_members where cohort_id = ?)'
);

/** A learner's earliest answer to an item among those counted up to a finish order. */
const EARLIEST_COUNTED = `
	select min(a.answered_at) as at
	from answers a
	join quiz_sessions s on s.id = a.session_id
	where a.user_id = ? and a.item_id = ? and s.finish_order <= ? and s.max_marks > a.max_marks`;

function emptyAccumulated(): Accumulated {
	return { versions: new Map(), modules: new Map() };
}

function newScope(cohortId: string | null, attempts: AttemptScope, members: string): Scope {
	return {
		cohortId,
		attempts,
		upTo: 0,
		counted: false,
		members,
		accumulated: emptyAccumulated()
	};
}

function add({ versions, modules }: Accumulated, r: AnswerRow): void {
	const sessionMarks = r.sessionMarks ?? 0;
	const total = sessionMarks / r.sessionMaxMarks;
	let version = versions.get(r.itemVersionId);
	if (!version) {
		version = { scores: [], restScores: [], totals: [], optionCounts: [], summary: null };
		versions.set(r.itemVersionId, version);
	}
	version.scores.push(r.maxMarks ? r.marks / r.maxMarks : 0);
	version.restScores.push((sessionMarks - r.marks) / (r.sessionMaxMarks - r.maxMarks));
	version.totals.push(total);
	for (const i of chosenOptions(JSON.parse(r.response) as Response))
		version.optionCounts[i] = (version.optionCounts[i] ?? 0) + 1;
	if (!r.moduleId) return;
	let module = modules.get(r.moduleId);
	if (!module) {
		module = { sessions: new Map(), items: new Map() };
		modules.set(r.moduleId, module);
	}
	const session = module.sessions.get(r.sessionId) ?? { right: 0, percent: total * 100 };
	session.right += r.correct;
	module.sessions.set(r.sessionId, session);
	const item = module.items.get(r.itemId) ?? { n: 0, right: 0 };
	item.n += 1;
	item.right += r.correct;
	module.items.set(r.itemId, item);
}

/**
 * Counts rows that come in learner and item order. For first attempts, `earlierCounted` gives the
 * time of a learner's answer to the item already counted, if any. Returns false when a row is
 * earlier than that one (a test finished after a later one): the scope must be counted again.
 */
function countRows(
	scope: Scope,
	rows: Iterable<AnswerRow>,
	earlierCounted?: (row: AnswerRow) => number | null
): boolean {
	let previous = '';
	for (const row of rows) {
		if (scope.attempts === 'first') {
			const key = `${row.userId}/${row.itemId}`;
			if (key === previous) continue;
			previous = key;
			const counted = earlierCounted?.(row) ?? null;
			if (counted !== null) {
				if (counted <= row.answeredAt) continue;
				return false;
			}
		}
		add(scope.accumulated, row);
	}
	return true;
}

function lastFinishOrder(db: DB): number {
	const row = db
		.select({ last: max(quizSessions.finishOrder) })
		.from(quizSessions)
		.get();
	return row?.last ?? 0;
}

/** Changes whenever someone joins or leaves the cohort. */
function membersStamp(db: DB, cohortId: string | null): string {
	if (!cohortId) return '';
	const row = db
		.select({ n: count(), last: sql<number>`coalesce(max(${cohortMembers}.rowid), 0)` })
		.from(cohortMembers)
		.where(eq(cohortMembers.cohortId, cohortId))
		.get();
	return `${row?.n ?? 0}/${row?.last ?? 0}`;
}

function learnerIds(db: DB, cohortId: string | null): string[] {
	const rows = cohortId
		? db
				.select({ id: cohortMembers.userId })
				.from(cohortMembers)
				.where(eq(cohortMembers.cohortId, cohortId))
				.all()
		: db.select({ id: users.id }).from(users).all();
	return rows.map((r) => r.id);
}

/**
 * Brings a scope up to date, yielding between the steps of a first count. After that, only the
 * sessions finished since are read.
 */
function* countSteps(db: DB, scope: Scope): Generator<void, void, void> {
	if (!scope.counted) {
		scope.upTo = lastFinishOrder(db);
		const learners = learnerIds(db, scope.cohortId);
		const statement = db.$client.prepare(OF_LEARNERS);
		for (let i = 0; i < learners.length; i += LEARNERS_PER_STEP) {
			if (i) yield;
			const step = learners.slice(i, i + LEARNERS_PER_STEP);
			const ids = [...step, ...new Array<null>(LEARNERS_PER_STEP - step.length).fill(null)];
			countRows(scope, statement.iterate(...ids, scope.upTo) as IterableIterator<AnswerRow>);
		}
		scope.counted = true;
	}
	const target = lastFinishOrder(db);
	if (target <= scope.upTo) return;
	const rows = (
		scope.cohortId
			? db.$client.prepare(FINISHED_SINCE_IN_COHORT).all(scope.upTo, target, scope.cohortId)
			: db.$client.prepare(FINISHED_SINCE).all(scope.upTo, target)
	) as AnswerRow[];
	const earliest = db.$client.prepare(EARLIEST_COUNTED);
	const earlierCounted = (row: AnswerRow) =>
		(earliest.get(row.userId, row.itemId, scope.upTo) as { at: number | null }).at;
	if (countRows(scope, rows, earlierCounted)) {
		scope.upTo = target;
		return;
	}
	Object.assign(scope, newScope(scope.cohortId, scope.attempts, scope.members));
	yield* countSteps(db, scope);
}

/** Discrimination of a version's answers, computed again only when more have been counted. */
function summarise(acc: VersionAccumulator): NonNullable<VersionAccumulator['summary']> {
	const n = acc.scores.length;
	if (acc.summary?.n !== n)
		acc.summary = {
			n,
			pointBiserial:
				n > 2
					? correctedPointBiserial(
							acc.scores.map((score, i) => ({ score, restScore: acc.restScores[i] }))
						)
					: null,
			upperLower:
				n > 2
					? upperLowerIndex(acc.scores.map((score, i) => ({ score, total: acc.totals[i] })))
					: null
		};
	return acc.summary;
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
			const summary = acc ? summarise(acc) : null;
			const stats = {
				n,
				facility: n ? facility(acc!.scores) : 0,
				pointBiserial: summary?.pointBiserial ?? null,
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
				upperLower: summary?.upperLower ?? null,
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

function analyse(db: DB, scope: Scope, now: Date): ItemAnalysis {
	return {
		computedAt: now,
		items: analyseItems(db, scope.accumulated.versions),
		modules: analyseModules(db, scope.accumulated.modules, scope.cohortId)
	};
}

/** Computes item and module statistics for all learners or one cohort, reading every answer. */
export function computeItemAnalysis(
	db: DB,
	cohortId: string | null,
	attempts: AttemptScope,
	now = new Date()
): ItemAnalysis {
	const scope = newScope(cohortId, attempts, membersStamp(db, cohortId));
	for (const step of countSteps(db, scope)) void step;
	return analyse(db, scope, now);
}

/** Each scope's running totals, by scope key, kept per database handle. */
const scopesOf = preparedFor(() => new Map<string, Scope>());
const catchingUp = new WeakMap<Scope, Promise<void>>();

function catchUp(db: DB, scope: Scope): Promise<void> {
	let running = catchingUp.get(scope);
	if (!running) {
		running = (async () => {
			for (const step of countSteps(db, scope)) {
				void step;
				await new Promise((resolve) => setImmediate(resolve));
			}
		})().finally(() => catchingUp.delete(scope));
		catchingUp.set(scope, running);
	}
	return running;
}

/**
 * The statistics for a scope, up to date with every session finished so far. The first view
 * since the server started counts every finished session; later views read only new ones.
 */
export async function itemAnalysis(
	db: DB,
	cohortId: string | null,
	attempts: AttemptScope,
	now = new Date()
): Promise<ItemAnalysis> {
	const byKey = scopesOf(db);
	const key = `${cohortId ?? '*'}/${attempts}`;
	const members = membersStamp(db, cohortId);
	let scope = byKey.get(key);
	if (!scope || scope.members !== members) {
		scope = newScope(cohortId, attempts, members);
		byKey.set(key, scope);
	}
	await catchUp(db, scope);
	return analyse(db, scope, now);
}
