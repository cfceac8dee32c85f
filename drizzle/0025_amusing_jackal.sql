CREATE TABLE `import_previews` (
	`token` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`bank_id` text NOT NULL,
	`file_name` text NOT NULL,
	`data` text NOT NULL,
	`created_at` integer NOT NULL,
	`confirmed_at` integer,
	`created_item_ids` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bank_id`) REFERENCES `banks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_previews_user_idx` ON `import_previews` (`user_id`,`created_at`);