-- Statistics of the case engine (办件统计): per-case facts, monthly rollups, open 差评 counts.
CREATE TABLE "case_stats_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"receiving_city_code" varchar(6) NOT NULL,
	"deciding_org_id" uuid NOT NULL,
	"item_code" varchar(40) NOT NULL,
	"channel" text NOT NULL,
	"submitted_month" date NOT NULL,
	"decided_month" date,
	"outcome" text,
	"same_day" boolean DEFAULT false NOT NULL,
	"on_time" boolean,
	"working_days" integer,
	"rated_month" date,
	"satisfied" boolean
);
--> statement-breakpoint
CREATE TABLE "case_stats_dirty_months" (
	"month" date PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_stats_item_monthly" (
	"month" date NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"deciding_org_id" uuid NOT NULL,
	"item_code" varchar(40) NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	"submitted_online" integer DEFAULT 0 NOT NULL,
	"submitted_off_site" integer DEFAULT 0 NOT NULL,
	"decided" integer DEFAULT 0 NOT NULL,
	"granted" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"not_accepted" integer DEFAULT 0 NOT NULL,
	"decided_same_day" integer DEFAULT 0 NOT NULL,
	"with_deadline" integer DEFAULT 0 NOT NULL,
	"decided_on_time" integer DEFAULT 0 NOT NULL,
	"days_histogram" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_stats_item_monthly_month_city_code_deciding_org_id_item_code_pk" PRIMARY KEY("month","city_code","deciding_org_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "case_stats_monthly" (
	"month" date NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"receiving_city_code" varchar(6) NOT NULL,
	"channel" text NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	"submitted_online" integer DEFAULT 0 NOT NULL,
	"submitted_off_site" integer DEFAULT 0 NOT NULL,
	"decided" integer DEFAULT 0 NOT NULL,
	"granted" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"not_accepted" integer DEFAULT 0 NOT NULL,
	"decided_same_day" integer DEFAULT 0 NOT NULL,
	"with_deadline" integer DEFAULT 0 NOT NULL,
	"decided_on_time" integer DEFAULT 0 NOT NULL,
	"days_histogram" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_stats_monthly_month_city_code_receiving_city_code_channel_pk" PRIMARY KEY("month","city_code","receiving_city_code","channel")
);
--> statement-breakpoint
CREATE TABLE "case_stats_open_complaints" (
	"city_code" varchar(6) NOT NULL,
	"org_id" uuid NOT NULL,
	"open" integer NOT NULL,
	"overdue" integer NOT NULL,
	CONSTRAINT "case_stats_open_complaints_city_code_org_id_pk" PRIMARY KEY("city_code","org_id")
);
--> statement-breakpoint
CREATE TABLE "case_stats_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"cases_watermark" timestamp with time zone,
	"ratings_watermark" timestamp with time zone,
	"refreshed_at" timestamp with time zone,
	CONSTRAINT "case_stats_state_single_row" CHECK ("case_stats_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "case_stats_visit_ratings" (
	"month" date NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"org_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_stats_visit_ratings_month_city_code_org_id_channel_pk" PRIMARY KEY("month","city_code","org_id","channel")
);
--> statement-breakpoint
CREATE INDEX "case_stats_cases_submitted_month_idx" ON "case_stats_cases" USING btree ("submitted_month");--> statement-breakpoint
CREATE INDEX "case_stats_cases_decided_month_idx" ON "case_stats_cases" USING btree ("decided_month");--> statement-breakpoint
CREATE INDEX "case_stats_cases_rated_month_idx" ON "case_stats_cases" USING btree ("rated_month");
--> statement-breakpoint
-- The refresh finds changed cases in (updated_at, id) order from its watermark. The index belongs
-- to the cases table; cases.tables.ts should declare it as index('cases_updated_at_idx').on(t.updatedAt, t.id).
CREATE INDEX IF NOT EXISTS "cases_updated_at_idx" ON "cases" USING btree ("updated_at","id");
--> statement-breakpoint
INSERT INTO "case_stats_state" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The statistics are public numbers: counts per month, city, channel, item and department, never
-- a person. The application role may read the rollups, the open 差评 counts and when they were
-- refreshed, and write none of them; only the refresh job, running as the schema owner
-- (withSystem), writes them. The per-case facts and the months waiting to be recounted are the
-- job's own and are not granted at all.
GRANT SELECT ON case_stats_monthly, case_stats_item_monthly, case_stats_visit_ratings, case_stats_open_complaints, case_stats_state TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE case_stats_monthly ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_stats_monthly_read ON case_stats_monthly FOR SELECT USING (true);
--> statement-breakpoint
ALTER TABLE case_stats_item_monthly ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_stats_item_monthly_read ON case_stats_item_monthly FOR SELECT USING (true);
--> statement-breakpoint
ALTER TABLE case_stats_visit_ratings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_stats_visit_ratings_read ON case_stats_visit_ratings FOR SELECT USING (true);
--> statement-breakpoint
ALTER TABLE case_stats_open_complaints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_stats_open_complaints_read ON case_stats_open_complaints FOR SELECT USING (true);
--> statement-breakpoint
ALTER TABLE case_stats_state ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_stats_state_read ON case_stats_state FOR SELECT USING (true);
--> statement-breakpoint
-- No policy at all: should a grant ever be given by mistake, the application role still sees no row.
ALTER TABLE case_stats_cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_stats_dirty_months ENABLE ROW LEVEL SECURITY;
