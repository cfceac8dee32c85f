CREATE TABLE "module_stat_figures" (
	"scope_id" bigint NOT NULL,
	"counting" text NOT NULL,
	"module_id" text NOT NULL,
	"changes" bigint NOT NULL,
	"figured" bigint,
	"attempts" bigint DEFAULT 0 NOT NULL,
	"questions" double precision,
	"mean_percent" double precision,
	"sd_percent" double precision,
	"mean_marks" double precision,
	"sd_marks" double precision,
	"kr20" double precision,
	"sem_marks" double precision,
	"sem_percent" double precision
);
--> statement-breakpoint
ALTER TABLE "module_stat_figures" ADD CONSTRAINT "module_stat_figures_scope_id_item_stat_scopes_id_fk" FOREIGN KEY ("scope_id") REFERENCES "public"."item_stat_scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "module_stat_figures_pk" ON "module_stat_figures" USING btree ("scope_id","counting","module_id");