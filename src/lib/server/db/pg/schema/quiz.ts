import {
	bigint,
	boolean,
	doublePrecision,
	index,
	integer,
	json,
	pgTable,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import {
	CONFIDENCES,
	QUIZ_MODES,
	SELECTIONS,
	type Response,
	type SessionSettings
} from '$lib/server/db/schema/quiz';
import { timestampMs } from '$lib/server/db/pg/columns';
import { users } from './auth';
import { items, itemVersions } from './content';

export { CONFIDENCES, QUIZ_MODES, SELECTIONS };
export type {
	Confidence,
	QuizMode,
	Response,
	Selection,
	SessionSettings
} from '$lib/server/db/schema/quiz';

export const quizSessions = pgTable(
	'quiz_sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		mode: text('mode', { enum: QUIZ_MODES }).notNull(),
		status: text('status', { enum: ['active', 'finished'] }).notNull(),
		settings: json('settings').$type<SessionSettings>().notNull(),
		itemCount: integer('item_count').notNull(),
		secondsPerItem: integer('seconds_per_item'),
		deadlineAt: timestampMs('deadline_at'),
		startedAt: timestampMs('started_at').notNull(),
		finishedAt: timestampMs('finished_at'),
		marks: doublePrecision('marks'),
		maxMarks: integer('max_marks').notNull(),
		moduleId: text('module_id'),
		finishOrder: bigint('finish_order', { mode: 'number' }),
		retryOf: text('retry_of')
	},
	(t) => [
		index('quiz_sessions_user_idx').on(t.userId, t.startedAt),
		index('quiz_sessions_user_status_idx').on(t.userId, t.status),
		index('quiz_sessions_active_deadline_idx').on(t.status, t.deadlineAt),
		index('quiz_sessions_status_finished_idx').on(t.status, t.finishedAt),
		uniqueIndex('quiz_sessions_finish_order_idx').on(t.finishOrder),
		uniqueIndex('quiz_sessions_retry_of_idx').on(t.retryOf)
	]
);

export const quizSessionItems = pgTable(
	'quiz_session_items',
	{
		sessionId: text('session_id')
			.notNull()
			.references(() => quizSessions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		itemVersionId: bigint('item_version_id', { mode: 'number' })
			.notNull()
			.references(() => itemVersions.id),
		maxMarks: integer('max_marks').notNull(),
		shownAt: timestampMs('shown_at')
	},
	(t) => [uniqueIndex('quiz_session_items_pk').on(t.sessionId, t.position)]
);

export const answers = pgTable(
	'answers',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		sessionId: text('session_id')
			.notNull()
			.references(() => quizSessions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		itemVersionId: bigint('item_version_id', { mode: 'number' })
			.notNull()
			.references(() => itemVersions.id),
		response: json('response').$type<Response>().notNull(),
		correct: boolean('correct').notNull(),
		marks: doublePrecision('marks').notNull(),
		maxMarks: integer('max_marks').notNull(),
		confidence: text('confidence', { enum: CONFIDENCES }),
		timeTakenMs: bigint('time_taken_ms', { mode: 'number' }),
		answeredAt: timestampMs('answered_at').notNull(),
		settled: boolean('settled').notNull().default(false)
	},
	(t) => [
		uniqueIndex('answers_session_position_idx').on(t.sessionId, t.position),
		index('answers_user_item_idx').on(
			t.userId,
			t.settled,
			t.itemId,
			t.answeredAt,
			t.correct,
			t.confidence
		),
		index('answers_user_time_idx').on(t.userId, t.settled, t.answeredAt)
	]
);

export const itemFlags = pgTable(
	'item_flags',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		createdAt: timestampMs('created_at').notNull()
	},
	(t) => [uniqueIndex('item_flags_pk').on(t.userId, t.itemId)]
);

export const itemNotes = pgTable(
	'item_notes',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		note: text('note').notNull(),
		updatedAt: timestampMs('updated_at').notNull()
	},
	(t) => [uniqueIndex('item_notes_pk').on(t.userId, t.itemId)]
);

export const itemReports = pgTable(
	'item_reports',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		itemVersionId: bigint('item_version_id', { mode: 'number' })
			.notNull()
			.references(() => itemVersions.id),
		message: text('message').notNull(),
		createdAt: timestampMs('created_at').notNull(),
		status: text('status', { enum: ['open', 'resolved'] })
			.notNull()
			.default('open'),
		resolvedBy: text('resolved_by').references(() => users.id),
		resolvedAt: timestampMs('resolved_at'),
		resolution: text('resolution')
	},
	(t) => [index('item_reports_item_idx').on(t.itemId, t.status)]
);

export type QuizSession = typeof quizSessions.$inferSelect;
export type QuizSessionItem = typeof quizSessionItems.$inferSelect;
export type Answer = typeof answers.$inferSelect;

export const itemVersionTallies = pgTable('item_version_tallies', {
	itemVersionId: bigint('item_version_id', { mode: 'number' })
		.primaryKey()
		.references(() => itemVersions.id),
	answered: bigint('answered', { mode: 'number' }).notNull()
});

export const optionPicks = pgTable(
	'option_picks',
	{
		itemVersionId: bigint('item_version_id', { mode: 'number' })
			.notNull()
			.references(() => itemVersions.id),
		option: integer('option').notNull(),
		picks: bigint('picks', { mode: 'number' }).notNull()
	},
	(t) => [uniqueIndex('option_picks_pk').on(t.itemVersionId, t.option)]
);

export const stemPicks = pgTable(
	'stem_picks',
	{
		itemVersionId: bigint('item_version_id', { mode: 'number' })
			.notNull()
			.references(() => itemVersions.id),
		stemId: text('stem_id').notNull(),
		option: integer('option').notNull(),
		picks: bigint('picks', { mode: 'number' }).notNull()
	},
	(t) => [uniqueIndex('stem_picks_pk').on(t.itemVersionId, t.stemId, t.option)]
);

export const textPicks = pgTable(
	'text_picks',
	{
		itemVersionId: bigint('item_version_id', { mode: 'number' })
			.notNull()
			.references(() => itemVersions.id),
		answer: text('answer').notNull(),
		picks: bigint('picks', { mode: 'number' }).notNull()
	},
	(t) => [uniqueIndex('text_picks_pk').on(t.itemVersionId, t.answer)]
);
