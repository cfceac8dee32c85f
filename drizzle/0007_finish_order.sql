ALTER TABLE `quiz_sessions` ADD `finish_order` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_sessions_finish_order_idx` ON `quiz_sessions` (`finish_order`);--> statement-breakpoint
UPDATE `quiz_sessions` SET `finish_order` = `numbered`.`n`
FROM (
	SELECT `id`, row_number() OVER (ORDER BY `finished_at`, `rowid`) AS `n`
	FROM `quiz_sessions` WHERE `status` = 'finished'
) AS `numbered`
WHERE `numbered`.`id` = `quiz_sessions`.`id`;
