import {
	and,
	eq,
	getTableColumns,
	lt,
	sql,
	type AnyColumn,
	type Placeholder,
	type SQL
} from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Queries } from '$lib/server/db';
import { placeholders, preparedStep, fixed } from '$lib/server/db/prepared';
import {
	answers as answerTable,
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
	type Counting
} from '$lib/server/db/tables';

/*
 * The SQL of the kept totals: the columns they read, the conditions they share, the upserts that
 * add to their rows, and the queries prepared once per handle (see `preparedStep`) that reading
 * them, counting a finished session and keeping figures run.
 */

/** Changes whenever the way totals are counted changes, so that totals kept before are counted again. */
export const TOTALS_DEFINITION = 1;

export const ALL_LEARNERS = '*';

export const answerColumns = {
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
export const hasRestOfSession = (sessionMaxMarks: AnyColumn | Placeholder) =>
	lt(answerTable.maxMarks, sessionMaxMarks);

export const sessionById = preparedStep((db) =>
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

/** A session's answers that have a rest of the session to correlate with, in the order given. */
export const answersOfSession = preparedStep((db) =>
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

/** Answers with the marks of the session each was given in. */
export function answersWithSessionMarks(db: Queries) {
	return db
		.select({
			...answerColumns,
			sessionMarks: quizSessions.marks,
			sessionMaxMarks: quizSessions.maxMarks
		})
		.from(answerTable)
		.innerJoin(quizSessions, eq(quizSessions.id, answerTable.sessionId));
}

/** A learner's first counted answer to an item among the sessions finished before a finish order. */
export const firstAnswerBefore = preparedStep((db) =>
	answersWithSessionMarks(db)
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
export const firstAttemptBefore = preparedStep((db) =>
	db
		.select({ id: quizSessions.id, startedAt: quizSessions.startedAt })
		.from(quizSessions)
		.where(
			and(
				eq(quizSessions.userId, sql.placeholder('userId')),
				eq(quizSessions.moduleId, sql.placeholder('moduleId')),
				fixed(eq(quizSessions.status, 'finished')),
				lt(quizSessions.finishOrder, sql.placeholder('finishOrder'))
			)
		)
		.orderBy(quizSessions.startedAt, quizSessions.finishOrder)
		.limit(1)
);

/** Each question of a session and whether it was answered right. */
export const questionsOfSession = preparedStep((db) =>
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

export const allLearnersScope = preparedStep((db) =>
	db
		.select({ id: itemStatScopes.id })
		.from(itemStatScopes)
		.where(
			and(eq(itemStatScopes.key, ALL_LEARNERS), eq(itemStatScopes.definition, TOTALS_DEFINITION))
		)
);

export const cohortScopesOf = preparedStep((db) =>
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

export const write = {
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
export const remove = {
	sums: emptying(itemScoreSums, ['itemVersionId', 'restMax'], 'answers'),
	buckets: emptying(itemTotalBuckets, ['itemVersionId', 'total'], 'answers'),
	picks: emptying(itemOptionCounts, ['itemVersionId', 'stemId', 'option'], 'picks'),
	modules: emptying(moduleScoreSums, ['moduleId', 'maxMarks'], 'attempts'),
	moduleItems: emptying(moduleItemCounts, ['moduleId', 'itemId'], 'drawn')
};

export const figuresColumns = {
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

export const inScope = <T extends { scopeId: unknown; counting: unknown }>(
	table: T,
	scopeId: number,
	counting: Counting
) =>
	and(
		eq(table.scopeId as typeof itemScoreSums.scopeId, scopeId),
		eq(table.counting as typeof itemScoreSums.counting, counting)
	);

export const sumsColumns = {
	restMax: itemScoreSums.restMax,
	answers: itemScoreSums.answers,
	marks: itemScoreSums.marks,
	marksSquared: itemScoreSums.marksSquared,
	rest: itemScoreSums.rest,
	restSquared: itemScoreSums.restSquared,
	marksRest: itemScoreSums.marksRest
};

export const bucketColumns = {
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

export const versionSums = preparedStep((db) =>
	db.select(sumsColumns).from(itemScoreSums).where(ofVersion(itemScoreSums))
);
export const versionBuckets = preparedStep((db) =>
	db.select(bucketColumns).from(itemTotalBuckets).where(ofVersion(itemTotalBuckets))
);
export const versionChanges = preparedStep((db) =>
	db
		.select({ changes: itemStatFigures.changes })
		.from(itemStatFigures)
		.where(ofVersion(itemStatFigures))
);

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

export const storeVersion = preparedStep((db) =>
	db
		.update(itemStatFigures)
		.set(placeholders(itemStatFigures, VERSION_FIGURES))
		.where(and(ofVersion(itemStatFigures), eq(itemStatFigures.changes, sql.placeholder('changes'))))
);

export const moduleSumsColumns = {
	moduleId: moduleScoreSums.moduleId,
	maxMarks: moduleScoreSums.maxMarks,
	attempts: moduleScoreSums.attempts,
	marks: moduleScoreSums.marks,
	marksSquared: moduleScoreSums.marksSquared,
	right: moduleScoreSums.right,
	rightSquared: moduleScoreSums.rightSquared,
	questions: moduleScoreSums.questions
};

export const moduleItemColumns = {
	moduleId: moduleItemCounts.moduleId,
	itemId: moduleItemCounts.itemId,
	drawn: moduleItemCounts.drawn,
	right: moduleItemCounts.right
};

export const oneModuleSums = preparedStep((db) =>
	db.select(moduleSumsColumns).from(moduleScoreSums).where(ofModule(moduleScoreSums))
);
export const oneModuleItems = preparedStep((db) =>
	db.select(moduleItemColumns).from(moduleItemCounts).where(ofModule(moduleItemCounts))
);
export const oneModuleChanges = preparedStep((db) =>
	db
		.select({ changes: moduleStatFigures.changes })
		.from(moduleStatFigures)
		.where(ofModule(moduleStatFigures))
);

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

export const storeModule = preparedStep((db) =>
	db
		.update(moduleStatFigures)
		.set(placeholders(moduleStatFigures, MODULE_FIGURES))
		.where(
			and(ofModule(moduleStatFigures), eq(moduleStatFigures.changes, sql.placeholder('changes')))
		)
);

/** The kept figures of every module in a scope: the view reads these, one row per module. */
export const moduleFiguresOf = preparedStep((db) =>
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
