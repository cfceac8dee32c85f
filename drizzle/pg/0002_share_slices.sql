CREATE TABLE "bank_share_slices" (
	"bank_id" text NOT NULL,
	"slice" integer NOT NULL,
	"learners" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "bank_share_slices_pk" ON "bank_share_slices" USING btree ("bank_id","slice");--> statement-breakpoint
CREATE INDEX "user_bank_stats_share_idx" ON "user_bank_stats" USING btree ("bank_id",(cast("correct" as float) / "answered"));