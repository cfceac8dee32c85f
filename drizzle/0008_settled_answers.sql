DROP INDEX `answers_user_item_idx`;--> statement-breakpoint
DROP INDEX `answers_user_time_idx`;--> statement-breakpoint
ALTER TABLE `answers` ADD `settled` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `answers_user_item_idx` ON `answers` (`user_id`,`settled`,`item_id`,`answered_at`,`correct`,`confidence`);--> statement-breakpoint
CREATE INDEX `answers_user_time_idx` ON `answers` (`user_id`,`settled`,`answered_at`);--> statement-breakpoint
CREATE INDEX `quiz_sessions_user_status_idx` ON `quiz_sessions` (`user_id`,`status`);