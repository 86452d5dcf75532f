ALTER TABLE "report_aggregates" ADD COLUMN "with_month" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Rows written before this column: every counted enterprise is taken to have given 本月 where the
-- sum is known (the period's next rebuild makes the count exact).
UPDATE "report_aggregates" SET "with_month" = "enterprises" WHERE "month" IS NOT NULL;
