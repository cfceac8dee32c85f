import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './auth';
import { itemVersions } from './content';

/** Item analysis counts each learner's first answer to each question, or every answer. */
export const COUNTINGS = ['first', 'all'] as const;
export type Counting = (typeof COUNTINGS)[number];

/**
 * Learners whose item-analysis totals are kept: everyone (`key` '*') or one cohort's members
 * (`key` the cohort id). A scope's totals are whole once its row is here; `definition` names the
 * way they were counted, so totals counted another way are counted again.
 */
export const itemStatScopes = sqliteTable('item_stat_scopes', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	key: text('key').notNull().unique(),
	definition: integer('definition').notNull(),
	builtAt: integer('built_at', { mode: 'timestamp_ms' }).notNull()
});

/** The learners a cohort scope's totals hold: its members when last brought up to date. */
export const itemStatMembers = sqliteTable(
	'item_stat_members',
	{
		scopeId: integer('scope_id')
			.notNull()
			.references(() => itemStatScopes.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [
		uniqueIndex('item_stat_members_pk').on(t.scopeId, t.userId),
		index('item_stat_members_user_idx').on(t.userId)
	]
);

const scopeColumns = {
	scopeId: integer('scope_id')
		.notNull()
		.references(() => itemStatScopes.id, { onDelete: 'cascade' }),
	counting: text('counting', { enum: COUNTINGS }).notNull()
};

/**
 * Sums over an item version's counted answers, by the marks the rest of their session offered
 * (`rest_max`, the session's marks possible less the item's): the answers, the item's marks m and
 * m², the rest of the session's marks r and r², and m·r. Every one a whole number, so they add up
 * to the same in any order and the point-biserial comes out exact.
 */
export const itemScoreSums = sqliteTable(
	'item_score_sums',
	{
		...scopeColumns,
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		restMax: integer('rest_max').notNull(),
		answers: integer('answers').notNull(),
		marks: integer('marks').notNull(),
		marksSquared: integer('marks_squared').notNull(),
		rest: integer('rest').notNull(),
		restSquared: integer('rest_squared').notNull(),
		marksRest: integer('marks_rest').notNull()
	},
	(t) => [uniqueIndex('item_score_sums_pk').on(t.scopeId, t.counting, t.itemVersionId, t.restMax)]
);

/**
 * An item version's counted answers by the score of their whole session (marks over marks
 * possible, equal fractions alike): how many, and the item's marks among them. The upper and
 * lower 27% of answers, ties shared, are read from these.
 */
export const itemTotalBuckets = sqliteTable(
	'item_total_buckets',
	{
		...scopeColumns,
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		total: real('total').notNull(),
		answers: integer('answers').notNull(),
		marks: integer('marks').notNull()
	},
	(t) => [uniqueIndex('item_total_buckets_pk').on(t.scopeId, t.counting, t.itemVersionId, t.total)]
);

/**
 * Times each option of an item version was chosen in the counted answers: `stem_id` '' for a
 * choice item, else the scenario of an extended-matching item the option was matched to.
 */
export const itemOptionCounts = sqliteTable(
	'item_option_counts',
	{
		...scopeColumns,
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		stemId: text('stem_id').notNull(),
		option: integer('option').notNull(),
		picks: integer('picks').notNull()
	},
	(t) => [
		uniqueIndex('item_option_counts_pk').on(
			t.scopeId,
			t.counting,
			t.itemVersionId,
			t.stemId,
			t.option
		)
	]
);

/**
 * Sums over a module's counted attempts with the same marks possible: attempts, marks and marks²,
 * questions right (all or nothing) and right², and questions drawn.
 */
export const moduleScoreSums = sqliteTable(
	'module_score_sums',
	{
		...scopeColumns,
		moduleId: text('module_id').notNull(),
		maxMarks: integer('max_marks').notNull(),
		attempts: integer('attempts').notNull(),
		marks: integer('marks').notNull(),
		marksSquared: integer('marks_squared').notNull(),
		right: integer('right').notNull(),
		rightSquared: integer('right_squared').notNull(),
		questions: integer('questions').notNull()
	},
	(t) => [uniqueIndex('module_score_sums_pk').on(t.scopeId, t.counting, t.moduleId, t.maxMarks)]
);

/** Per module and question: how many counted attempts drew it, and how many got it right. */
export const moduleItemCounts = sqliteTable(
	'module_item_counts',
	{
		...scopeColumns,
		moduleId: text('module_id').notNull(),
		itemId: text('item_id').notNull(),
		drawn: integer('drawn').notNull(),
		right: integer('right').notNull()
	},
	(t) => [uniqueIndex('module_item_counts_pk').on(t.scopeId, t.counting, t.moduleId, t.itemId)]
);

/**
 * Figures derived from a module's totals, kept so that a view reads one row per module rather
 * than a row per question drawn: attempts, questions per attempt, mean and SD in percent and in
 * marks, KR-20 and the SEM. `changes` and `figured` work as for `item_stat_figures`.
 */
export const moduleStatFigures = sqliteTable(
	'module_stat_figures',
	{
		...scopeColumns,
		moduleId: text('module_id').notNull(),
		changes: integer('changes').notNull(),
		figured: integer('figured'),
		attempts: integer('attempts').notNull().default(0),
		questions: real('questions'),
		meanPercent: real('mean_percent'),
		sdPercent: real('sd_percent'),
		meanMarks: real('mean_marks'),
		sdMarks: real('sd_marks'),
		kr20: real('kr20'),
		semMarks: real('sem_marks'),
		semPercent: real('sem_percent')
	},
	(t) => [uniqueIndex('module_stat_figures_pk').on(t.scopeId, t.counting, t.moduleId)]
);

/**
 * Figures derived from an item version's totals, kept so that a view reads one row per version:
 * its answers and marks, the point-biserial, and where the upper and lower 27% groups end (the
 * marks of the whole buckets inside, and the bucket each group ends in). `changes` counts the
 * writes to the version's totals; the figures are of the totals after `figured` of them, and are
 * worked out again when the two differ.
 */
export const itemStatFigures = sqliteTable(
	'item_stat_figures',
	{
		...scopeColumns,
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		changes: integer('changes').notNull(),
		figured: integer('figured'),
		answers: integer('answers').notNull().default(0),
		marks: integer('marks').notNull().default(0),
		pointBiserial: real('point_biserial'),
		groupSize: integer('group_size').notNull().default(0),
		upperFull: integer('upper_full').notNull().default(0),
		upperEdgeMarks: integer('upper_edge_marks').notNull().default(0),
		upperEdgePlaces: integer('upper_edge_places').notNull().default(0),
		upperEdgeAnswers: integer('upper_edge_answers').notNull().default(0),
		lowerFull: integer('lower_full').notNull().default(0),
		lowerEdgeMarks: integer('lower_edge_marks').notNull().default(0),
		lowerEdgePlaces: integer('lower_edge_places').notNull().default(0),
		lowerEdgeAnswers: integer('lower_edge_answers').notNull().default(0)
	},
	(t) => [uniqueIndex('item_stat_figures_pk').on(t.scopeId, t.counting, t.itemVersionId)]
);
