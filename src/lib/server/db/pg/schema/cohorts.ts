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
import { timestampMs } from '$lib/server/db/pg/columns';
import { users } from './auth';
import { quizSessions } from './quiz';

export type { ModuleAudience, ModuleDifficulty } from '$lib/server/db/schema/cohorts';
import type { ModuleAudience, ModuleDifficulty } from '$lib/server/db/schema/cohorts';

export const cohorts = pgTable('cohorts', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	description: text('description').notNull().default(''),
	joinCode: text('join_code').notNull().unique(),
	joiningOpen: boolean('joining_open').notNull().default(true),
	ownerId: text('owner_id')
		.notNull()
		.references(() => users.id),
	createdAt: timestampMs('created_at').notNull()
});

export const cohortEducators = pgTable(
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

export const cohortInvitations = pgTable(
	'cohort_invitations',
	{
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		invitedBy: text('invited_by')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		invitedAt: timestampMs('invited_at').notNull(),
		declinedAt: timestampMs('declined_at')
	},
	(t) => [
		uniqueIndex('cohort_invitations_pk').on(t.cohortId, t.email),
		index('cohort_invitations_email_idx').on(t.email)
	]
);

export const cohortMembers = pgTable(
	'cohort_members',
	{
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: timestampMs('joined_at').notNull()
	},
	(t) => [
		uniqueIndex('cohort_members_pk').on(t.cohortId, t.userId),
		index('cohort_members_user_idx').on(t.userId)
	]
);

export const trainingModules = pgTable(
	'training_modules',
	{
		id: text('id').primaryKey(),
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		bankIds: json('bank_ids').$type<string[]>().notNull(),
		itemCount: integer('item_count').notNull(),
		secondsPerItem: integer('seconds_per_item').notNull(),
		passMark: integer('pass_mark').notNull(),
		dueAt: timestampMs('fixed_due_at'),
		dueDays: integer('due_days'),
		audience: text('audience').$type<ModuleAudience>().notNull().default('any'),
		difficulty: text('difficulty').$type<ModuleDifficulty>().notNull().default('any'),
		attemptsAllowed: integer('attempts_allowed'),
		renewalDays: integer('renewal_days'),
		createdBy: text('created_by')
			.notNull()
			.references(() => users.id),
		createdAt: timestampMs('created_at').notNull()
	},
	(t) => [index('training_modules_cohort_idx').on(t.cohortId)]
);

export const moduleResults = pgTable(
	'module_results',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
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
		scorePercent: doublePrecision('score_percent').notNull(),
		passed: boolean('passed').notNull(),
		completedAt: timestampMs('completed_at').notNull()
	},
	(t) => [
		index('module_results_module_user_idx').on(t.moduleId, t.userId, t.completedAt),
		index('module_results_user_idx').on(t.userId)
	]
);

export const certificates = pgTable(
	'certificates',
	{
		code: text('code').primaryKey(),
		resultId: bigint('result_id', { mode: 'number' })
			.notNull()
			.unique()
			.references(() => moduleResults.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		learnerName: text('learner_name').notNull(),
		educatorName: text('educator_name').notNull().default(''),
		organisationName: text('organisation_name').notNull().default(''),
		moduleTitle: text('module_title').notNull(),
		scorePercent: doublePrecision('score_percent').notNull(),
		issuedAt: timestampMs('issued_at').notNull(),
		validUntil: timestampMs('valid_until')
	},
	(t) => [index('certificates_user_idx').on(t.userId)]
);

export type Cohort = typeof cohorts.$inferSelect;
export type CohortInvitation = typeof cohortInvitations.$inferSelect;
export type TrainingModule = typeof trainingModules.$inferSelect;
export type ModuleResult = typeof moduleResults.$inferSelect;
export type Certificate = typeof certificates.$inferSelect;
