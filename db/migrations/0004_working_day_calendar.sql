CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_kind" CHECK (kind in ('holiday', 'makeup_workday')),
	CONSTRAINT "calendar_days_source" CHECK (source in ('chinese-days', 'admin')),
	CONSTRAINT "calendar_days_makeup_on_weekend" CHECK (kind <> 'makeup_workday' or extract(isodow from date) in (6, 7))
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"notice" text,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_years_status" CHECK (status in ('official')),
	CONSTRAINT "calendar_years_source" CHECK (source in ('chinese-days', 'admin')),
	CONSTRAINT "calendar_years_range" CHECK (year between 1949 and 2200)
);
