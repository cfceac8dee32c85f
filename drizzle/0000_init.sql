CREATE TABLE `user_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`secret_hash` blob NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `user_sessions_user_idx` ON `user_sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`display_name` text NOT NULL,
	`profession` text DEFAULT 'other' NOT NULL,
	`role` text DEFAULT 'learner' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `banks` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`position` integer NOT NULL,
	`retired` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `item_version_passages` (
	`item_version_id` integer NOT NULL,
	`passage_id` text NOT NULL,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_version_passages_pk` ON `item_version_passages` (`item_version_id`,`passage_id`);--> statement-breakpoint
CREATE INDEX `item_version_passages_passage_idx` ON `item_version_passages` (`passage_id`);--> statement-breakpoint
CREATE TABLE `item_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` text NOT NULL,
	`version` integer NOT NULL,
	`content_hash` text NOT NULL,
	`spec` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_versions_item_version_idx` ON `item_versions` (`item_id`,`version`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` text PRIMARY KEY NOT NULL,
	`bank_id` text NOT NULL,
	`status` text NOT NULL,
	`current_version_id` integer NOT NULL,
	`type` text NOT NULL,
	`difficulty` text NOT NULL,
	`for_doctors` integer NOT NULL,
	`for_nurses` integer NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`bank_id`) REFERENCES `banks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `items_bank_status_idx` ON `items` (`bank_id`,`status`,`position`);--> statement-breakpoint
CREATE TABLE `passages` (
	`id` text PRIMARY KEY NOT NULL,
	`document_slug` text NOT NULL,
	`section_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`hash` text NOT NULL,
	`examinable` integer NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`document_slug`) REFERENCES `source_documents`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `passages_document_idx` ON `passages` (`document_slug`);--> statement-breakpoint
CREATE TABLE `source_documents` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`version` text NOT NULL,
	`synced_at` integer NOT NULL
);
