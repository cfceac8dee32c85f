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
	users,
	type Response
} from '../db/schema';
import {
	countModuleAttempts,
	emptyModuleTotals,
	moduleAttemptRows,
	moduleReliability,
	type ModuleAttemptRow,
	type ModuleReliability,
	type ModuleTotals
} from './modules';
import {
	correctedPointBiserial,
	difficultyMismatch,
	facility,
	flagItem,
	upperLowerIndex,
	type Difficulty,
	type ItemFlags
} from './statistics';

export type AttemptScope = 'first' | 'all';

/**
 * How often each option was chosen, as a share of the item's answers. A choice item has one list;
 * an extended-matching item has one per scenario, whose shares and blanks add up to 1.
 */
export interface OptionShares {
	scenario: { id: string; number: number; text: string } | null;
	/** Per option: whether it is the key (for this scenario) and the share choosing it. */
	options: { correct: boolean; share: number }[];
	/** Share of answers that left the scenario unmatched; 0 for choice items. */
	blank: number;
}

export interface ItemAnalysisRow {
	itemId: string;
	version: number;
	bankId: string;
	bankTitle: string;
	type: ItemSpec['type'];
	stem: string;
	n: number;
	facility: number | null;
	pointBiserial: number | null;
	upperLower: number | null;
	optionShares: OptionShares[];
	flags: ItemFlags;
	/**
	 * The difficulty the author stated, and the one first attempts measure when they contradict it
	 * (null when they agree, under 30 first attempts, or in the all-attempts view).
	 */
	difficulty: { stated: Difficulty; measured: Difficulty | null };
	openReports: number;
}

export type { ModuleReliability };

export interface ItemAnalysis {
	computedAt: Date;
	items: ItemAnalysisRow[];
	modules: ModuleReliability[];
}

interface VersionAccumulator {
	/** Per answer, kept in one order by value when summarised: score, rest score, session total. */
	scores: number[];
	restScores: number[];
	totals: number[];
	/** Choice items: times each option was chosen. */
	optionCounts: number[];
	/** Extended matching: per scenario id, times each option was matched to it. */
	scenarioCounts: Map<string, number[]>;
	/** Statistics of the answers counted so far, reused until more come in. */
	summary: {
		n: number;
		facility: number | null;
		pointBiserial: number | null;
		upperLower: number | null;
	} | null;
}

interface Accumulated {
	versions: Map<number, VersionAccumulator>;
	modules: ModuleTotals;
}

interface AnswerRow {
	itemVersionId: number;
	itemId: string;
	userId: string;
	sessionId: string;
	answeredAt: number;
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

/**
 * Answers in finished sessions of two items or more (a lone item has no rest of the session to
 * correlate with), each learner's in time order per item.
 */
function answerRows(where: string): string {
	return `
		select a.item_version_id as itemVersionId, a.item_id as itemId, a.user_id as userId,
			a.session_id as sessionId, a.answered_at as answeredAt, a.marks,
			a.max_marks as maxMarks, a.response, s.marks as sessionMarks,
			s.max_marks as sessionMaxMarks
		from answers a
		join quiz_sessions s on s.id = a.session_id
		where s.max_marks > a.max_marks and ${where}
		order by a.user_id, a.item_id, a.answered_at`;
}

const OF_LEARNERS = `s.user_id in (${new Array(LEARNERS_PER_STEP).fill('?').join(', ')}) and s.finish_order <= ?`;
const SINCE = 's.finish_order > ? and s.finish_order <= ?';
// Membership as a correlated test, so that the new sessions are found by their finish order
// rather than by reading every session of every member.
const SINCE_IN_COHORT = `${SINCE} and exists (select 1 from cohort_members m where m.cohort_id = ? and m.user_id = s.user_id)`;

/** A learner's earliest answer to an item among those counted up to a finish order. */
const EARLIEST_COUNTED = `
	select min(a.answered_at) as at
	from answers a
	join quiz_sessions s on s.id = a.session_id
	where a.user_id = ? and a.item_id = ? and s.finish_order <= ? and s.max_marks > a.max_marks`;

function newScope(cohortId: string | null, attempts: AttemptScope, members: string): Scope {
	return {
		cohortId,
		attempts,
		upTo: 0,
		counted: false,
		members,
		accumulated: { versions: new Map(), modules: emptyModuleTotals(attempts === 'first') }
	};
}

function add(versions: Map<number, VersionAccumulator>, r: AnswerRow): void {
	const sessionMarks = r.sessionMarks ?? 0;
	let version = versions.get(r.itemVersionId);
	if (!version) {
		version = {
			scores: [],
			restScores: [],
			totals: [],
			optionCounts: [],
			scenarioCounts: new Map(),
			summary: null
		};
		versions.set(r.itemVersionId, version);
	}
	version.scores.push(r.maxMarks ? r.marks / r.maxMarks : 0);
	version.restScores.push((sessionMarks - r.marks) / (r.sessionMaxMarks - r.maxMarks));
	version.totals.push(sessionMarks / r.sessionMaxMarks);
	const response = JSON.parse(r.response) as Response;
	if (response.kind === 'choice') {
		for (const i of response.chosen) version.optionCounts[i] = (version.optionCounts[i] ?? 0) + 1;
		return;
	}
	// A typed answer is judged right or wrong only: there are no options to count.
	if (response.kind === 'text') return;
	for (const [scenario, i] of Object.entries(response.chosen)) {
		if (i === null) continue;
		const counts = version.scenarioCounts.get(scenario) ?? [];
		counts[i] = (counts[i] ?? 0) + 1;
		version.scenarioCounts.set(scenario, counts);
	}
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
		add(scope.accumulated.versions, row);
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
		const answers = db.$client.prepare(answerRows(OF_LEARNERS));
		const attempts = db.$client.prepare(moduleAttemptRows(OF_LEARNERS));
		for (let i = 0; i < learners.length; i += LEARNERS_PER_STEP) {
			if (i) yield;
			const step = learners.slice(i, i + LEARNERS_PER_STEP);
			const ids = [...step, ...new Array<null>(LEARNERS_PER_STEP - step.length).fill(null)];
			countRows(scope, answers.iterate(...ids, scope.upTo) as IterableIterator<AnswerRow>);
			countModuleAttempts(
				scope.accumulated.modules,
				attempts.iterate(...ids, scope.upTo) as IterableIterator<ModuleAttemptRow>
			);
		}
		scope.counted = true;
	}
	const target = lastFinishOrder(db);
	if (target <= scope.upTo) return;
	const range = scope.cohortId ? [scope.upTo, target, scope.cohortId] : [scope.upTo, target];
	const since = scope.cohortId ? SINCE_IN_COHORT : SINCE;
	const rows = db.$client.prepare(answerRows(since)).all(...range) as AnswerRow[];
	const attempts = db.$client.prepare(moduleAttemptRows(since)).all(...range) as ModuleAttemptRow[];
	const earliest = db.$client.prepare(EARLIEST_COUNTED);
	const earlierCounted = (row: AnswerRow) =>
		(earliest.get(row.userId, row.itemId, scope.upTo) as { at: number | null }).at;
	if (
		countRows(scope, rows, earlierCounted) &&
		countModuleAttempts(scope.accumulated.modules, attempts)
	) {
		scope.upTo = target;
		return;
	}
	Object.assign(scope, newScope(scope.cohortId, scope.attempts, scope.members));
	yield* countSteps(db, scope);
}

/** Answers in an order of their own values, so the sums do not depend on arrival order. */
function sortByValue(acc: VersionAccumulator): void {
	const { scores, restScores, totals } = acc;
	const order = Array.from(scores.keys()).sort(
		(a, b) => totals[b] - totals[a] || scores[b] - scores[a] || restScores[b] - restScores[a]
	);
	acc.scores = order.map((i) => scores[i]);
	acc.restScores = order.map((i) => restScores[i]);
	acc.totals = order.map((i) => totals[i]);
}

/** A version's statistics, computed again only when more answers have been counted. */
function summarise(acc: VersionAccumulator): NonNullable<VersionAccumulator['summary']> {
	const n = acc.scores.length;
	if (acc.summary?.n === n) return acc.summary;
	sortByValue(acc);
	const { scores, restScores, totals } = acc;
	acc.summary = {
		n,
		facility: n ? facility(scores) : null,
		pointBiserial:
			n > 2
				? correctedPointBiserial(scores.map((score, i) => ({ score, restScore: restScores[i] })))
				: null,
		upperLower:
			n > 2 ? upperLowerIndex(scores.map((score, i) => ({ score, total: totals[i] }))) : null
	};
	return acc.summary;
}

function shareOf(count: number | undefined, n: number): number {
	return n ? (count ?? 0) / n : 0;
}

function optionSharesOf(spec: ItemSpec, acc: VersionAccumulator | undefined): OptionShares[] {
	if (spec.type === 'short-answer') return [];
	const n = acc?.scores.length ?? 0;
	if (spec.type !== 'extended-matching')
		return [
			{
				scenario: null,
				options: spec.options.map((o, i) => ({
					correct: o.correct === true,
					share: shareOf(acc?.optionCounts[i], n)
				})),
				blank: 0
			}
		];
	return (spec.stems ?? []).map((stem, s) => {
		const counts = acc?.scenarioCounts.get(stem.id) ?? [];
		const matched = counts.reduce((sum, c) => sum + (c ?? 0), 0);
		return {
			scenario: { id: stem.id, number: s + 1, text: stem.text },
			options: spec.options.map((_, i) => ({
				correct: i === stem.answer,
				share: shareOf(counts[i], n)
			})),
			blank: n ? (n - matched) / n : 0
		};
	});
}

function analyseItems(
	db: DB,
	versionsSeen: Map<number, VersionAccumulator>,
	attempts: AttemptScope
): ItemAnalysisRow[] {
	const versions = db
		.select({
			id: itemVersions.id,
			itemId: itemVersions.itemId,
			version: itemVersions.version,
			spec: itemVersions.spec,
			bankId: banks.id,
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
			const summary = acc ? summarise(acc) : null;
			const n = summary?.n ?? 0;
			const optionShares = optionSharesOf(v.spec, acc);
			// Distractors are judged on choice items only: an extended-matching list serves every
			// scenario, so an option rarely matched to one scenario is still the key to another.
			const choice = v.spec.type === 'extended-matching' ? null : (optionShares[0] ?? null);
			const flags = flagItem(
				{
					n,
					facility: summary?.facility ?? 0,
					pointBiserial: summary?.pointBiserial ?? null,
					optionShares: choice?.options.map((o) => o.share) ?? []
				},
				choice?.options.flatMap((o, i) => (o.correct ? [] : [i])) ?? []
			);
			return {
				itemId: v.itemId,
				version: v.version,
				bankId: v.bankId,
				bankTitle: v.bankTitle,
				type: v.spec.type,
				stem: v.spec.stem,
				n,
				facility: summary?.facility ?? null,
				pointBiserial: summary?.pointBiserial ?? null,
				upperLower: summary?.upperLower ?? null,
				optionShares,
				flags,
				difficulty: {
					stated: v.spec.difficulty,
					measured:
						attempts === 'first' && summary?.facility != null
							? difficultyMismatch(v.spec.difficulty, summary.facility, n)
							: null
				},
				openReports: reports.get(v.itemId) ?? 0
			};
		});
}

function analyse(db: DB, scope: Scope, now: Date): ItemAnalysis {
	return {
		computedAt: now,
		items: analyseItems(db, scope.accumulated.versions, scope.attempts),
		modules: moduleReliability(db, scope.accumulated.modules, scope.cohortId)
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
