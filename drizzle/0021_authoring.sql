CREATE TABLE `bank_authors` (
	`bank_id` text NOT NULL,
	`user_id` text NOT NULL,
	`added_at` integer NOT NULL,
	FOREIGN KEY (`bank_id`) REFERENCES `banks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_authors_pk` ON `bank_authors` (`bank_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `bank_authors_user_idx` ON `bank_authors` (`user_id`);--> statement-breakpoint
CREATE TABLE `draft_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draft_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `item_drafts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `draft_comments_draft_idx` ON `draft_comments` (`draft_id`);--> statement-breakpoint
CREATE TABLE `item_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` text NOT NULL,
	`base_version_id` integer,
	`spec` text NOT NULL,
	`status` text NOT NULL,
	`author_id` text NOT NULL,
	`updated_by` text NOT NULL,
	`note` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_version_id` integer,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`base_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_drafts_open_idx` ON `item_drafts` (`item_id`) WHERE status in ('draft', 'in-review');--> statement-breakpoint
CREATE INDEX `item_drafts_status_idx` ON `item_drafts` (`status`);--> statement-breakpoint
CREATE TABLE `item_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` text NOT NULL,
	`user_id` text,
	`action` text NOT NULL,
	`note` text NOT NULL,
	`version_id` integer,
	`at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_events_item_idx` ON `item_events` (`item_id`,`at`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`message` text NOT NULL,
	`href` text,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`);--> statement-breakpoint
CREATE TABLE `pack_updates` (
	`item_id` text PRIMARY KEY NOT NULL,
	`spec` text NOT NULL,
	`content_hash` text NOT NULL,
	`detected_at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `banks` ADD `owner_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `item_versions` ADD `origin` text DEFAULT 'pack' NOT NULL;--> statement-breakpoint
ALTER TABLE `item_versions` ADD `author_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `item_versions` ADD `approved_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `item_versions` ADD `approval` text DEFAULT 'bundled' NOT NULL;--> statement-breakpoint
ALTER TABLE `item_versions` ADD `note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `items` ADD `pack_hash` text;