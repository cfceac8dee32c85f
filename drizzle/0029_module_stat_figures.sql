CREATE TABLE `module_stat_figures` (
	`scope_id` integer NOT NULL,
	`counting` text NOT NULL,
	`module_id` text NOT NULL,
	`changes` integer NOT NULL,
	`figured` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`questions` real,
	`mean_percent` real,
	`sd_percent` real,
	`mean_marks` real,
	`sd_marks` real,
	`kr20` real,
	`sem_marks` real,
	`sem_percent` real,
	FOREIGN KEY (`scope_id`) REFERENCES `item_stat_scopes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `module_stat_figures_pk` ON `module_stat_figures` (`scope_id`,`counting`,`module_id`);