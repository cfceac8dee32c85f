CREATE TABLE `item_option_counts` (
	`scope_id` integer NOT NULL,
	`counting` text NOT NULL,
	`item_version_id` integer NOT NULL,
	`stem_id` text NOT NULL,
	`option` integer NOT NULL,
	`picks` integer NOT NULL,
	FOREIGN KEY (`scope_id`) REFERENCES `item_stat_scopes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_option_counts_pk` ON `item_option_counts` (`scope_id`,`counting`,`item_version_id`,`stem_id`,`option`);--> statement-breakpoint
CREATE TABLE `item_score_sums` (
	`scope_id` integer NOT NULL,
	`counting` text NOT NULL,
	`item_version_id` integer NOT NULL,
	`rest_max` integer NOT NULL,
	`answers` integer NOT NULL,
	`marks` integer NOT NULL,
	`marks_squared` integer NOT NULL,
	`rest` integer NOT NULL,
	`rest_squared` integer NOT NULL,
	`marks_rest` integer NOT NULL,
	FOREIGN KEY (`scope_id`) REFERENCES `item_stat_scopes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_score_sums_pk` ON `item_score_sums` (`scope_id`,`counting`,`item_version_id`,`rest_max`);--> statement-breakpoint
CREATE TABLE `item_stat_figures` (
	`scope_id` integer NOT NULL,
	`counting` text NOT NULL,
	`item_version_id` integer NOT NULL,
	`changes` integer NOT NULL,
	`figured` integer,
	`answers` integer DEFAULT 0 NOT NULL,
	`marks` integer DEFAULT 0 NOT NULL,
	`point_biserial` real,
	`group_size` integer DEFAULT 0 NOT NULL,
	`upper_full` integer DEFAULT 0 NOT NULL,
	`upper_edge_marks` integer DEFAULT 0 NOT NULL,
	`upper_edge_places` integer DEFAULT 0 NOT NULL,
	`upper_edge_answers` integer DEFAULT 0 NOT NULL,
	`lower_full` integer DEFAULT 0 NOT NULL,
	`lower_edge_marks` integer DEFAULT 0 NOT NULL,
	`lower_edge_places` integer DEFAULT 0 NOT NULL,
	`lower_edge_answers` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`scope_id`) REFERENCES `item_stat_scopes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_stat_figures_pk` ON `item_stat_figures` (`scope_id`,`counting`,`item_version_id`);--> statement-breakpoint
CREATE TABLE `item_stat_members` (
	`scope_id` integer NOT NULL,
	`user_id` text NOT NULL,
	FOREIGN KEY (`scope_id`) REFERENCES `item_stat_scopes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_stat_members_pk` ON `item_stat_members` (`scope_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `item_stat_members_user_idx` ON `item_stat_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `item_stat_scopes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`definition` integer NOT NULL,
	`built_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_stat_scopes_key_unique` ON `item_stat_scopes` (`key`);--> statement-breakpoint
CREATE TABLE `item_total_buckets` (
	`scope_id` integer NOT NULL,
	`counting` text NOT NULL,
	`item_version_id` integer NOT NULL,
	`total` real NOT NULL,
	`answers` integer NOT NULL,
	`marks` integer NOT NULL,
	FOREIGN KEY (`scope_id`) REFERENCES `item_stat_scopes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_version_id`) REFERENCES `item_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_total_buckets_pk` ON `item_total_buckets` (`scope_id`,`counting`,`item_version_id`,`total`);--> statement-breakpoint
CREATE TABLE `module_item_counts` (
	`scope_id` integer NOT NULL,
	`counting` text NOT NULL,
	`module_id` text NOT NULL,
	`item_id` text NOT NULL,
	`drawn` integer NOT NULL,
	`right` integer NOT NULL,
	FOREIGN KEY (`scope_id`) REFERENCES `item_stat_scopes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `module_item_counts_pk` ON `module_item_counts` (`scope_id`,`counting`,`module_id`,`item_id`);--> statement-breakpoint
CREATE TABLE `module_score_sums` (
	`scope_id` integer NOT NULL,
	`counting` text NOT NULL,
	`module_id` text NOT NULL,
	`max_marks` integer NOT NULL,
	`attempts` integer NOT NULL,
	`marks` integer NOT NULL,
	`marks_squared` integer NOT NULL,
	`right` integer NOT NULL,
	`right_squared` integer NOT NULL,
	`questions` integer NOT NULL,
	FOREIGN KEY (`scope_id`) REFERENCES `item_stat_scopes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `module_score_sums_pk` ON `module_score_sums` (`scope_id`,`counting`,`module_id`,`max_marks`);