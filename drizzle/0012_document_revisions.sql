CREATE TABLE `document_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_slug` text NOT NULL,
	`revision` integer NOT NULL,
	`markdown` text NOT NULL,
	`version` text NOT NULL,
	`note` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`document_slug`) REFERENCES `source_documents`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_revisions_revision_idx` ON `document_revisions` (`document_slug`,`revision`);--> statement-breakpoint
ALTER TABLE `item_version_passages` ADD `passage_hash` text;--> statement-breakpoint
ALTER TABLE `source_documents` ADD `owner_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `source_documents` ADD `revision` integer DEFAULT 0 NOT NULL;