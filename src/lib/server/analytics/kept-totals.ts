import { and, eq, gt, inArray } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { perHandle } from '$lib/server/db/prepared';
import { onPostgres, perform, run, transaction, type Step } from '$lib/server/db/steps';
import {
	cohorts,
	COUNTINGS,
	itemOptionCounts,
	itemScoreSums,
	itemStatFigures,
	itemStatMembers,
	itemStatScopes,
	itemTotalBuckets,
	moduleItemCounts,
	moduleScoreSums,
	moduleStatFigures,
	quizSessions,
	type Counting
} from '$lib/server/db/tables';
import { FINISH_ORDER_LOCK } from '$lib/server/quiz/session';
import {
	countLearners,
	countLearnersStep,
	emptyCounted,
	lastFinishOrder,
	lastFinishOrderStep,
	learnerIdsStep,
	LEARNERS_PER_STEP,
	negated,
	writeTotalsStep,
	type CountedTotals
} from './kept-counting';
import {
	addModuleRows,
	keptModuleFigures,
	readModuleStep,
	storeModuleFiguresStep
} from './kept-modules';
import { sessionChangeStep, sessionRow } from './kept-session';
import {
	ALL_LEARNERS,
	bucketColumns,
	inScope,
	moduleItemColumns,
	moduleSumsColumns,
	sumsColumns,
	TOTALS_DEFINITION
} from './kept-statements';
import { keptFigures, readVersionStep, storeFiguresStep, versionFigures } from './kept-versions';
import { figuresOf } from './modules';
import { emptyTotals, type Totals, type VersionTotals } from './totals';

/*
 * Item-analysis totals kept in the database for every scope viewed: all learners ('*') and each
 * cohort. A session's part in them is written in the transaction that finishes it, so every
 * server sees the same totals and a view reads them without reading answers. A scope's totals
 * are the sum of each of its learners' parts, and each learner's part depends on their own
 * sessions alone: a cohort's totals follow its members by adding the part of whoever joined and
 * taking away the part of whoever left.
 *
 * This file keeps a scope's totals: counted from the answers when first asked for (one count per
 * handle and scope at a time), following a cohort's members, and read whole. The statements, the
 * counting, a finished session's part and the figures of versions and modules are in the
 * kept-*.ts files beside it.
 */

/** Option counts of every item version in a scope: all a view needs of the totals besides figures. */
export function keptPicks(db: DB, scopeId: number, counting: Counting): Promise<Totals> {
	return readTotals(db, scopeId, counting, { sums: false, buckets: false, modules: false });
}

/**
 * A scope's kept totals for first or all attempts, as counted from the answers; without `sums`,
 * `buckets` or `modules`, those are left out (a view reads them as `keptFigures` and
 * `keptModuleFigures`).
 */
export async function readTotals(
	db: DB,
	scopeId: number,
	counting: Counting,
	{ sums = true, buckets = true, modules = true } = {}
): Promise<Totals> {
	const totals = emptyTotals();
	const versionOf = (id: number): VersionTotals => {
		let version = totals.versions.get(id);
		if (!version) {
			version = { byRest: new Map(), byTotal: new Map(), picks: new Map() };
			totals.versions.set(id, version);
		}
		return version;
	};
	const restSums = sums
		? await db
				.select({ versionId: itemScoreSums.itemVersionId, ...sumsColumns })
				.from(itemScoreSums)
				.where(inScope(itemScoreSums, scopeId, counting))
		: [];
	for (const { versionId, ...group } of restSums)
		versionOf(versionId).byRest.set(group.restMax, group);
	const byTotal = buckets
		? await db
				.select({ versionId: itemTotalBuckets.itemVersionId, ...bucketColumns })
				.from(itemTotalBuckets)
				.where(inScope(itemTotalBuckets, scopeId, counting))
		: [];
	for (const { versionId, ...bucket } of byTotal)
		versionOf(versionId).byTotal.set(bucket.total, bucket);
	const picks = await db
		.select({
			versionId: itemOptionCounts.itemVersionId,
			list: itemOptionCounts.stemId,
			option: itemOptionCounts.option,
			picks: itemOptionCounts.picks
		})
		.from(itemOptionCounts)
		.where(inScope(itemOptionCounts, scopeId, counting));
	for (const p of picks) {
		const version = versionOf(p.versionId);
		const counts = version.picks.get(p.list) ?? [];
		counts[p.option] = p.picks;
		version.picks.set(p.list, counts);
	}
	if (modules) {
		const [sums, items] = await Promise.all([
			db
				.select(moduleSumsColumns)
				.from(moduleScoreSums)
				.where(inScope(moduleScoreSums, scopeId, counting)),
			db
				.select(moduleItemColumns)
				.from(moduleItemCounts)
				.where(inScope(moduleItemCounts, scopeId, counting))
		]);
		addModuleRows(totals.modules, sums, items);
	}
	return totals;
}

interface ScopeRow {
	id: number;
	definition: number;
}

function* scopeRowStep(tx: Queries, key: string): Step<ScopeRow | null> {
	const [row] = yield* run(
		tx
			.select({ id: itemStatScopes.id, definition: itemStatScopes.definition })
			.from(itemStatScopes)
			.where(eq(itemStatScopes.key, key))
			.limit(1)
	);
	return row ?? null;
}

/** Whether a scope row holds totals counted as now, other than the `stale` ones seen before. */
const countedSince = (row: ScopeRow | null, stale: number | null): row is ScopeRow =>
	row !== null && row.definition === TOTALS_DEFINITION && row.id !== stale;

/** Counts being made, by database handle and scope key, so that one view waits for another's. */
const counting = perHandle(() => new Map<string, Promise<number>>());

/** Member rows written per insert. */
const MEMBERS_PER_INSERT = 500;

/**
 * Replaces a scope's kept totals with totals counted up to a finish order, and takes in the
 * sessions that finished since. Run under the finish-order lock, so that no session finishes
 * meanwhile: each one finished before is in the totals counted or among those taken in, and each
 * one finished after finds the new scope and counts itself in. When another server has counted
 * the scope since `stale` was seen, its totals are kept instead, so none is counted twice.
 */
function* replaceScopeStep(
	db: DB,
	tx: Queries,
	cohortId: string | null,
	stale: number | null,
	upTo: number,
	learners: string[],
	totals: CountedTotals
): Step<number> {
	const key = cohortId ?? ALL_LEARNERS;
	const current = yield* scopeRowStep(tx, key);
	if (countedSince(current, stale)) return current.id;
	yield* run(tx.delete(itemStatScopes).where(eq(itemStatScopes.key, key)));
	const [{ id }] = yield* run(
		tx
			.insert(itemStatScopes)
			.values({ key, definition: TOTALS_DEFINITION, builtAt: new Date() })
			.returning({ id: itemStatScopes.id })
	);
	yield* writeTotalsStep(db, tx, id, totals);
	if (cohortId)
		for (let i = 0; i < learners.length; i += MEMBERS_PER_INSERT)
			yield* run(
				tx
					.insert(itemStatMembers)
					.values(
						learners.slice(i, i + MEMBERS_PER_INSERT).map((userId) => ({ scopeId: id, userId }))
					)
			);
	const counted = cohortId ? new Set(learners) : null;
	const since = yield* run(
		tx
			.select({ id: quizSessions.id })
			.from(quizSessions)
			.where(gt(quizSessions.finishOrder, upTo))
			.orderBy(quizSessions.finishOrder)
	);
	let tookIn = false;
	for (const { id: sessionId } of since) {
		const session = yield* sessionRow(db, tx, sessionId);
		if (!session || (counted && !counted.has(session.userId))) continue;
		yield* writeTotalsStep(db, tx, id, yield* sessionChangeStep(db, tx, session));
		tookIn = true;
	}
	// Figures worked out now, so that no first view waits for them: from the totals in hand,
	// unless sessions that finished meanwhile changed them.
	for (const counting of COUNTINGS) {
		const rows = yield* run(
			tx
				.select({ versionId: itemStatFigures.itemVersionId, changes: itemStatFigures.changes })
				.from(itemStatFigures)
				.where(inScope(itemStatFigures, id, counting))
		);
		for (const row of rows) {
			const version = tookIn
				? yield* readVersionStep(db, tx, id, counting, row.versionId)
				: totals[counting].versions.get(row.versionId);
			if (version)
				yield* storeFiguresStep(
					db,
					tx,
					id,
					counting,
					row.versionId,
					row.changes,
					versionFigures(version)
				);
		}
		const modules = yield* run(
			tx
				.select({ moduleId: moduleStatFigures.moduleId, changes: moduleStatFigures.changes })
				.from(moduleStatFigures)
				.where(inScope(moduleStatFigures, id, counting))
		);
		for (const row of modules) {
			const module = tookIn
				? yield* readModuleStep(db, tx, id, counting, row.moduleId)
				: totals[counting].modules.get(row.moduleId);
			yield* storeModuleFiguresStep(
				db,
				tx,
				id,
				counting,
				row.moduleId,
				row.changes,
				figuresOf(module)
			);
		}
	}
	return id;
}

/**
 * Counts a scope's totals from the answers, a few learners per step, then in one transaction
 * replaces what was kept with them and takes in the sessions that finished meanwhile.
 */
async function countAndKeep(
	db: DB,
	cohortId: string | null,
	stale: number | null
): Promise<number> {
	const upTo = await lastFinishOrder(db);
	const learners = await perform(db, learnerIdsStep(db, cohortId));
	const totals = emptyCounted();
	await countLearners(db, learners, upTo, totals);
	return transaction(
		db,
		(tx) => replaceScopeStep(db, tx, cohortId, stale, upTo, learners, totals),
		{ behavior: 'immediate', locks: [FINISH_ORDER_LOCK] }
	);
}

/** The advisory lock a server holds on PostgreSQL while it counts a scope. */
const countingLock = (key: string) => `item-stats-count:${key}`;

/**
 * Counts a scope's totals and keeps them. On PostgreSQL the count is claimed first, so that two
 * servers asked at once (both starting, say) do not both read every answer: the second waits for
 * the first and then finds its totals. The claim is a transaction holding the scope's lock for
 * as long as the count takes; the count itself reads and writes through other connections.
 */
function countScope(db: DB, cohortId: string | null, stale: number | null): Promise<number> {
	if (!onPostgres(db)) return countAndKeep(db, cohortId, stale);
	const key = cohortId ?? ALL_LEARNERS;
	return transaction(
		db,
		function* (claim) {
			const current = yield* scopeRowStep(claim, key);
			if (countedSince(current, stale)) return current.id;
			// The step waits on the count as it waits on a query: its transaction stays open, and its
			// lock held, until the counted totals are committed.
			return yield* run(countAndKeep(db, cohortId, stale));
		},
		{ locks: [countingLock(key)] }
	);
}

/**
 * Brings a cohort's kept totals up to its members: adds the part of each learner who joined and
 * takes away the part of each who left. Run under the finish-order lock, so that a session
 * finishing meanwhile is either counted in the part added (and finds its learner among the
 * scope's members) or finished after, and counts itself in. Returns the scope's id, or null when
 * it must be counted again: too many changed to do at once, or its totals are gone.
 */
function* followMembersStep(db: DB, tx: Queries, cohortId: string): Step<number | null> {
	const scope = yield* scopeRowStep(tx, cohortId);
	if (scope?.definition !== TOTALS_DEFINITION) return null;
	const { joined, left } = yield* memberChangesStep(tx, scope.id, cohortId);
	if (!joined.length && !left.length) return scope.id;
	if (joined.length + left.length > LEARNERS_PER_STEP) return null;
	const upTo = yield* lastFinishOrderStep(tx);
	for (const [learners, sign] of [
		[joined, 1],
		[left, -1]
	] as const) {
		if (!learners.length) continue;
		const part = emptyCounted();
		yield* countLearnersStep(tx, learners, upTo, part);
		yield* writeTotalsStep(db, tx, scope.id, sign > 0 ? part : negated(part));
	}
	if (joined.length)
		yield* run(
			tx.insert(itemStatMembers).values(joined.map((userId) => ({ scopeId: scope.id, userId })))
		);
	if (left.length)
		yield* run(
			tx
				.delete(itemStatMembers)
				.where(and(eq(itemStatMembers.scopeId, scope.id), inArray(itemStatMembers.userId, left)))
		);
	return scope.id;
}

/** Who joined a cohort and who left it since its kept totals last followed its members. */
function* memberChangesStep(
	tx: Queries,
	scopeId: number,
	cohortId: string
): Step<{ joined: string[]; left: string[] }> {
	const members = new Set(yield* learnerIdsStep(tx, cohortId));
	const counted = new Set(
		(yield* run(
			tx
				.select({ id: itemStatMembers.userId })
				.from(itemStatMembers)
				.where(eq(itemStatMembers.scopeId, scopeId))
		)).map((r) => r.id)
	);
	return {
		joined: [...members].filter((id) => !counted.has(id)),
		left: [...counted].filter((id) => !members.has(id))
	};
}

/**
 * A cohort scope's id once its totals follow its members, or null when it must be counted
 * again. Members are compared first without a lock: a view of a cohort whose members did not
 * change holds up no finishing test.
 */
async function followMembers(db: DB, scopeId: number, cohortId: string): Promise<number | null> {
	const { joined, left } = await perform(db, memberChangesStep(db, scopeId, cohortId));
	if (!joined.length && !left.length) return scopeId;
	return transaction(db, (tx) => followMembersStep(db, tx, cohortId), {
		behavior: 'immediate',
		locks: [FINISH_ORDER_LOCK]
	});
}

/**
 * The id of a scope whose kept totals are up to date: counted from the answers first if they
 * were never counted (or counted another way), and following the cohort's members.
 */
export async function keptScope(db: DB, cohortId: string | null): Promise<number> {
	const key = cohortId ?? ALL_LEARNERS;
	const running = counting(db).get(key);
	if (running) return running;
	const row = await perform(db, scopeRowStep(db, key));
	if (row?.definition === TOTALS_DEFINITION) {
		const kept = cohortId ? await followMembers(db, row.id, cohortId) : row.id;
		if (kept !== null) return kept;
	}
	const again = counting(db).get(key);
	if (again) return again;
	const count = countScope(db, cohortId, row?.id ?? null).finally(() => counting(db).delete(key));
	counting(db).set(key, count);
	return count;
}

/**
 * Counts the totals of all learners and of every cohort that has none yet (or has them counted
 * another way), and works out the figures of item versions and modules not yet worked out from
 * them: run as the server starts, so that no view waits for either.
 */
export async function keepAllTotals(db: DB): Promise<void> {
	const keep = async (cohortId: string | null) => {
		const scopeId = await keptScope(db, cohortId);
		for (const counting of COUNTINGS) {
			await keptFigures(db, scopeId, counting);
			await keptModuleFigures(db, scopeId, counting);
		}
	};
	await keep(null);
	const ids = await db
		.select({ id: cohorts.id })
		.from(cohorts)
		.orderBy(cohorts.createdAt, cohorts.id);
	for (const { id } of ids) await keep(id);
}
