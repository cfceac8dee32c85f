import {
	bigint,
	doublePrecision,
	index,
	integer,
	pgTable,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { COUNTINGS } from '$lib/server/db/schema/analytics';
import { timestampMs } from '$lib/server/db/pg/columns';
import { users } from './auth';
import { itemVersions } from './content';

export { COUNTINGS, type Counting } from '$lib/server/db/schema/analytics';

/** Sums of squares and products over millions of answers pass 2^31, so every sum is 64-bit. */
const sum = (name: string) => bigint(name, { mode: 'number' });

export const itemStatScopes = pgTable('item_stat_scopes', {
	id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
	key: text('key').notNull().unique(),
	definition: integer('definition').notNull(),
	builtAt: timestampMs('built_at').notNull()
});

export const itemStatMembers = pgTable(
	'item_stat_members',
	{
		scopeId: bigint('scope_id', { mode: 'number' })
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

const scopeColumns = () => ({
	scopeId: bigint('scope_id', { mode: 'number' })
		.notNull()
		.references(() => itemStatScopes.id, { onDelete: 'cascade' }),
	counting: text('counting', { enum: COUNTINGS }).notNull()
});

const itemVersionColumn = () =>
	bigint('item_version_id', { mode: 'number' })
		.notNull()
		.references(() => itemVersions.id);

export const itemScoreSums = pgTable(
	'item_score_sums',
	{
		...scopeColumns(),
		itemVersionId: itemVersionColumn(),
		restMax: integer('rest_max').notNull(),
		answers: sum('answers').notNull(),
		marks: sum('marks').notNull(),
		marksSquared: sum('marks_squared').notNull(),
		rest: sum('rest').notNull(),
		restSquared: sum('rest_squared').notNull(),
		marksRest: sum('marks_rest').notNull()
	},
	(t) => [uniqueIndex('item_score_sums_pk').on(t.scopeId, t.counting, t.itemVersionId, t.restMax)]
);

export const itemTotalBuckets = pgTable(
	'item_total_buckets',
	{
		...scopeColumns(),
		itemVersionId: itemVersionColumn(),
		total: doublePrecision('total').notNull(),
		answers: sum('answers').notNull(),
		marks: sum('marks').notNull()
	},
	(t) => [uniqueIndex('item_total_buckets_pk').on(t.scopeId, t.counting, t.itemVersionId, t.total)]
);

export const itemOptionCounts = pgTable(
	'item_option_counts',
	{
		...scopeColumns(),
		itemVersionId: itemVersionColumn(),
		stemId: text('stem_id').notNull(),
		option: integer('option').notNull(),
		picks: sum('picks').notNull()
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

export const moduleScoreSums = pgTable(
	'module_score_sums',
	{
		...scopeColumns(),
		moduleId: text('module_id').notNull(),
		maxMarks: integer('max_marks').notNull(),
		attempts: sum('attempts').notNull(),
		marks: sum('marks').notNull(),
		marksSquared: sum('marks_squared').notNull(),
		right: sum('right').notNull(),
		rightSquared: sum('right_squared').notNull(),
		questions: sum('questions').notNull()
	},
	(t) => [uniqueIndex('module_score_sums_pk').on(t.scopeId, t.counting, t.moduleId, t.maxMarks)]
);

export const moduleItemCounts = pgTable(
	'module_item_counts',
	{
		...scopeColumns(),
		moduleId: text('module_id').notNull(),
		itemId: text('item_id').notNull(),
		drawn: sum('drawn').notNull(),
		right: sum('right').notNull()
	},
	(t) => [uniqueIndex('module_item_counts_pk').on(t.scopeId, t.counting, t.moduleId, t.itemId)]
);

export const moduleStatFigures = pgTable(
	'module_stat_figures',
	{
		...scopeColumns(),
		moduleId: text('module_id').notNull(),
		changes: sum('changes').notNull(),
		figured: sum('figured'),
		attempts: sum('attempts').notNull().default(0),
		questions: doublePrecision('questions'),
		meanPercent: doublePrecision('mean_percent'),
		sdPercent: doublePrecision('sd_percent'),
		meanMarks: doublePrecision('mean_marks'),
		sdMarks: doublePrecision('sd_marks'),
		kr20: doublePrecision('kr20'),
		semMarks: doublePrecision('sem_marks'),
		semPercent: doublePrecision('sem_percent')
	},
	(t) => [uniqueIndex('module_stat_figures_pk').on(t.scopeId, t.counting, t.moduleId)]
);

export const itemStatFigures = pgTable(
	'item_stat_figures',
	{
		...scopeColumns(),
		itemVersionId: itemVersionColumn(),
		changes: sum('changes').notNull(),
		figured: sum('figured'),
		answers: sum('answers').notNull().default(0),
		marks: sum('marks').notNull().default(0),
		pointBiserial: doublePrecision('point_biserial'),
		groupSize: sum('group_size').notNull().default(0),
		upperFull: sum('upper_full').notNull().default(0),
		upperEdgeMarks: sum('upper_edge_marks').notNull().default(0),
		upperEdgePlaces: sum('upper_edge_places').notNull().default(0),
		upperEdgeAnswers: sum('upper_edge_answers').notNull().default(0),
		lowerFull: sum('lower_full').notNull().default(0),
		lowerEdgeMarks: sum('lower_edge_marks').notNull().default(0),
		lowerEdgePlaces: sum('lower_edge_places').notNull().default(0),
		lowerEdgeAnswers: sum('lower_edge_answers').notNull().default(0)
	},
	(t) => [uniqueIndex('item_stat_figures_pk').on(t.scopeId, t.counting, t.itemVersionId)]
);
