ALTER TABLE `cohort_invitations` ADD `declined_at` integer;--> statement-breakpoint
ALTER TABLE `training_modules` ADD `fixed_due_at` integer;--> statement-breakpoint
ALTER TABLE `training_modules` ADD `due_days` integer;--> statement-breakpoint
ALTER TABLE `training_modules` ADD `audience` text DEFAULT 'any' NOT NULL;--> statement-breakpoint
ALTER TABLE `training_modules` ADD `difficulty` text DEFAULT 'any' NOT NULL;