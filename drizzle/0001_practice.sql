CREATE TABLE `answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`user_id` text NOT NULL,
	`item_id` text NOT NULL,
	`item_version_id` integer NOT NULL,
	`response` text NOT NULL,
	`correct` integer NOT NULL,
	`marks` real NOT NULL,
	`max_marks` integer NOT NULL,
	`confidence` text,
	`time_taken_ms` integer,
	`answered_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `quiz_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `answers_session_position_idx` ON `answers` (`session_id`,`position`);--> statement-breakpoint
CREATE INDEX `answers_user_item_idx` ON `answers` (`user_id`,`item_id`,`answered_at`);--> statement-breakpoint
CREATE INDEX `answers_user_time_idx` ON `answers` (`user_id`,`answered_at`);--> statement-breakpoint
CREATE INDEX `answers_item_version_idx` ON `answers` (`item_version_id`);--> statement-breakpoint
CREATE TABLE `item_flags` (
	`user_id` text NOT NULL,
	`item_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_flags_pk` ON `item_flags` (`user_id`,`item_id`);--> statement-breakpoint
CREATE TABLE `item_notes` (
	`user_id` text NOT NULL,
	`item_id` text NOT NULL,
	`note` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_notes_pk` ON `item_notes` (`user_id`,`item_id`);--> statement-breakpoint
CREATE TABLE `item_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`item_id` text NOT NULL,
	`item_version_id` integer NOT NULL,
	`message` text NOT NULL,
	`created_at` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolved_by` text,
	`resolved_at` integer,
	`resolution` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_reports_item_idx` ON `item_reports` (`item_id`,`status`);--> statement-breakpoint
CREATE TABLE `quiz_session_items` (
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`item_id` text NOT NULL,
	`item_version_id` integer NOT NULL,
	`max_marks` integer NOT NULL,
	`shown_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `quiz_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_session_items_pk` ON `quiz_session_items` (`session_id`,`position`);--> statement-breakpoint
CREATE TABLE `quiz_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`mode` text NOT NULL,
	`status` text NOT NULL,
	`settings` text NOT NULL,
	`item_count` integer NOT NULL,
	`seconds_per_item` integer,
	`deadline_at` integer,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`marks` real,
	`max_marks` integer NOT NULL,
	`last_position` integer DEFAULT 1 NOT NULL,
	`module_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quiz_sessions_user_idx` ON `quiz_sessions` (`user_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `quiz_sessions_active_deadline_idx` ON `quiz_sessions` (`status`,`deadline_at`);--> statement-breakpoint
CREATE TABLE `review_cards` (
	`user_id` text NOT NULL,
	`item_id` text NOT NULL,
	`due` integer NOT NULL,
	`stability` real NOT NULL,
	`difficulty` real NOT NULL,
	`elapsed_days` integer NOT NULL,
	`scheduled_days` integer NOT NULL,
	`learning_steps` integer NOT NULL,
	`reps` integer NOT NULL,
	`lapses` integer NOT NULL,
	`state` integer NOT NULL,
	`last_review` integer,
	`last_rating` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_cards_pk` ON `review_cards` (`user_id`,`item_id`);--> statement-breakpoint
CREATE INDEX `review_cards_due_idx` ON `review_cards` (`user_id`,`due`);--> statement-breakpoint
ALTER TABLE `users` ADD `desired_retention` real DEFAULT 0.9 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `time_zone` text DEFAULT 'Europe/London' NOT NULL;