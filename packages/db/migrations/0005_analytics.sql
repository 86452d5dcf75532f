CREATE TABLE "official_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "official_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"org_unit_id" integer NOT NULL,
	"period" text NOT NULL,
	"measure" text NOT NULL,
	"kind" text NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"unit" text NOT NULL,
	"source" text NOT NULL,
	"published_on" date,
	"imported_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "official_figures_kind_check" CHECK ("official_figures"."kind" in ('growth', 'level'))
);
--> statement-breakpoint
CREATE TABLE "report_aggregates" (
	"period" text NOT NULL,
	"indicator_code" text NOT NULL,
	"basis" text NOT NULL,
	"org_unit_id" integer NOT NULL,
	"dimension" text NOT NULL,
	"dim_key" text NOT NULL,
	"ytd" numeric(24, 4) NOT NULL,
	"ytd_comparable" numeric(24, 4) NOT NULL,
	"ytd_prev_year" numeric(24, 4) NOT NULL,
	"month" numeric(24, 4),
	"enterprises" integer NOT NULL,
	"with_base" integer NOT NULL,
	CONSTRAINT "report_aggregates_period_indicator_code_basis_org_unit_id_dimension_dim_key_pk" PRIMARY KEY("period","indicator_code","basis","org_unit_id","dimension","dim_key"),
	CONSTRAINT "report_aggregates_basis_check" CHECK ("report_aggregates"."basis" in ('approved', 'provisional'))
);
--> statement-breakpoint
ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "official_figures_key_idx" ON "official_figures" USING btree ("org_unit_id","period","measure");--> statement-breakpoint
CREATE INDEX "official_figures_period_idx" ON "official_figures" USING btree ("period");--> statement-breakpoint
CREATE INDEX "report_aggregates_unit_idx" ON "report_aggregates" USING btree ("org_unit_id","indicator_code","period");