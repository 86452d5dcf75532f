CREATE TABLE "report_aggregates" (
	"period" text NOT NULL,
	"indicator_code" text NOT NULL,
	"basis" text NOT NULL,
	"org_unit_id" integer NOT NULL,
	"dimension" text NOT NULL,
	"dim_key" text NOT NULL,
	"ytd" numeric(24, 4) NOT NULL,
	"ytd_prev_year" numeric(24, 4) NOT NULL,
	"month" numeric(24, 4),
	"enterprises" integer NOT NULL,
	"with_base" integer NOT NULL,
	CONSTRAINT "report_aggregates_period_indicator_code_basis_org_unit_id_dimension_dim_key_pk" PRIMARY KEY("period","indicator_code","basis","org_unit_id","dimension","dim_key"),
	CONSTRAINT "report_aggregates_basis_check" CHECK ("report_aggregates"."basis" in ('approved', 'provisional'))
);
--> statement-breakpoint
CREATE INDEX "report_aggregates_unit_idx" ON "report_aggregates" USING btree ("org_unit_id","indicator_code","period");