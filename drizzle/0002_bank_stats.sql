CREATE TABLE `user_bank_stats` (
	`user_id` text NOT NULL,
	`bank_id` text NOT NULL,
	`answered` integer NOT NULL,
	`correct` integer NOT NULL,
	`marks` real NOT NULL,
	`max_marks` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_bank_stats_pk` ON `user_bank_stats` (`user_id`,`bank_id`);--> statement-breakpoint
CREATE INDEX `user_bank_stats_bank_idx` ON `user_bank_stats` (`bank_id`);