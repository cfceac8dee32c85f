CREATE TABLE `item_version_tallies` (
	`item_version_id` integer PRIMARY KEY NOT NULL,
	`answered` integer NOT NULL,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `option_picks` (
	`item_version_id` integer NOT NULL,
	`option` integer NOT NULL,
	`picks` integer NOT NULL,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `option_picks_pk` ON `option_picks` (`item_version_id`,`option`);--> statement-breakpoint
DROP INDEX `answers_item_version_idx`;--> statement-breakpoint
INSERT INTO `item_version_tallies` (`item_version_id`, `answered`)
SELECT a.`item_version_id`, count(*)
FROM `answers` a JOIN `quiz_sessions` s ON s.`id` = a.`session_id`
WHERE s.`mode` = 'tutor' OR s.`status` = 'finished'
GROUP BY a.`item_version_id`;
--> statement-breakpoint
INSERT INTO `option_picks` (`item_version_id`, `option`, `picks`)
SELECT a.`item_version_id`, c.`value`, count(*)
FROM `answers` a JOIN `quiz_sessions` s ON s.`id` = a.`session_id`, json_each(a.`response`, '$.chosen') c
WHERE (s.`mode` = 'tutor' OR s.`status` = 'finished') AND c.`value` IS NOT NULL
GROUP BY a.`item_version_id`, c.`value`;
