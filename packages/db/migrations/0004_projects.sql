CREATE TABLE "investment_leads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "investment_leads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"investor" text NOT NULL,
	"source_region" text,
	"chain_id" integer,
	"sector" text NOT NULL,
	"intended_investment" numeric(16, 2),
	"org_unit_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"responsible_official" text,
	"next_action" text,
	"next_action_on" date,
	"stage" text,
	"signed_on" date,
	"project_id" integer,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investment_leads_project_id_unique" UNIQUE("project_id")
);
--> statement-breakpoint
CREATE TABLE "lead_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lead_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"lead_id" integer NOT NULL,
	"stage" text NOT NULL,
	"occurred_on" date NOT NULL,
	"reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_progress" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_progress_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"investment_this_month" numeric(16, 2) NOT NULL,
	"investment_to_date" numeric(16, 2) NOT NULL,
	"image_progress" text,
	"problems" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_progress_month_check" CHECK ("project_progress"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "project_stage_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_stage_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"stage" text NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"metric" text NOT NULL,
	"target" numeric(16, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_tasks_metric_check" CHECK ("project_tasks"."metric" in ('new_starts', 'completions', 'productions', 'investment'))
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text,
	"name" text NOT NULL,
	"enterprise_id" integer,
	"owner_name" text,
	"county_id" integer NOT NULL,
	"park_id" integer,
	"org_path" text NOT NULL,
	"park_path" text,
	"chain_id" integer,
	"sector" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"total_investment" numeric(16, 2) NOT NULL,
	"annual_planned_investment" numeric(16, 2),
	"plan_year" integer,
	"planned_start_on" date,
	"planned_completion_on" date,
	"planned_production_on" date,
	"started_on" date,
	"completed_on" date,
	"production_on" date,
	"stage" text,
	"responsible_unit_id" integer,
	"responsible_official" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_events" ADD CONSTRAINT "lead_events_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_events" ADD CONSTRAINT "lead_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress" ADD CONSTRAINT "project_progress_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress" ADD CONSTRAINT "project_progress_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_events" ADD CONSTRAINT "project_stage_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_events" ADD CONSTRAINT "project_stage_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_tasks" ADD CONSTRAINT "project_tasks_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_county_id_org_units_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_park_id_org_units_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_responsible_unit_id_org_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "investment_leads_org_path_idx" ON "investment_leads" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "investment_leads_signed_idx" ON "investment_leads" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "lead_events_lead_idx" ON "lead_events" USING btree ("lead_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "project_progress_month_idx" ON "project_progress" USING btree ("project_id","year","month");--> statement-breakpoint
CREATE INDEX "project_stage_events_project_idx" ON "project_stage_events" USING btree ("project_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "project_tasks_unit_idx" ON "project_tasks" USING btree ("year","org_unit_id","metric");--> statement-breakpoint
CREATE INDEX "projects_org_path_idx" ON "projects" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "projects_park_path_idx" ON "projects" USING btree ("park_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "projects_chain_idx" ON "projects" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "projects_started_idx" ON "projects" USING btree ("started_on");--> statement-breakpoint
CREATE INDEX "projects_completed_idx" ON "projects" USING btree ("completed_on");