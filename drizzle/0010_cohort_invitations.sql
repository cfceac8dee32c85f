CREATE TABLE `cohort_invitations` (
	`cohort_id` text NOT NULL,
	`email` text NOT NULL,
	`invited_by` text NOT NULL,
	`invited_at` integer NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohort_invitations_pk` ON `cohort_invitations` (`cohort_id`,`email`);--> statement-breakpoint
CREATE INDEX `cohort_invitations_email_idx` ON `cohort_invitations` (`email`);