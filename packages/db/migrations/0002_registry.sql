CREATE TABLE "enterprise_chains" (
	"enterprise_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	"source" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_chains_enterprise_id_chain_id_pk" PRIMARY KEY("enterprise_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_scale_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "enterprise_scale_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"enterprise_id" integer NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_scale_events_kind_check" CHECK ("enterprise_scale_events"."kind" in ('entered', 'exited'))
);
--> statement-breakpoint
CREATE TABLE "enterprise_tags" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "enterprises_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"uscc" text NOT NULL,
	"uscc_accepted_reason" text,
	"name" text NOT NULL,
	"former_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text NOT NULL,
	"legal_representative" text,
	"address" text,
	"county_id" integer NOT NULL,
	"township_id" integer,
	"park_id" integer,
	"org_path" text NOT NULL,
	"park_path" text,
	"industry_code" text NOT NULL,
	"registered_capital" numeric(16, 2),
	"founded_on" date,
	"status" text DEFAULT 'operating' NOT NULL,
	"contact_person" text,
	"contact_phone" text,
	"scale_category" text,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_uscc_unique" UNIQUE("uscc"),
	CONSTRAINT "enterprises_status_check" CHECK ("enterprises"."status" in ('operating', 'stopped', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "chain_industry_codes" (
	"chain_id" integer NOT NULL,
	"industry_code" text NOT NULL,
	CONSTRAINT "chain_industry_codes_chain_id_industry_code_pk" PRIMARY KEY("chain_id","industry_code")
);
--> statement-breakpoint
CREATE TABLE "chain_tiers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chain_tiers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"system_id" integer NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chains" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chains_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"system_id" integer NOT NULL,
	"tier_id" integer NOT NULL,
	"parent_id" integer,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"leader_name" text,
	"leader_title" text,
	"lead_department_id" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "industrial_systems" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "industrial_systems_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"org_unit_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"description" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "industrial_systems_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "industry_classes" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"section" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scale_thresholds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scale_thresholds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"category" text NOT NULL,
	"from_year" integer NOT NULL,
	"industry_codes" jsonb,
	"combine" text NOT NULL,
	"revenue_at_least" numeric(14, 2),
	"employees_at_least" integer,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scale_thresholds_combine_check" CHECK ("scale_thresholds"."combine" in ('revenue', 'revenue_or_employees', 'qualification', 'all'))
);
--> statement-breakpoint
ALTER TABLE "enterprise_chains" ADD CONSTRAINT "enterprise_chains_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_chains" ADD CONSTRAINT "enterprise_chains_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_chains" ADD CONSTRAINT "enterprise_chains_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_scale_events" ADD CONSTRAINT "enterprise_scale_events_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_scale_events" ADD CONSTRAINT "enterprise_scale_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_county_id_org_units_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_township_id_org_units_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_park_id_org_units_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_industry_codes" ADD CONSTRAINT "chain_industry_codes_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_tiers" ADD CONSTRAINT "chain_tiers_system_id_industrial_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."industrial_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_system_id_industrial_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."industrial_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_tier_id_chain_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."chain_tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_parent_id_chains_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_lead_department_id_org_units_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industrial_systems" ADD CONSTRAINT "industrial_systems_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_chains_chain_idx" ON "enterprise_chains" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "enterprise_scale_events_enterprise_idx" ON "enterprise_scale_events" USING btree ("enterprise_id","occurred_on");--> statement-breakpoint
CREATE INDEX "enterprise_scale_events_date_idx" ON "enterprise_scale_events" USING btree ("occurred_on");--> statement-breakpoint
CREATE INDEX "enterprises_org_path_idx" ON "enterprises" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "enterprises_park_path_idx" ON "enterprises" USING btree ("park_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "enterprises_industry_idx" ON "enterprises" USING btree ("industry_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "enterprises_county_idx" ON "enterprises" USING btree ("county_id");--> statement-breakpoint
CREATE INDEX "enterprises_park_idx" ON "enterprises" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "enterprises_search_trgm_idx" ON "enterprises" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprises_tags_idx" ON "enterprises" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "chain_industry_codes_code_idx" ON "chain_industry_codes" USING btree ("industry_code");--> statement-breakpoint
CREATE INDEX "chain_industry_codes_prefix_idx" ON "chain_industry_codes" USING btree ("industry_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "chain_tiers_system_name_idx" ON "chain_tiers" USING btree ("system_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "chains_system_code_idx" ON "chains" USING btree ("system_id","code");--> statement-breakpoint
CREATE INDEX "chains_tier_idx" ON "chains" USING btree ("tier_id");--> statement-breakpoint
CREATE INDEX "industry_classes_parent_idx" ON "industry_classes" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "industry_classes_name_trgm_idx" ON "industry_classes" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "scale_thresholds_category_idx" ON "scale_thresholds" USING btree ("category","from_year");