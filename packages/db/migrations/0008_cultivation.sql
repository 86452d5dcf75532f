CREATE TABLE "cultivation_candidates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cultivation_candidates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"enterprise_id" integer NOT NULL,
	"category" text NOT NULL,
	"status" text DEFAULT 'watching' NOT NULL,
	"source" text NOT NULL,
	"nomination_reason" text,
	"officer_id" integer,
	"drop_reason" text,
	"entered_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cultivation_candidates_status_check" CHECK ("cultivation_candidates"."status" in ('watching', 'cultivating', 'filed', 'entered', 'dropped')),
	CONSTRAINT "cultivation_candidates_source_check" CHECK ("cultivation_candidates"."source" in ('band', 'nominated'))
);
--> statement-breakpoint
CREATE TABLE "cultivation_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cultivation_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"candidate_id" integer,
	"warning_id" integer,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"text" text,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cultivation_log_kind_check" CHECK ("cultivation_log"."kind" in ('status', 'action', 'note')),
	CONSTRAINT "cultivation_log_owner_check" CHECK (("cultivation_log"."candidate_id" is null) <> ("cultivation_log"."warning_id" is null))
);
--> statement-breakpoint
CREATE TABLE "exit_warnings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exit_warnings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"enterprise_id" integer NOT NULL,
	"category" text NOT NULL,
	"findings" jsonb NOT NULL,
	"judged_through" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"officer_id" integer,
	"close_reason" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exit_warnings_status_check" CHECK ("exit_warnings"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "small_enterprise_revenues" (
	"enterprise_id" integer NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"revenue" numeric(14, 2) NOT NULL,
	"entered_as" text DEFAULT 'month' NOT NULL,
	"entered_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "small_enterprise_revenues_enterprise_id_year_month_pk" PRIMARY KEY("enterprise_id","year","month"),
	CONSTRAINT "small_enterprise_revenues_month_check" CHECK ("small_enterprise_revenues"."month" between 1 and 12),
	CONSTRAINT "small_enterprise_revenues_revenue_check" CHECK ("small_enterprise_revenues"."revenue" >= 0),
	CONSTRAINT "small_enterprise_revenues_entered_as_check" CHECK ("small_enterprise_revenues"."entered_as" in ('month', 'quarter'))
);
--> statement-breakpoint
ALTER TABLE "cultivation_candidates" ADD CONSTRAINT "cultivation_candidates_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_candidates" ADD CONSTRAINT "cultivation_candidates_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_log" ADD CONSTRAINT "cultivation_log_candidate_id_cultivation_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."cultivation_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_log" ADD CONSTRAINT "cultivation_log_warning_id_exit_warnings_id_fk" FOREIGN KEY ("warning_id") REFERENCES "public"."exit_warnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_log" ADD CONSTRAINT "cultivation_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_warnings" ADD CONSTRAINT "exit_warnings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_warnings" ADD CONSTRAINT "exit_warnings_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_enterprise_revenues" ADD CONSTRAINT "small_enterprise_revenues_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_enterprise_revenues" ADD CONSTRAINT "small_enterprise_revenues_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cultivation_candidates_open_idx" ON "cultivation_candidates" USING btree ("enterprise_id","category") WHERE "cultivation_candidates"."status" not in ('entered', 'dropped');--> statement-breakpoint
CREATE INDEX "cultivation_candidates_status_idx" ON "cultivation_candidates" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cultivation_log_candidate_idx" ON "cultivation_log" USING btree ("candidate_id","at");--> statement-breakpoint
CREATE INDEX "cultivation_log_warning_idx" ON "cultivation_log" USING btree ("warning_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "exit_warnings_open_idx" ON "exit_warnings" USING btree ("enterprise_id","category") WHERE "exit_warnings"."status" = 'open';