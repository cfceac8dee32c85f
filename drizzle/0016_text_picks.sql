CREATE TABLE `text_picks` (
	`item_version_id` integer NOT NULL,
	`answer` text NOT NULL,
	`picks` integer NOT NULL,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `text_picks_pk` ON `text_picks` (`item_version_id`,`answer`);