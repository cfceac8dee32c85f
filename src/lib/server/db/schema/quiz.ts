import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './auth';
import { items, itemVersions } from './content';
import { CONFIDENCES, QUIZ_MODES, type Response, type SessionSettings } from '$lib/quiz';

export {
	CONFIDENCES,
	QUIZ_MODES,
	SELECTIONS,
	type Confidence,
	type QuizMode,
	type Response,
	type Selection,
	type SessionSettings
} from '$lib/quiz';

export const quizSessions = sqliteTable(
	'quiz_sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		mode: text('mode', { enum: QUIZ_MODES }).notNull(),
		status: text('status', { enum: ['active', 'finished'] }).notNull(),
		settings: text('settings', { mode: 'json' }).$type<SessionSettings>().notNull(),
		itemCount: integer('item_count').notNull(),
		/** Timed tests: the limit chosen and the deadline fixed when the test started. */
		secondsPerItem: integer('seconds_per_item'),
		deadlineAt: integer('deadline_at', { mode: 'timestamp_ms' }),
		startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
		finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
		/** Marks: one per choice or short-answer item, one per stem of an extended-matching item. */
		marks: real('marks'),
		maxMarks: integer('max_marks').notNull(),
		/** Set when the session is an attempt at an assigned training module. */
		moduleId: text('module_id'),
		/** 1 for the first session ever finished, 2 for the next: statistics take in results by it. */
		finishOrder: integer('finish_order'),
		/** The finished session whose wrong answers this one practises; at most one session each. */
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

export const quizSessionItems = sqliteTable(
	'quiz_session_items',
	{
		sessionId: text('session_id')
			.notNull()
			.references(() => quizSessions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		maxMarks: integer('max_marks').notNull(),
		/** When the learner first saw the item, for the time taken to answer it. */
		shownAt: integer('shown_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('quiz_session_items_pk').on(t.sessionId, t.position)]
);

/** One row per item of a session: the first answer in tutor mode, the latest saved in a timed test. */
export const answers = sqliteTable(
	'answers',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
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
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		response: text('response', { mode: 'json' }).$type<Response>().notNull(),
		correct: integer('correct', { mode: 'boolean' }).notNull(),
		marks: real('marks').notNull(),
		maxMarks: integer('max_marks').notNull(),
		confidence: text('confidence', { enum: CONFIDENCES }),
		timeTakenMs: integer('time_taken_ms'),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull(),
		/**
		 * Whether the answer counts: a tutor answer as soon as it is given, a timed one once its test
		 * is marked. Until then nothing about it (progress, practice choices, peers) may show.
		 */
		settled: integer('settled', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [
		uniqueIndex('answers_session_position_idx').on(t.sessionId, t.position),
		// Covers each learner's latest settled answer per item (progress, practice selection) without table reads.
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

export const itemFlags = sqliteTable(
	'item_flags',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('item_flags_pk').on(t.userId, t.itemId)]
);

export const itemNotes = sqliteTable(
	'item_notes',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		note: text('note').notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('item_notes_pk').on(t.userId, t.itemId)]
);

export const itemReports = sqliteTable(
	'item_reports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => items.id),
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		message: text('message').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		status: text('status', { enum: ['open', 'resolved'] })
			.notNull()
			.default('open'),
		resolvedBy: text('resolved_by').references(() => users.id),
		resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
		resolution: text('resolution')
	},
	(t) => [index('item_reports_item_idx').on(t.itemId, t.status)]
);

export type QuizSession = typeof quizSessions.$inferSelect;
export type QuizSessionItem = typeof quizSessionItems.$inferSelect;
export type Answer = typeof answers.$inferSelect;

/**
 * How many final answers each item version has had: tutor answers as given, timed answers once
 * their test is finalised. Kept up to date as answers settle, so feedback need not scan answers.
 */
export const itemVersionTallies = sqliteTable('item_version_tallies', {
	itemVersionId: integer('item_version_id')
		.primaryKey()
		.references(() => itemVersions.id),
	answered: integer('answered').notNull()
});

/** How often each option of an item version was chosen, in the answers its tally counts. */
export const optionPicks = sqliteTable(
	'option_picks',
	{
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		option: integer('option').notNull(),
		picks: integer('picks').notNull()
	},
	(t) => [uniqueIndex('option_picks_pk').on(t.itemVersionId, t.option)]
);

/**
 * For extended-matching item versions, how often each option was matched to each scenario (stem),
 * with `option` -1 for a scenario left blank: a scenario's rows add up to the answers counted.
 */
export const stemPicks = sqliteTable(
	'stem_picks',
	{
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		stemId: text('stem_id').notNull(),
		option: integer('option').notNull(),
		picks: integer('picks').notNull()
	},
	(t) => [uniqueIndex('stem_picks_pk').on(t.itemVersionId, t.stemId, t.option)]
);

/**
 * For short-answer item versions, how often each answer was typed, in the form answers are
 * compared in (so `3 cm` and `three centimetres` count as one), in the answers its tally counts.
 */
export const textPicks = sqliteTable(
	'text_picks',
	{
		itemVersionId: integer('item_version_id')
			.notNull()
			.references(() => itemVersions.id),
		answer: text('answer').notNull(),
		picks: integer('picks').notNull()
	},
	(t) => [uniqueIndex('text_picks_pk').on(t.itemVersionId, t.answer)]
);
