CREATE TABLE "published_rankings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "published_rankings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme_id" integer NOT NULL,
	"period" text NOT NULL,
	"version" integer NOT NULL,
	"reason" text,
	"frozen" jsonb NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ranking_schemes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ranking_schemes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"org_unit_id" integer NOT NULL,
	"scheme" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_actuals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "target_actuals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"target_id" integer NOT NULL,
	"month" integer NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"evidence" text NOT NULL,
	"entered_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_actuals_month_check" CHECK ("target_actuals"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"metric" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"comparator" text NOT NULL,
	"goal" numeric(20, 4) NOT NULL,
	"unit" text NOT NULL,
	"level" text NOT NULL,
	"first_ever" boolean DEFAULT false NOT NULL,
	"parent_id" integer,
	"profile" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_kind_check" CHECK ("targets"."kind" in ('level', 'count', 'growth')),
	CONSTRAINT "targets_comparator_check" CHECK ("targets"."comparator" in ('gte', 'gt', 'lte')),
	CONSTRAINT "targets_level_check" CHECK ("targets"."level" in ('must', 'strive'))
);
--> statement-breakpoint
ALTER TABLE "published_rankings" ADD CONSTRAINT "published_rankings_scheme_id_ranking_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."ranking_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_rankings" ADD CONSTRAINT "published_rankings_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_schemes" ADD CONSTRAINT "ranking_schemes_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_actuals" ADD CONSTRAINT "target_actuals_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_actuals" ADD CONSTRAINT "target_actuals_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_parent_id_targets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "published_rankings_version_idx" ON "published_rankings" USING btree ("scheme_id","period","version");--> statement-breakpoint
CREATE UNIQUE INDEX "target_actuals_month_idx" ON "target_actuals" USING btree ("target_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_key_idx" ON "targets" USING btree ("year","org_unit_id","metric","name");--> statement-breakpoint
CREATE INDEX "targets_org_path_idx" ON "targets" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "targets_parent_idx" ON "targets" USING btree ("parent_id");