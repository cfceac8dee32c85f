CREATE TABLE `stem_picks` (
	`item_version_id` integer NOT NULL,
	`stem_id` text NOT NULL,
	`option` integer NOT NULL,
	`picks` integer NOT NULL,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stem_picks_pk` ON `stem_picks` (`item_version_id`,`stem_id`,`option`);