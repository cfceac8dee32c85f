import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './auth';
import { quizSessions, type SessionSettings } from './quiz';

export type ModuleAudience = SessionSettings['audience'];
export type ModuleDifficulty = SessionSettings['difficulty'];

export const cohorts = sqliteTable('cohorts', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	description: text('description').notNull().default(''),
	/** Shared with learners to join; unique across the platform. */
	joinCode: text('join_code').notNull().unique(),
	joiningOpen: integer('joining_open', { mode: 'boolean' }).notNull().default(true),
	ownerId: text('owner_id')
		.notNull()
		.references(() => users.id),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/** Educators who share a cohort with its owner. */
export const cohortEducators = sqliteTable(
	'cohort_educators',
	{
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [
		uniqueIndex('cohort_educators_pk').on(t.cohortId, t.userId),
		index('cohort_educators_user_idx').on(t.userId)
	]
);

/**
 * An invitation to co-run a cohort, addressed to an email rather than an account: the owner learns
 * nothing about the address until its holder, signed in as an educator, accepts.
 */
export const cohortInvitations = sqliteTable(
	'cohort_invitations',
	{
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		/** Normalised as account emails are. */
		email: text('email').notNull(),
		invitedBy: text('invited_by')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		invitedAt: integer('invited_at', { mode: 'timestamp_ms' }).notNull(),
		/**
		 * Set when the invitee turns it down: it leaves their list but stays on the owner's as
		 * waiting, so a decline tells the owner no more than silence would.
		 */
		declinedAt: integer('declined_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		uniqueIndex('cohort_invitations_pk').on(t.cohortId, t.email),
		index('cohort_invitations_email_idx').on(t.email)
	]
);

export const cohortMembers = sqliteTable(
	'cohort_members',
	{
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		uniqueIndex('cohort_members_pk').on(t.cohortId, t.userId),
		index('cohort_members_user_idx').on(t.userId)
	]
);

/** A training module assigned to a cohort: taken as a timed test with a pass mark. */
export const trainingModules = sqliteTable(
	'training_modules',
	{
		id: text('id').primaryKey(),
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		bankIds: text('bank_ids', { mode: 'json' }).$type<string[]>().notNull(),
		itemCount: integer('item_count').notNull(),
		secondsPerItem: integer('seconds_per_item').notNull(),
		/** Percentage of marks needed to pass. */
		passMark: integer('pass_mark').notNull(),
		/** A fixed due date for everyone; null when the module is due some days after joining. */
		dueAt: integer('fixed_due_at', { mode: 'timestamp_ms' }),
		/** Days after a learner joins the cohort that the module falls due; null with a fixed date. */
		dueDays: integer('due_days'),
		/** Which questions an attempt draws from its banks: by audience and by stated difficulty. */
		audience: text('audience').$type<ModuleAudience>().notNull().default('any'),
		difficulty: text('difficulty').$type<ModuleDifficulty>().notNull().default('any'),
		/** Attempts a learner may make; null for no limit. */
		attemptsAllowed: integer('attempts_allowed'),
		/** A pass lapses after this many days (yearly mandatory training); null never. */
		renewalDays: integer('renewal_days'),
		createdBy: text('created_by')
			.notNull()
			.references(() => users.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('training_modules_cohort_idx').on(t.cohortId)]
);

/** The outcome of each finished attempt at a module. */
export const moduleResults = sqliteTable(
	'module_results',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		moduleId: text('module_id')
			.notNull()
			.references(() => trainingModules.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		sessionId: text('session_id')
			.notNull()
			.unique()
			.references(() => quizSessions.id, { onDelete: 'cascade' }),
		scorePercent: real('score_percent').notNull(),
		passed: integer('passed', { mode: 'boolean' }).notNull(),
		completedAt: integer('completed_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('module_results_module_user_idx').on(t.moduleId, t.userId, t.completedAt),
		index('module_results_user_idx').on(t.userId)
	]
);

/** Issued for a pass; the id is the public verification code. */
export const certificates = sqliteTable(
	'certificates',
	{
		code: text('code').primaryKey(),
		resultId: integer('result_id')
			.notNull()
			.unique()
			.references(() => moduleResults.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		learnerName: text('learner_name').notNull(),
		/** The cohort owner's name and the organisation's, as they were when it was issued. */
		educatorName: text('educator_name').notNull().default(''),
		organisationName: text('organisation_name').notNull().default(''),
		moduleTitle: text('module_title').notNull(),
		scorePercent: real('score_percent').notNull(),
		issuedAt: integer('issued_at', { mode: 'timestamp_ms' }).notNull(),
		/** When the pass lapses for a module with a renewal period. */
		validUntil: integer('valid_until', { mode: 'timestamp_ms' })
	},
	(t) => [index('certificates_user_idx').on(t.userId)]
);

export type Cohort = typeof cohorts.$inferSelect;
export type CohortInvitation = typeof cohortInvitations.$inferSelect;
export type TrainingModule = typeof trainingModules.$inferSelect;
export type ModuleResult = typeof moduleResults.$inferSelect;
export type Certificate = typeof certificates.$inferSelect;
