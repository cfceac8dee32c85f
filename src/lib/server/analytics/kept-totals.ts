import { and, eq, getTableColumns, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DB, Queries } from '../db';
import { placeholders, preparedFor, preparedStep } from '../db/prepared';
import { run, runSync, type Step } from '../db/steps';
import {
	answers as answerTable,
	COUNTINGS,
	itemOptionCounts,
	itemScoreSums,
	itemStatFigures,
	itemStatMembers,
	itemStatScopes,
	itemTotalBuckets,
	moduleItemCounts,
	moduleScoreSums,
	quizSessionItems,
	quizSessions,
	type Counting,
	type Response
} from '../db/tables';
import {
	attemptOf,
	countModuleAttempts,
	moduleAttemptRows,
	type ModuleAttemptRow
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

/**
 * Answers in finished sessions of two items or more (a lone item has no rest of the session to
 * correlate with), each learner's to each item in the order given, the earlier first.
 */
function answerRows(where: string): string {
	return `
		select a.id, a.item_version_id as itemVersionId, a.item_id as itemId, a.user_id as userId,
			a.answered_at as answeredAt, a.marks, a.max_marks as maxMarks, a.response,
			s.marks as sessionMarks, s.max_marks as sessionMaxMarks
		from answers a
		join quiz_sessions s on s.id = a.session_id
		where s.max_marks > a.max_marks and ${where}
		order by a.user_id, a.item_id, a.answered_at, a.id`;
}

const OF_LEARNERS = `s.user_id in (${new Array(LEARNERS_PER_STEP).fill('?').join(', ')}) and s.finish_order <= ?`;

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
export function lastFinishOrder(db: DB): number {
	const row = db.$client.prepare('select max(finish_order) as last from quiz_sessions').get() as {
		last: number | null;
	};
	return row.last ?? 0;
}

/** Every user, or a cohort's members. */
function learnerIds(db: DB, cohortId: string | null): string[] {
	const rows = cohortId
		? db.$client
				.prepare('select user_id as id from cohort_members where cohort_id = ?')
				.all(cohortId)
		: db.$client.prepare('select id from users').all();
	return (rows as { id: string }[]).map((r) => r.id);
}

/**
 * Counts the sessions of learners finished up to a finish order, a few learners at a time,
 * yielding between steps.
 */
export function* countLearners(
	db: DB,
	learners: string[],
	upTo: number,
	into: CountedTotals
): Generator<void, void, void> {
	const answers = db.$client.prepare(answerRows(OF_LEARNERS));
	const attempts = db.$client.prepare(moduleAttemptRows(OF_LEARNERS));
	for (let i = 0; i < learners.length; i += LEARNERS_PER_STEP) {
		if (i) yield;
		const step = learners.slice(i, i + LEARNERS_PER_STEP);
		const ids = [...step, ...new Array<null>(LEARNERS_PER_STEP - step.length).fill(null)];
		countAnswers(into, answers.iterate(...ids, upTo) as IterableIterator<AnswerRow>);
		const rows = attempts.all(...ids, upTo) as ModuleAttemptRow[];
		countModuleAttempts({ modules: into.all.modules, firstAttempts: null }, rows);
		countModuleAttempts({ modules: into.first.modules, firstAttempts: new Set() }, rows);
	}
}

/** Counts every finished session of every learner, or of a cohort's members, from the answers. */
export function recountTotals(db: DB, cohortId: string | null): CountedTotals {
	const into = emptyCounted();
	for (const step of countLearners(db, learnerIds(db, cohortId), lastFinishOrder(db), into))
		void step;
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

const SESSION = `
	select id, user_id as userId, module_id as moduleId, started_at as startedAt,
		finish_order as finishOrder, marks, max_marks as maxMarks
	from quiz_sessions`;

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

/** A session's answers that have a rest of the session to correlate with, in the order given. */
const answersOfSession = preparedStep((db) =>
	db
		.select(answerColumns)
		.from(answerTable)
		.where(
			and(
				eq(answerTable.sessionId, sql.placeholder('sessionId')),
				lt(answerTable.maxMarks, sql.placeholder('maxMarks'))
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
				gt(quizSessions.maxMarks, answerTable.maxMarks)
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

const asAnswerRow = <T extends { answeredAt: Date }>(row: T) => ({
	...row,
	answeredAt: row.answeredAt.getTime()
});

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

/** `sessionChangeStep`, synchronously on SQLite. */
function sessionChange(db: DB, session: SessionRow): CountedTotals {
	return runSync(sessionChangeStep(db, db, session));
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

/** `countFinishedSessionStep`, synchronously on SQLite. */
export function countFinishedSession(db: DB, sessionId: string): void {
	runSync(countFinishedSessionStep(db, db, sessionId));
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
			for (const s of version.byRest.values()) {
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
			for (const b of version.byTotal.values()) {
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
			for (const s of module.byMaxMarks.values()) {
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

/** `writeTotalsStep`, synchronously on SQLite. */
function writeTotals(db: DB, scopeId: number, totals: CountedTotals): void {
	runSync(writeTotalsStep(db, db, scopeId, totals));
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
	for (const sums of version.byRest.values()) marks += sums.marks;
	return {
		answers: answersCounted(version),
		marks,
		pointBiserial: pointBiserialFromSums([...version.byRest.values()]),
		upperLower: upperLowerParts(version.byTotal.values())
	};
}

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

const FIGURES = `
	select item_version_id as versionId, changes, figured, answers, marks,
		point_biserial as pointBiserial, group_size as groupSize, upper_full as upperFull,
		upper_edge_marks as upperEdgeMarks, upper_edge_places as upperEdgePlaces,
		upper_edge_answers as upperEdgeAnswers, lower_full as lowerFull,
		lower_edge_marks as lowerEdgeMarks, lower_edge_places as lowerEdgePlaces,
		lower_edge_answers as lowerEdgeAnswers
	from item_stat_figures
	where scope_id = ? and counting = ?`;

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

/** One version's totals, read by index: its sums and its buckets. */
function readVersion(
	db: DB,
	scopeId: number,
	counting: Counting,
	versionId: number
): VersionTotals {
	const where = 'where scope_id = ? and counting = ? and item_version_id = ?';
	const sums = db.$client
		.prepare(
			`select rest_max as restMax, answers, marks, marks_squared as marksSquared, rest,
				rest_squared as restSquared, marks_rest as marksRest
			from item_score_sums ${where}`
		)
		.all(scopeId, counting, versionId) as RestSums[];
	const buckets = db.$client
		.prepare(`select total, answers, marks from item_total_buckets ${where}`)
		.all(scopeId, counting, versionId) as TotalBucket[];
	return {
		byRest: new Map(sums.map((s) => [s.restMax, s])),
		byTotal: new Map(buckets.map((b) => [b.total, b])),
		picks: new Map()
	};
}

/**
 * Every item version's figures in a scope, by version id, read from `item_stat_figures`. Those
 * whose totals changed since they were worked out are worked out again from that version's
 * totals alone, and kept unless the totals changed again meanwhile.
 */
export function keptFigures(
	db: DB,
	scopeId: number,
	counting: Counting
): Map<number, VersionFigures> {
	const sqlite = db.$client;
	const figures = new Map<number, VersionFigures>();
	const worked: { versionId: number; changes: number; figures: VersionFigures }[] = [];
	// One read transaction: the totals read are those the change counts describe.
	sqlite.transaction(() => {
		for (const row of sqlite.prepare(FIGURES).all(scopeId, counting) as FiguresRow[]) {
			if (row.figured === row.changes) {
				if (row.answers > 0) figures.set(row.versionId, fromRow(row));
				continue;
			}
			const version = versionFigures(readVersion(db, scopeId, counting, row.versionId));
			worked.push({ versionId: row.versionId, changes: row.changes, figures: version });
			if (version.answers > 0) figures.set(row.versionId, version);
		}
	})();
	if (worked.length)
		sqlite.transaction(() => {
			for (const w of worked)
				storeFigures(db, scopeId, counting, w.versionId, w.changes, w.figures);
		})();
	return figures;
}

function storeFigures(
	db: DB,
	scopeId: number,
	counting: Counting,
	versionId: number,
	changes: number,
	f: VersionFigures
): void {
	const { upper, lower } = f.upperLower;
	db.$client
		.prepare(
			`update item_stat_figures set figured = changes, answers = ?, marks = ?, point_biserial = ?,
				group_size = ?, upper_full = ?, upper_edge_marks = ?, upper_edge_places = ?,
				upper_edge_answers = ?, lower_full = ?, lower_edge_marks = ?, lower_edge_places = ?,
				lower_edge_answers = ?
			where scope_id = ? and counting = ? and item_version_id = ? and changes = ?`
		)
		.run(
			f.answers,
			f.marks,
			f.pointBiserial,
			f.upperLower.size,
			upper.full,
			upper.edgeMarks,
			upper.edgePlaces,
			upper.edgeAnswers,
			lower.full,
			lower.edgeMarks,
			lower.edgePlaces,
			lower.edgeAnswers,
			scopeId,
			counting,
			versionId,
			changes
		);
}

/** Option counts of every item version in a scope: all a view needs of the totals besides figures. */
export function keptPicks(db: DB, scopeId: number, counting: Counting): Totals {
	return readTotals(db, scopeId, counting, { sums: false, buckets: false });
}

/**
 * A scope's kept totals for first or all attempts, as counted from the answers; without `sums`
 * or `buckets`, those are left out (a view reads them as `keptFigures`).
 */
export function readTotals(
	db: DB,
	scopeId: number,
	counting: Counting,
	{ sums = true, buckets = true } = {}
): Totals {
	const totals = emptyTotals();
	const sqlite = db.$client;
	const versionOf = (id: number): VersionTotals => {
		let version = totals.versions.get(id);
		if (!version) {
			version = { byRest: new Map(), byTotal: new Map(), picks: new Map() };
			totals.versions.set(id, version);
		}
		return version;
	};
	const where = 'where scope_id = ? and counting = ?';
	const restSums = sums
		? (sqlite
				.prepare(
					`select item_version_id as versionId, rest_max as restMax, answers, marks,
						marks_squared as marksSquared, rest, rest_squared as restSquared,
						marks_rest as marksRest
					from item_score_sums ${where}`
				)
				.all(scopeId, counting) as (RestSums & { versionId: number })[])
		: [];
	for (const { versionId, ...group } of restSums)
		versionOf(versionId).byRest.set(group.restMax, group);
	const byTotal = buckets
		? (sqlite
				.prepare(
					`select item_version_id as versionId, total, answers, marks
					from item_total_buckets ${where}`
				)
				.all(scopeId, counting) as (TotalBucket & { versionId: number })[])
		: [];
	for (const { versionId, ...bucket } of byTotal)
		versionOf(versionId).byTotal.set(bucket.total, bucket);
	for (const p of sqlite
		.prepare(
			`select item_version_id as versionId, stem_id as list, option, picks
			from item_option_counts ${where}`
		)
		.iterate(scopeId, counting) as IterableIterator<{
		versionId: number;
		list: string;
		option: number;
		picks: number;
	}>) {
		const version = versionOf(p.versionId);
		const counts = version.picks.get(p.list) ?? [];
		counts[p.option] = p.picks;
		version.picks.set(p.list, counts);
	}
	const moduleOf = (id: string) => {
		let module = totals.modules.get(id);
		if (!module) {
			module = { byMaxMarks: new Map(), items: new Map() };
			totals.modules.set(id, module);
		}
		return module;
	};
	for (const m of sqlite
		.prepare(
			`select module_id as moduleId, max_marks as maxMarks, attempts, marks,
				marks_squared as marksSquared, right, right_squared as rightSquared, questions
			from module_score_sums ${where}`
		)
		.all(scopeId, counting) as (AttemptSums & { moduleId: string })[]) {
		const { moduleId, ...sums } = m;
		moduleOf(moduleId).byMaxMarks.set(sums.maxMarks, sums);
	}
	for (const i of sqlite
		.prepare(
			`select module_id as moduleId, item_id as itemId, drawn, right
			from module_item_counts ${where}`
		)
		.all(scopeId, counting) as { moduleId: string; itemId: string; drawn: number; right: number }[])
		moduleOf(i.moduleId).items.set(i.itemId, { drawn: i.drawn, right: i.right });
	return totals;
}

interface ScopeRow {
	id: number;
	definition: number;
}

const scopeRow = (db: DB, key: string) =>
	db.$client.prepare('select id, definition from item_stat_scopes where key = ?').get(key) as
		ScopeRow | undefined;

/** Counts being made, by database handle and scope key, so that one view waits for another's. */
const counting = preparedFor(() => new Map<string, Promise<number>>());

/**
 * Counts a scope's totals from the answers, a few learners per step, then in one transaction
 * replaces what was kept with them and takes in the sessions that finished meanwhile.
 */
async function countScope(db: DB, cohortId: string | null): Promise<number> {
	const key = cohortId ?? ALL_LEARNERS;
	const upTo = lastFinishOrder(db);
	const learners = learnerIds(db, cohortId);
	const totals = emptyCounted();
	for (const step of countLearners(db, learners, upTo, totals)) {
		void step;
		await new Promise((resolve) => setImmediate(resolve));
	}
	return db.$client
		.transaction(() => {
			const sqlite = db.$client;
			sqlite.prepare('delete from item_stat_scopes where key = ?').run(key);
			const { id } = sqlite
				.prepare(
					'insert into item_stat_scopes (key, definition, built_at) values (?, ?, ?) returning id'
				)
				.get(key, TOTALS_DEFINITION, Date.now()) as { id: number };
			writeTotals(db, id, totals);
			if (cohortId) {
				const member = sqlite.prepare(
					'insert into item_stat_members (scope_id, user_id) values (?, ?)'
				);
				for (const userId of learners) member.run(id, userId);
			}
			const counted = cohortId ? new Set(learners) : null;
			const since = sqlite
				.prepare(`${SESSION} where finish_order > ? order by finish_order`)
				.all(upTo) as SessionRow[];
			for (const session of since)
				if (!counted || counted.has(session.userId))
					writeTotals(db, id, sessionChange(db, session));
			// Figures worked out now, so that no first view waits for them: from the totals in hand,
			// unless sessions that finished meanwhile changed them.
			for (const counting of COUNTINGS)
				for (const row of sqlite.prepare(FIGURES).all(id, counting) as FiguresRow[]) {
					const version = since.length
						? readVersion(db, id, counting, row.versionId)
						: totals[counting].versions.get(row.versionId);
					if (version)
						storeFigures(db, id, counting, row.versionId, row.changes, versionFigures(version));
				}
			return id;
		})
		.immediate();
}

/**
 * Brings a cohort's kept totals up to its members: adds the part of each learner who joined and
 * takes away the part of each who left. Returns false when too many changed to do at once.
 */
function followMembers(db: DB, scopeId: number, cohortId: string): boolean {
	return db.$client
		.transaction(() => {
			const sqlite = db.$client;
			const members = new Set(learnerIds(db, cohortId));
			const counted = new Set(
				(
					sqlite
						.prepare('select user_id as id from item_stat_members where scope_id = ?')
						.all(scopeId) as { id: string }[]
				).map((r) => r.id)
			);
			const joined = [...members].filter((id) => !counted.has(id));
			const left = [...counted].filter((id) => !members.has(id));
			if (!joined.length && !left.length) return true;
			if (joined.length + left.length > LEARNERS_PER_STEP) return false;
			const upTo = lastFinishOrder(db);
			for (const [learners, sign] of [
				[joined, 1],
				[left, -1]
			] as const) {
				if (!learners.length) continue;
				const part = emptyCounted();
				for (const step of countLearners(db, learners, upTo, part)) void step;
				writeTotals(db, scopeId, sign > 0 ? part : negated(part));
			}
			const add = sqlite.prepare('insert into item_stat_members (scope_id, user_id) values (?, ?)');
			const remove = sqlite.prepare(
				'delete from item_stat_members where scope_id = ? and user_id = ?'
			);
			for (const id of joined) add.run(scopeId, id);
			for (const id of left) remove.run(scopeId, id);
			return true;
		})
		.immediate();
}

function negated(totals: CountedTotals): CountedTotals {
	for (const counting of COUNTINGS) {
		for (const version of totals[counting].versions.values()) {
			for (const s of version.byRest.values())
				for (const k of [
					'answers',
					'marks',
					'marksSquared',
					'rest',
					'restSquared',
					'marksRest'
				] as const)
					s[k] = -s[k];
			for (const b of version.byTotal.values()) {
				b.answers = -b.answers;
				b.marks = -b.marks;
			}
			for (const counts of version.picks.values()) counts.forEach((c, i) => (counts[i] = -c));
		}
		for (const module of totals[counting].modules.values()) {
			for (const s of module.byMaxMarks.values())
				for (const k of [
					'attempts',
					'marks',
					'marksSquared',
					'right',
					'rightSquared',
					'questions'
				] as const)
					s[k] = -s[k];
			for (const item of module.items.values()) {
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
	const row = scopeRow(db, key);
	if (row?.definition === TOTALS_DEFINITION && (!cohortId || followMembers(db, row.id, cohortId)))
		return row.id;
	const count = countScope(db, cohortId).finally(() => counting(db).delete(key));
	counting(db).set(key, count);
	return count;
}

/**
 * Counts the totals of all learners and of every cohort that has none yet (or has them counted
 * another way): run as the server starts, so that no view waits for a first count.
 */
export async function keepAllTotals(db: DB): Promise<void> {
	await keptScope(db, null);
	const cohorts = db.$client.prepare('select id from cohorts order by created_at, id').all() as {
		id: string;
	}[];
	for (const { id } of cohorts) await keptScope(db, id);
}
