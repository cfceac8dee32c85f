CREATE TABLE `certificates` (
	`code` text PRIMARY KEY NOT NULL,
	`result_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`learner_name` text NOT NULL,
	`module_title` text NOT NULL,
	`score_percent` real NOT NULL,
	`issued_at` integer NOT NULL,
	`valid_until` integer,
	FOREIGN KEY (`result_id`) REFERENCES `module_results`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_result_id_unique` ON `certificates` (`result_id`);--> statement-breakpoint
CREATE INDEX `certificates_user_idx` ON `certificates` (`user_id`);--> statement-breakpoint
CREATE TABLE `cohort_educators` (
	`cohort_id` text NOT NULL,
	`user_id` text NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohort_educators_pk` ON `cohort_educators` (`cohort_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `cohort_educators_user_idx` ON `cohort_educators` (`user_id`);--> statement-breakpoint
CREATE TABLE `cohort_members` (
	`cohort_id` text NOT NULL,
	`user_id` text NOT NULL,
	`joined_at` integer NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohort_members_pk` ON `cohort_members` (`cohort_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `cohort_members_user_idx` ON `cohort_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `cohorts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`join_code` text NOT NULL,
	`joining_open` integer DEFAULT true NOT NULL,
	`owner_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohorts_join_code_unique` ON `cohorts` (`join_code`);--> statement-breakpoint
CREATE TABLE `module_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`module_id` text NOT NULL,
	`user_id` text NOT NULL,
	`session_id` text NOT NULL,
	`score_percent` real NOT NULL,
	`passed` integer NOT NULL,
	`completed_at` integer NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `training_modules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `quiz_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `module_results_session_id_unique` ON `module_results` (`session_id`);--> statement-breakpoint
CREATE INDEX `module_results_module_user_idx` ON `module_results` (`module_id`,`user_id`,`completed_at`);--> statement-breakpoint
CREATE INDEX `module_results_user_idx` ON `module_results` (`user_id`);--> statement-breakpoint
CREATE TABLE `training_modules` (
	`id` text PRIMARY KEY NOT NULL,
	`cohort_id` text NOT NULL,
	`title` text NOT NULL,
	`bank_ids` text NOT NULL,
	`item_count` integer NOT NULL,
	`seconds_per_item` integer NOT NULL,
	`pass_mark` integer NOT NULL,
	`due_at` integer NOT NULL,
	`attempts_allowed` integer,
	`renewal_days` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_modules_cohort_idx` ON `training_modules` (`cohort_id`);