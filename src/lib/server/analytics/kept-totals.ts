import {
	and,
	asc,
	eq,
	getTableColumns,
	gt,
	inArray,
	lt,
	lte,
	sql,
	type AnyColumn,
	type Placeholder,
	type SQL
} from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DB, Queries } from '$lib/server/db';
import { perHandle, placeholders, preparedStep } from '$lib/server/db/prepared';
import {
	all,
	onPostgres,
	parallel,
	perform,
	run,
	transaction,
	type Step
} from '$lib/server/db/steps';
import {
	answers as answerTable,
	cohortMembers,
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
	quizSessionItems,
	quizSessions,
	users,
	type Counting,
	type Response
} from '$lib/server/db/tables';
import { FINISH_ORDER_LOCK } from '$lib/server/quiz/session';
import {
	attemptOf,
	countModuleAttempts,
	figuresOf,
	MIN_RELIABILITY_ATTEMPTS,
	moduleAttemptRowsStep,
	type ModuleAttemptRow,
	type ModuleFigures
} from './modules';
import {
	pointBiserialFromSums,
	upperLowerParts,
	type RestSums,
	type TotalBucket,
	type UpperLowerParts
} from './statistics';
import {
	addAnswer,
	addAttempt,
	answersCounted,
	emptyTotals,
	type AttemptSums,
	type CountedAnswer,
	type ModuleTotals,
	type Totals,
	type VersionTotals
} from './totals';

/*
 * Item-analysis totals kept in the database for every scope viewed: all learners ('*') and each
 * cohort. A session's part in them is written in the transaction that finishes it, so every
 * server sees the same totals and a view reads them without reading answers. A scope's totals
 * are the sum of each of its learners' parts, and each learner's part depends on their own
 * sessions alone: a cohort's totals follow its members by adding the part of whoever joined and
 * taking away the part of whoever left.
 */

/** Changes whenever the way totals are counted changes, so that totals kept before are counted again. */
export const TOTALS_DEFINITION = 1;

export type CountedTotals = Record<Counting, Totals>;

const emptyCounted = (): CountedTotals => ({ first: emptyTotals(), all: emptyTotals() });

/** Learners read per step of a count, with other requests served between steps. */
const LEARNERS_PER_STEP = 20;

const ALL_LEARNERS = '*';

interface AnswerRow {
	id: number;
	itemVersionId: number;
	itemId: string;
	userId: string;
	answeredAt: number;
	marks: number;
	maxMarks: number;
	/** As SQLite holds it, or as a query of either dialect reads it. */
	response: string | Response;
	sessionMarks: number | null;
	sessionMaxMarks: number;
}

const answerColumns = {
	id: answerTable.id,
	itemVersionId: answerTable.itemVersionId,
	itemId: answerTable.itemId,
	userId: answerTable.userId,
	answeredAt: answerTable.answeredAt,
	marks: answerTable.marks,
	maxMarks: answerTable.maxMarks,
	response: answerTable.response
};

/**
 * Whether an answer is counted: only answers in sessions of two items or more have a rest of the
 * session to correlate with, and a session offers more marks than the answer's own item exactly
 * when it held another. `sessionMaxMarks` is the session's column, or a placeholder for it.
 */
const hasRestOfSession = (sessionMaxMarks: AnyColumn | Placeholder) =>
	lt(answerTable.maxMarks, sessionMaxMarks);

const asAnswerRow = <T extends { answeredAt: Date }>(row: T) => ({
	...row,
	answeredAt: row.answeredAt.getTime()
});

/**
 * The learners' answers in sessions finished up to a finish order, in sessions of two items or
 * more (a lone item has no rest of the session to correlate with): each learner's to each item
 * in the order given, the earlier first.
 */
function* learnersAnswersStep(tx: Queries, learners: string[], upTo: number): Step<AnswerRow[]> {
	const rows = yield* run(
		tx
			.select({
				...answerColumns,
				sessionMarks: quizSessions.marks,
				sessionMaxMarks: quizSessions.maxMarks
			})
			.from(answerTable)
			.innerJoin(quizSessions, eq(quizSessions.id, answerTable.sessionId))
			.where(
				and(
					hasRestOfSession(quizSessions.maxMarks),
					inArray(quizSessions.userId, learners),
					lte(quizSessions.finishOrder, upTo)
				)
			)
			.orderBy(
				asc(answerTable.userId),
				asc(answerTable.itemId),
				asc(answerTable.answeredAt),
				asc(answerTable.id)
			)
	);
	return rows.map(asAnswerRow);
}

function counted(row: AnswerRow): CountedAnswer {
	return {
		itemVersionId: row.itemVersionId,
		marks: row.marks,
		maxMarks: row.maxMarks,
		response:
			typeof row.response === 'string' ? (JSON.parse(row.response) as Response) : row.response,
		sessionMarks: row.sessionMarks ?? 0,
		sessionMaxMarks: row.sessionMaxMarks
	};
}

/** Counts rows that come in learner, item and time order: every one, and each learner's first per item. */
function countAnswers(into: CountedTotals, rows: Iterable<AnswerRow>): void {
	let previous = '';
	for (const row of rows) {
		const answer = counted(row);
		addAnswer(into.all, answer);
		const key = `${row.userId}/${row.itemId}`;
		if (key === previous) continue;
		previous = key;
		addAnswer(into.first, answer);
	}
}

/** The latest finish order: sessions up to it are finished. */
function* lastFinishOrderStep(tx: Queries): Step<number> {
	const [row] = yield* run(
		tx
			.select({ last: sql<number | null>`max(${quizSessions.finishOrder})`.mapWith(Number) })
			.from(quizSessions)
	);
	return row?.last ?? 0;
}

/** The latest finish order, awaited. */
export function lastFinishOrder(db: DB): Promise<number> {
	return perform(db, lastFinishOrderStep(db));
}

/** Every user, or a cohort's members. */
function* learnerIdsStep(tx: Queries, cohortId: string | null): Step<string[]> {
	const rows = cohortId
		? yield* run(
				tx
					.select({ id: cohortMembers.userId })
					.from(cohortMembers)
					.where(eq(cohortMembers.cohortId, cohortId))
			)
		: yield* run(tx.select({ id: users.id }).from(users));
	return rows.map((r) => r.id);
}

/** Counts the sessions of learners finished up to a finish order, a few learners per query. */
function* countLearnersStep(
	tx: Queries,
	learners: string[],
	upTo: number,
	into: CountedTotals
): Step<void> {
	for (let i = 0; i < learners.length; i += LEARNERS_PER_STEP) {
		const step = learners.slice(i, i + LEARNERS_PER_STEP);
		countAnswers(into, yield* learnersAnswersStep(tx, step, upTo));
		const rows = yield* moduleAttemptRowsStep(tx, step, upTo);
		countModuleAttempts({ modules: into.all.modules, firstAttempts: null }, rows);
		countModuleAttempts({ modules: into.first.modules, firstAttempts: new Set() }, rows);
	}
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Counts the sessions of learners finished up to a finish order, a few learners at a time, with
 * other requests served between steps.
 */
async function countLearners(
	db: DB,
	learners: string[],
	upTo: number,
	into: CountedTotals
): Promise<void> {
	for (let i = 0; i < learners.length; i += LEARNERS_PER_STEP) {
		if (i) await nextTurn();
		await perform(db, countLearnersStep(db, learners.slice(i, i + LEARNERS_PER_STEP), upTo, into));
	}
}

/** Counts every finished session of every learner, or of a cohort's members, from the answers. */
export async function recountTotals(db: DB, cohortId: string | null): Promise<CountedTotals> {
	const into = emptyCounted();
	const upTo = await lastFinishOrder(db);
	const learners = await perform(db, learnerIdsStep(db, cohortId));
	await countLearners(db, learners, upTo, into);
	return into;
}

interface SessionRow {
	id: string;
	userId: string;
	moduleId: string | null;
	startedAt: number;
	finishOrder: number;
	marks: number | null;
	maxMarks: number;
}

const sessionById = preparedStep((db) =>
	db
		.select({
			id: quizSessions.id,
			userId: quizSessions.userId,
			moduleId: quizSessions.moduleId,
			startedAt: quizSessions.startedAt,
			finishOrder: quizSessions.finishOrder,
			marks: quizSessions.marks,
			maxMarks: quizSessions.maxMarks
		})
		.from(quizSessions)
		.where(eq(quizSessions.id, sql.placeholder('id')))
);

function* sessionRow(db: DB, tx: Queries, id: string): Step<SessionRow | null> {
	const [row] = yield* run(sessionById(db, tx, { id }));
	if (!row || row.finishOrder === null) return null;
	return { ...row, startedAt: row.startedAt.getTime(), finishOrder: row.finishOrder };
}

/** A session's answers that have a rest of the session to correlate with, in the order given. */
const answersOfSession = preparedStep((db) =>
	db
		.select(answerColumns)
		.from(answerTable)
		.where(
			and(
				eq(answerTable.sessionId, sql.placeholder('sessionId')),
				hasRestOfSession(sql.placeholder('maxMarks'))
			)
		)
		.orderBy(answerTable.answeredAt, answerTable.id)
);

/** A learner's first counted answer to an item among the sessions finished before a finish order. */
const firstAnswerBefore = preparedStep((db) =>
	db
		.select({
			...answerColumns,
			sessionMarks: quizSessions.marks,
			sessionMaxMarks: quizSessions.maxMarks
		})
		.from(answerTable)
		.innerJoin(quizSessions, eq(quizSessions.id, answerTable.sessionId))
		.where(
			and(
				eq(answerTable.userId, sql.placeholder('userId')),
				eq(answerTable.settled, true),
				eq(answerTable.itemId, sql.placeholder('itemId')),
				lt(quizSessions.finishOrder, sql.placeholder('finishOrder')),
				hasRestOfSession(quizSessions.maxMarks)
			)
		)
		.orderBy(answerTable.answeredAt, answerTable.id)
		.limit(1)
);

/** A learner's first attempt at a module among the sessions finished before a finish order. */
const firstAttemptBefore = preparedStep((db) =>
	db
		.select({ id: quizSessions.id, startedAt: quizSessions.startedAt })
		.from(quizSessions)
		.where(
			and(
				eq(quizSessions.userId, sql.placeholder('userId')),
				eq(quizSessions.moduleId, sql.placeholder('moduleId')),
				eq(quizSessions.status, 'finished'),
				lt(quizSessions.finishOrder, sql.placeholder('finishOrder'))
			)
		)
		.orderBy(quizSessions.startedAt, quizSessions.finishOrder)
		.limit(1)
);

/** Each question of a session and whether it was answered right. */
const questionsOfSession = preparedStep((db) =>
	db
		.select({ itemId: quizSessionItems.itemId, correct: answerTable.correct })
		.from(quizSessionItems)
		.leftJoin(
			answerTable,
			and(
				eq(answerTable.sessionId, quizSessionItems.sessionId),
				eq(answerTable.position, quizSessionItems.position)
			)
		)
		.where(eq(quizSessionItems.sessionId, sql.placeholder('sessionId')))
		.orderBy(quizSessionItems.position)
);

/** A finished module attempt's rows, as `moduleAttemptRows` reads them: none for practice. */
function* attemptRows(db: DB, tx: Queries, session: SessionRow): Step<ModuleAttemptRow[]> {
	const { moduleId } = session;
	if (moduleId === null) return [];
	const questions = yield* run(questionsOfSession(db, tx, { sessionId: session.id }));
	return questions.map((q) => ({
		sessionId: session.id,
		userId: session.userId,
		moduleId,
		startedAt: session.startedAt,
		finishOrder: session.finishOrder,
		marks: session.marks,
		maxMarks: session.maxMarks,
		itemId: q.itemId,
		correct: q.correct ? 1 : 0
	}));
}

/**
 * What a finished session changes in its learner's part of the totals: every answer counts in
 * all attempts; an answer earlier than the learner's first answer to the item among the sessions
 * finished before it takes that one's place in first attempts, and so does a module attempt
 * started before the learner's first one.
 */
function* sessionChangeStep(db: DB, tx: Queries, session: SessionRow): Step<CountedTotals> {
	const change = emptyCounted();
	const given = yield* run(
		answersOfSession(db, tx, { sessionId: session.id, maxMarks: session.maxMarks })
	);
	const seen = new Set<string>();
	for (const selected of given) {
		const row: AnswerRow = {
			...asAnswerRow(selected),
			sessionMarks: session.marks ?? 0,
			sessionMaxMarks: session.maxMarks
		};
		const answer = counted(row);
		addAnswer(change.all, answer);
		if (seen.has(row.itemId)) continue;
		seen.add(row.itemId);
		const [found] = yield* run(
			firstAnswerBefore(db, tx, {
				userId: row.userId,
				itemId: row.itemId,
				finishOrder: session.finishOrder
			})
		);
		const earlier = found && asAnswerRow(found);
		if (
			earlier &&
			(earlier.answeredAt < row.answeredAt ||
				(earlier.answeredAt === row.answeredAt && earlier.id < row.id))
		)
			continue;
		if (earlier) addAnswer(change.first, counted(earlier), -1);
		addAnswer(change.first, answer);
	}
	if (session.moduleId === null) return change;
	const rows = yield* attemptRows(db, tx, session);
	if (!rows.length) return change;
	const attempt = attemptOf(rows);
	addAttempt(change.all, attempt);
	const [first] = yield* run(
		firstAttemptBefore(db, tx, {
			userId: session.userId,
			moduleId: session.moduleId,
			finishOrder: session.finishOrder
		})
	);
	if (first && first.startedAt.getTime() <= session.startedAt) return change;
	if (first) {
		const firstSession = yield* sessionRow(db, tx, first.id);
		if (firstSession)
			addAttempt(change.first, attemptOf(yield* attemptRows(db, tx, firstSession)), -1);
	}
	addAttempt(change.first, attempt);
	return change;
}

const allLearnersScope = preparedStep((db) =>
	db
		.select({ id: itemStatScopes.id })
		.from(itemStatScopes)
		.where(
			and(eq(itemStatScopes.key, ALL_LEARNERS), eq(itemStatScopes.definition, TOTALS_DEFINITION))
		)
);

const cohortScopesOf = preparedStep((db) =>
	db
		.select({ id: itemStatScopes.id })
		.from(itemStatMembers)
		.innerJoin(itemStatScopes, eq(itemStatScopes.id, itemStatMembers.scopeId))
		.where(
			and(
				eq(itemStatMembers.userId, sql.placeholder('userId')),
				eq(itemStatScopes.definition, TOTALS_DEFINITION)
			)
		)
);

/** The scopes whose totals hold a learner's part: all learners, and the cohorts counted with them. */
function* scopesCounting(db: DB, tx: Queries, userId: string): Step<number[]> {
	const all = yield* run(allLearnersScope(db, tx));
	const cohorts = yield* run(cohortScopesOf(db, tx, { userId }));
	return [...all, ...cohorts].map((r) => r.id);
}

/**
 * Takes a finished session into the kept totals of every scope that counts its learner. Run in
 * the transaction that finishes it, so that each session is counted exactly once; the totals are
 * changed by adding to rows (upserts), so sessions finishing at once all count.
 */
export function* countFinishedSessionStep(db: DB, tx: Queries, sessionId: string): Step<void> {
	const session = yield* sessionRow(db, tx, sessionId);
	if (!session) return;
	const scopes = yield* scopesCounting(db, tx, session.userId);
	if (!scopes.length) return;
	const change = yield* sessionChangeStep(db, tx, session);
	for (const scopeId of scopes) yield* writeTotalsStep(db, tx, scopeId, change);
}

type ColumnOf<T extends SQLiteTable> = keyof T['_']['columns'] & string;

/** An upsert's update that adds the values of the row the conflict turned away to the stored ones. */
function addingExcluded<T extends SQLiteTable>(
	table: T,
	columns: readonly ColumnOf<T>[]
): Record<string, SQL> {
	const all = getTableColumns(table);
	return Object.fromEntries(
		columns.map((column) => [
			column,
			sql`${all[column]} + excluded.${sql.identifier(all[column].name)}`
		])
	);
}

/** An upsert adding `sums` to the row of a scope, counting and `keys`. */
function adding<T extends SQLiteTable>(
	table: T,
	keys: readonly ColumnOf<T>[],
	sums: readonly ColumnOf<T>[]
) {
	const all = getTableColumns(table);
	const columns = ['scopeId', 'counting', ...keys, ...sums] as ColumnOf<T>[];
	return preparedStep((db) =>
		db
			.insert(table)
			.values(placeholders(table, columns) as never)
			.onConflictDoUpdate({
				target: ['scopeId', 'counting', ...keys].map((key) => all[key]),
				set: addingExcluded(table, sums)
			})
	);
}

/** Deletes the row of a scope, counting and `keys` when its `count` is 0. */
function emptying<T extends SQLiteTable>(
	table: T,
	keys: readonly ColumnOf<T>[],
	count: ColumnOf<T>
) {
	const all = getTableColumns(table);
	return preparedStep((db) =>
		db
			.delete(table)
			.where(
				and(
					...['scopeId', 'counting', ...keys].map((key) => eq(all[key], sql.placeholder(key))),
					eq(all[count], 0)
				)
			)
	);
}

const write = {
	sums: adding(
		itemScoreSums,
		['itemVersionId', 'restMax'],
		['answers', 'marks', 'marksSquared', 'rest', 'restSquared', 'marksRest']
	),
	buckets: adding(itemTotalBuckets, ['itemVersionId', 'total'], ['answers', 'marks']),
	picks: adding(itemOptionCounts, ['itemVersionId', 'stemId', 'option'], ['picks']),
	modules: adding(
		moduleScoreSums,
		['moduleId', 'maxMarks'],
		['attempts', 'marks', 'marksSquared', 'right', 'rightSquared', 'questions']
	),
	moduleItems: adding(moduleItemCounts, ['moduleId', 'itemId'], ['drawn', 'right']),
	changed: preparedStep((db) =>
		db
			.insert(itemStatFigures)
			.values({
				scopeId: sql.placeholder('scopeId'),
				counting: sql.placeholder('counting'),
				itemVersionId: sql.placeholder('itemVersionId'),
				changes: 1
			})
			.onConflictDoUpdate({
				target: [itemStatFigures.scopeId, itemStatFigures.counting, itemStatFigures.itemVersionId],
				set: { changes: sql`${itemStatFigures.changes} + 1` }
			})
	),
	moduleChanged: preparedStep((db) =>
		db
			.insert(moduleStatFigures)
			.values({
				scopeId: sql.placeholder('scopeId'),
				counting: sql.placeholder('counting'),
				moduleId: sql.placeholder('moduleId'),
				changes: 1
			})
			.onConflictDoUpdate({
				target: [moduleStatFigures.scopeId, moduleStatFigures.counting, moduleStatFigures.moduleId],
				set: { changes: sql`${moduleStatFigures.changes} + 1` }
			})
	)
};

/** Deletes a row that taking a part away emptied, which a count from the answers would not have. */
const remove = {
	sums: emptying(itemScoreSums, ['itemVersionId', 'restMax'], 'answers'),
	buckets: emptying(itemTotalBuckets, ['itemVersionId', 'total'], 'answers'),
	picks: emptying(itemOptionCounts, ['itemVersionId', 'stemId', 'option'], 'picks'),
	modules: emptying(moduleScoreSums, ['moduleId', 'maxMarks'], 'attempts'),
	moduleItems: emptying(moduleItemCounts, ['moduleId', 'itemId'], 'drawn')
};

/** Adds totals (or changes to them, which may take away) to a scope's kept totals. */
function* writeTotalsStep(db: DB, tx: Queries, scopeId: number, totals: CountedTotals): Step<void> {
	for (const counting of COUNTINGS) {
		const key = { scopeId, counting };
		for (const [itemVersionId, version] of totals[counting].versions) {
			yield* run(write.changed(db, tx, { ...key, itemVersionId }));
			for (const [, s] of version.byRest) {
				if (!s.answers && !s.marks && !s.marksSquared && !s.rest && !s.restSquared && !s.marksRest)
					continue;
				const row = { ...key, itemVersionId, restMax: s.restMax };
				yield* run(
					write.sums(db, tx, {
						...row,
						answers: s.answers,
						marks: s.marks,
						marksSquared: s.marksSquared,
						rest: s.rest,
						restSquared: s.restSquared,
						marksRest: s.marksRest
					})
				);
				if (s.answers < 0) yield* run(remove.sums(db, tx, row));
			}
			for (const [, b] of version.byTotal) {
				const row = { ...key, itemVersionId, total: b.total };
				if (b.answers || b.marks)
					yield* run(write.buckets(db, tx, { ...row, answers: b.answers, marks: b.marks }));
				if (b.answers < 0) yield* run(remove.buckets(db, tx, row));
			}
			for (const [stemId, counts] of version.picks)
				for (const [option, picks] of counts.entries()) {
					const row = { ...key, itemVersionId, stemId, option };
					if (picks) yield* run(write.picks(db, tx, { ...row, picks }));
					if (picks < 0) yield* run(remove.picks(db, tx, row));
				}
		}
		for (const [moduleId, module] of totals[counting].modules) {
			yield* run(write.moduleChanged(db, tx, { ...key, moduleId }));
			for (const [, s] of module.byMaxMarks) {
				const row = { ...key, moduleId, maxMarks: s.maxMarks };
				if (s.attempts || s.marks || s.marksSquared || s.right || s.rightSquared || s.questions)
					yield* run(
						write.modules(db, tx, {
							...row,
							attempts: s.attempts,
							marks: s.marks,
							marksSquared: s.marksSquared,
							right: s.right,
							rightSquared: s.rightSquared,
							questions: s.questions
						})
					);
				if (s.attempts < 0) yield* run(remove.modules(db, tx, row));
			}
			for (const [itemId, item] of module.items) {
				const row = { ...key, moduleId, itemId };
				if (item.drawn || item.right)
					yield* run(write.moduleItems(db, tx, { ...row, drawn: item.drawn, right: item.right }));
				if (item.drawn < 0) yield* run(remove.moduleItems(db, tx, row));
			}
		}
	}
}

/** What a view needs of an item version's totals, kept in `item_stat_figures`. */
export interface VersionFigures {
	answers: number;
	marks: number;
	pointBiserial: number | null;
	upperLower: UpperLowerParts;
}

/** An item version's figures from its totals. */
export function versionFigures(version: VersionTotals): VersionFigures {
	let marks = 0;
	for (const [, sums] of version.byRest) marks += sums.marks;
	return {
		answers: answersCounted(version),
		marks,
		pointBiserial: pointBiserialFromSums([...version.byRest].map(([, sums]) => sums)),
		upperLower: upperLowerParts([...version.byTotal].map(([, bucket]) => bucket))
	};
}

const figuresColumns = {
	versionId: itemStatFigures.itemVersionId,
	changes: itemStatFigures.changes,
	figured: itemStatFigures.figured,
	answers: itemStatFigures.answers,
	marks: itemStatFigures.marks,
	pointBiserial: itemStatFigures.pointBiserial,
	groupSize: itemStatFigures.groupSize,
	upperFull: itemStatFigures.upperFull,
	upperEdgeMarks: itemStatFigures.upperEdgeMarks,
	upperEdgePlaces: itemStatFigures.upperEdgePlaces,
	upperEdgeAnswers: itemStatFigures.upperEdgeAnswers,
	lowerFull: itemStatFigures.lowerFull,
	lowerEdgeMarks: itemStatFigures.lowerEdgeMarks,
	lowerEdgePlaces: itemStatFigures.lowerEdgePlaces,
	lowerEdgeAnswers: itemStatFigures.lowerEdgeAnswers
};

interface FiguresRow {
	versionId: number;
	changes: number;
	figured: number | null;
	answers: number;
	marks: number;
	pointBiserial: number | null;
	groupSize: number;
	upperFull: number;
	upperEdgeMarks: number;
	upperEdgePlaces: number;
	upperEdgeAnswers: number;
	lowerFull: number;
	lowerEdgeMarks: number;
	lowerEdgePlaces: number;
	lowerEdgeAnswers: number;
}

const inScope = <T extends { scopeId: unknown; counting: unknown }>(
	table: T,
	scopeId: number,
	counting: Counting
) =>
	and(
		eq(table.scopeId as typeof itemScoreSums.scopeId, scopeId),
		eq(table.counting as typeof itemScoreSums.counting, counting)
	);

const fromRow = (r: FiguresRow): VersionFigures => ({
	answers: r.answers,
	marks: r.marks,
	pointBiserial: r.pointBiserial,
	upperLower: {
		n: r.answers,
		size: r.groupSize,
		upper: {
			full: r.upperFull,
			edgeMarks: r.upperEdgeMarks,
			edgePlaces: r.upperEdgePlaces,
			edgeAnswers: r.upperEdgeAnswers
		},
		lower: {
			full: r.lowerFull,
			edgeMarks: r.lowerEdgeMarks,
			edgePlaces: r.lowerEdgePlaces,
			edgeAnswers: r.lowerEdgeAnswers
		}
	}
});

const sumsColumns = {
	restMax: itemScoreSums.restMax,
	answers: itemScoreSums.answers,
	marks: itemScoreSums.marks,
	marksSquared: itemScoreSums.marksSquared,
	rest: itemScoreSums.rest,
	restSquared: itemScoreSums.restSquared,
	marksRest: itemScoreSums.marksRest
};

const bucketColumns = {
	total: itemTotalBuckets.total,
	answers: itemTotalBuckets.answers,
	marks: itemTotalBuckets.marks
};

/**
 * The rows of a totals table for one key (an item version, a module) in a scope, at placeholders
 * `scopeId`, `counting` and the key's own name.
 */
function atKey(table: { scopeId: AnyColumn; counting: AnyColumn }, key: AnyColumn, name: string) {
	return and(
		eq(table.scopeId, sql.placeholder('scopeId')),
		eq(table.counting, sql.placeholder('counting')),
		eq(key, sql.placeholder(name))
	);
}
const ofVersion = (
	table: typeof itemScoreSums | typeof itemTotalBuckets | typeof itemStatFigures
) => atKey(table, table.itemVersionId, 'versionId');
const ofModule = (
	table: typeof moduleScoreSums | typeof moduleItemCounts | typeof moduleStatFigures
) => atKey(table, table.moduleId, 'moduleId');

const versionSums = preparedStep((db) =>
	db.select(sumsColumns).from(itemScoreSums).where(ofVersion(itemScoreSums))
);
const versionBuckets = preparedStep((db) =>
	db.select(bucketColumns).from(itemTotalBuckets).where(ofVersion(itemTotalBuckets))
);
const versionChanges = preparedStep((db) =>
	db
		.select({ changes: itemStatFigures.changes })
		.from(itemStatFigures)
		.where(ofVersion(itemStatFigures))
);

/** One version's totals, read by index: its sums and its buckets. */
function* readVersionStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	versionId: number
): Step<VersionTotals> {
	const key = { scopeId, counting, versionId };
	const [sums, buckets]: [RestSums[], TotalBucket[]] = yield* all([
		versionSums(db, tx, key),
		versionBuckets(db, tx, key)
	]);
	return {
		byRest: new Map(sums.map((s) => [s.restMax, s])),
		byTotal: new Map(buckets.map((b) => [b.total, b])),
		picks: new Map()
	};
}

/** How many writes a version's totals in a scope have had. */
function* changesStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	versionId: number
): Step<number | null> {
	const [row] = yield* run(versionChanges(db, tx, { scopeId, counting, versionId }));
	return row?.changes ?? null;
}

/** Reads of a version's totals tried before its figures are shown without being kept. */
const FIGURING_TRIES = 3;

/**
 * A version's figures worked out from its totals, and the number of writes they are of, or null
 * when the totals kept changing while being read. Every write to a version's totals adds one to
 * its `changes` in the same transaction, so totals read between two equal readings of `changes`
 * are the totals after that many writes, on either database and whatever writes meanwhile.
 */
function workOutFiguresStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	versionId: number
): Step<{ changes: number | null; figures: VersionFigures }> {
	return stableStep(
		() => changesStep(db, tx, scopeId, counting, versionId),
		function* () {
			return versionFigures(yield* readVersionStep(db, tx, scopeId, counting, versionId));
		}
	);
}

/**
 * Figures worked out from totals read between two equal readings of their `changes` counter,
 * and that count; a null count when the totals kept changing while being read.
 */
function* stableStep<T>(
	changes: () => Step<number | null>,
	figures: () => Step<T>
): Step<{ changes: number | null; figures: T }> {
	for (let attempt = 1; ; attempt++) {
		const before = yield* changes();
		const worked = yield* figures();
		const after = yield* changes();
		if (before === after) return { changes: before, figures: worked };
		if (attempt >= FIGURING_TRIES) return { changes: null, figures: worked };
	}
}

/**
 * Every item version's figures in a scope, by version id, read from `item_stat_figures`. Those
 * whose totals changed since they were worked out are worked out again from that version's
 * totals alone, and kept unless the totals changed again meanwhile.
 */
export async function keptFigures(
	db: DB,
	scopeId: number,
	counting: Counting
): Promise<Map<number, VersionFigures>> {
	const rows = await db
		.select(figuresColumns)
		.from(itemStatFigures)
		.where(inScope(itemStatFigures, scopeId, counting));
	const again = await workOutAgain(
		db,
		rows.filter((row) => row.figured !== row.changes).map((row) => row.versionId),
		(tx, versionId) => workOutFiguresStep(db, tx, scopeId, counting, versionId)
	);
	const figures = new Map<number, VersionFigures>();
	for (const row of rows) {
		if (row.figured === row.changes) {
			if (row.answers > 0) figures.set(row.versionId, fromRow(row));
			continue;
		}
		const version = again.get(row.versionId)!;
		if (version.figures.answers > 0) figures.set(row.versionId, version.figures);
	}
	await storeAgain(db, again, (tx, versionId, changes, f) =>
		storeFiguresStep(db, tx, scopeId, counting, versionId, changes, f)
	);
	return figures;
}

/**
 * The figures of those keys (item versions, modules) whose totals changed since their figures
 * were kept, each worked out again by `workOut`. They are worked out side by side, in one
 * transaction, so on PostgreSQL each read goes to the database for all of them at once rather
 * than once per key.
 */
async function workOutAgain<K, F>(
	db: DB,
	keys: K[],
	workOut: (tx: Queries, key: K) => Step<{ changes: number | null; figures: F }>
): Promise<Map<K, { changes: number | null; figures: F }>> {
	if (!keys.length) return new Map();
	const worked = await transaction(db, (tx) => parallel(keys.map((key) => workOut(tx, key))));
	return new Map(keys.map((key, i) => [key, worked[i]]));
}

/**
 * Keeps the figures `workOutAgain` worked out, but for those whose totals changed while they were
 * read, in one transaction: the rows are written side by side (on PostgreSQL in one round trip),
 * in the order of their keys, so that two views keeping the same rows lock them in the same order.
 */
async function storeAgain<K extends number | string, F>(
	db: DB,
	again: Map<K, { changes: number | null; figures: F }>,
	store: (tx: Queries, key: K, changes: number, figures: F) => Step<void>
): Promise<void> {
	const kept = [...again]
		.filter(([, worked]) => worked.changes !== null)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	if (!kept.length) return;
	await transaction(db, (tx) =>
		parallel(kept.map(([key, worked]) => store(tx, key, worked.changes!, worked.figures)))
	);
}

const VERSION_FIGURES = [
	'figured',
	'answers',
	'marks',
	'pointBiserial',
	'groupSize',
	'upperFull',
	'upperEdgeMarks',
	'upperEdgePlaces',
	'upperEdgeAnswers',
	'lowerFull',
	'lowerEdgeMarks',
	'lowerEdgePlaces',
	'lowerEdgeAnswers'
] as const;

const storeVersion = preparedStep((db) =>
	db
		.update(itemStatFigures)
		.set(placeholders(itemStatFigures, VERSION_FIGURES))
		.where(and(ofVersion(itemStatFigures), eq(itemStatFigures.changes, sql.placeholder('changes'))))
);

/** Keeps a version's figures, unless its totals changed since they were read. */
function* storeFiguresStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	versionId: number,
	changes: number,
	f: VersionFigures
): Step<void> {
	const { upper, lower } = f.upperLower;
	yield* run(
		storeVersion(db, tx, {
			scopeId,
			counting,
			versionId,
			changes,
			figured: changes,
			answers: f.answers,
			marks: f.marks,
			pointBiserial: f.pointBiserial,
			groupSize: f.upperLower.size,
			upperFull: upper.full,
			upperEdgeMarks: upper.edgeMarks,
			upperEdgePlaces: upper.edgePlaces,
			upperEdgeAnswers: upper.edgeAnswers,
			lowerFull: lower.full,
			lowerEdgeMarks: lower.edgeMarks,
			lowerEdgePlaces: lower.edgePlaces,
			lowerEdgeAnswers: lower.edgeAnswers
		})
	);
}

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

const moduleSumsColumns = {
	moduleId: moduleScoreSums.moduleId,
	maxMarks: moduleScoreSums.maxMarks,
	attempts: moduleScoreSums.attempts,
	marks: moduleScoreSums.marks,
	marksSquared: moduleScoreSums.marksSquared,
	right: moduleScoreSums.right,
	rightSquared: moduleScoreSums.rightSquared,
	questions: moduleScoreSums.questions
};

const moduleItemColumns = {
	moduleId: moduleItemCounts.moduleId,
	itemId: moduleItemCounts.itemId,
	drawn: moduleItemCounts.drawn,
	right: moduleItemCounts.right
};

type ModuleItemRow = { moduleId: string; itemId: string; drawn: number; right: number };

/** Puts module totals rows into modules' totals by id. */
function addModuleRows(
	into: Totals['modules'],
	sums: (AttemptSums & { moduleId: string })[],
	items: ModuleItemRow[]
): void {
	const moduleOf = (id: string) => {
		let module = into.get(id);
		if (!module) {
			module = { byMaxMarks: new Map(), items: new Map() };
			into.set(id, module);
		}
		return module;
	};
	for (const { moduleId, ...group } of sums)
		moduleOf(moduleId).byMaxMarks.set(group.maxMarks, group);
	for (const i of items)
		moduleOf(i.moduleId).items.set(i.itemId, { drawn: i.drawn, right: i.right });
}

const oneModuleSums = preparedStep((db) =>
	db.select(moduleSumsColumns).from(moduleScoreSums).where(ofModule(moduleScoreSums))
);
const oneModuleItems = preparedStep((db) =>
	db.select(moduleItemColumns).from(moduleItemCounts).where(ofModule(moduleItemCounts))
);
const oneModuleChanges = preparedStep((db) =>
	db
		.select({ changes: moduleStatFigures.changes })
		.from(moduleStatFigures)
		.where(ofModule(moduleStatFigures))
);

/** One module's totals in a scope, read by index. */
function* readModuleStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	moduleId: string
): Step<ModuleTotals | undefined> {
	const key = { scopeId, counting, moduleId };
	const [sums, items] = yield* all([oneModuleSums(db, tx, key), oneModuleItems(db, tx, key)]);
	const modules: Totals['modules'] = new Map();
	addModuleRows(modules, sums, items);
	return modules.get(moduleId);
}

/** How many writes a module's totals in a scope have had. */
function* moduleChangesStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	moduleId: string
): Step<number | null> {
	const [row] = yield* run(oneModuleChanges(db, tx, { scopeId, counting, moduleId }));
	return row?.changes ?? null;
}

const MODULE_FIGURES = [
	'figured',
	'attempts',
	'questions',
	'meanPercent',
	'sdPercent',
	'meanMarks',
	'sdMarks',
	'kr20',
	'semMarks',
	'semPercent'
] as const;

const storeModule = preparedStep((db) =>
	db
		.update(moduleStatFigures)
		.set(placeholders(moduleStatFigures, MODULE_FIGURES))
		.where(
			and(ofModule(moduleStatFigures), eq(moduleStatFigures.changes, sql.placeholder('changes')))
		)
);

/** Keeps a module's figures, unless its totals changed since they were read. */
function* storeModuleFiguresStep(
	db: DB,
	tx: Queries,
	scopeId: number,
	counting: Counting,
	moduleId: string,
	changes: number,
	f: ModuleFigures
): Step<void> {
	yield* run(
		storeModule(db, tx, {
			scopeId,
			counting,
			moduleId,
			changes,
			figured: changes,
			attempts: f.attempts,
			questions: f.questions,
			meanPercent: f.meanPercent,
			sdPercent: f.sdPercent,
			meanMarks: f.meanMarks,
			sdMarks: f.sdMarks,
			kr20: f.kr20,
			semMarks: f.semMarks,
			semPercent: f.semPercent
		})
	);
}

/** The kept figures of every module in a scope: the view reads these, one row per module. */
const moduleFiguresOf = preparedStep((db) =>
	db
		.select({
			moduleId: moduleStatFigures.moduleId,
			changes: moduleStatFigures.changes,
			figured: moduleStatFigures.figured,
			attempts: moduleStatFigures.attempts,
			questions: moduleStatFigures.questions,
			meanPercent: moduleStatFigures.meanPercent,
			sdPercent: moduleStatFigures.sdPercent,
			meanMarks: moduleStatFigures.meanMarks,
			sdMarks: moduleStatFigures.sdMarks,
			kr20: moduleStatFigures.kr20,
			semMarks: moduleStatFigures.semMarks,
			semPercent: moduleStatFigures.semPercent
		})
		.from(moduleStatFigures)
		.where(
			and(
				eq(moduleStatFigures.scopeId, sql.placeholder('scopeId')),
				eq(moduleStatFigures.counting, sql.placeholder('counting'))
			)
		)
);

/**
 * Every module's figures in a scope, by module id, read from `module_stat_figures`. Those whose
 * totals changed since they were worked out are worked out again from that module's totals
 * alone, and kept unless the totals changed again meanwhile: a view reads a row per module, not
 * a row per question each module drew.
 */
export async function keptModuleFigures(
	db: DB,
	scopeId: number,
	counting: Counting
): Promise<Map<string, ModuleFigures>> {
	const rows = await perform(db, run(moduleFiguresOf(db, db, { scopeId, counting })));
	const again = await workOutAgain(
		db,
		rows.filter((row) => row.figured !== row.changes).map((row) => row.moduleId),
		(tx, moduleId) =>
			stableStep(
				() => moduleChangesStep(db, tx, scopeId, counting, moduleId),
				function* () {
					return figuresOf(yield* readModuleStep(db, tx, scopeId, counting, moduleId));
				}
			)
	);
	const figures = new Map<string, ModuleFigures>();
	for (const { moduleId, changes, figured, ...row } of rows) {
		if (figured === changes) {
			if (row.attempts > 0)
				figures.set(moduleId, {
					...row,
					tooFewAttempts: row.attempts < MIN_RELIABILITY_ATTEMPTS
				});
			continue;
		}
		const module = again.get(moduleId)!;
		if (module.figures.attempts > 0) figures.set(moduleId, module.figures);
	}
	await storeAgain(db, again, (tx, moduleId, changes, f) =>
		storeModuleFiguresStep(db, tx, scopeId, counting, moduleId, changes, f)
	);
	return figures;
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

function negated(totals: CountedTotals): CountedTotals {
	for (const counting of COUNTINGS) {
		for (const [, version] of totals[counting].versions) {
			for (const [, s] of version.byRest)
				for (const k of [
					'answers',
					'marks',
					'marksSquared',
					'rest',
					'restSquared',
					'marksRest'
				] as const)
					s[k] = -s[k];
			for (const [, b] of version.byTotal) {
				b.answers = -b.answers;
				b.marks = -b.marks;
			}
			for (const [, counts] of version.picks) counts.forEach((c, i) => (counts[i] = -c));
		}
		for (const [, module] of totals[counting].modules) {
			for (const [, s] of module.byMaxMarks)
				for (const k of [
					'attempts',
					'marks',
					'marksSquared',
					'right',
					'rightSquared',
					'questions'
				] as const)
					s[k] = -s[k];
			for (const [, item] of module.items) {
				item.drawn = -item.drawn;
				item.right = -item.right;
			}
		}
	}
	return totals;
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
