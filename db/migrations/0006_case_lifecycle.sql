ALTER TABLE "case_events" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "due_date" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "delivery_method" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "tracking_number" varchar(40);