ALTER TABLE `quiz_sessions` ADD `retry_of` text;--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_sessions_retry_of_idx` ON `quiz_sessions` (`retry_of`);