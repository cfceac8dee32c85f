DROP INDEX `answers_user_item_idx`;--> statement-breakpoint
CREATE INDEX `answers_user_item_idx` ON `answers` (`user_id`,`item_id`,`answered_at`,`correct`,`confidence`);--> statement-breakpoint
CREATE INDEX `quiz_sessions_status_finished_idx` ON `quiz_sessions` (`status`,`finished_at`);