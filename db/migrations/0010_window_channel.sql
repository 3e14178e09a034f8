ALTER TABLE "cases" ADD COLUMN "receiving_org_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "consent_recorded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "cases_receiving_org_worklist_idx" ON "cases" USING btree ("receiving_org_id","submitted_at");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_window_channel_complete" CHECK ("cases"."channel" <> 'window' or ("cases"."receiving_org_id" is not null and "cases"."consent_recorded_at" is not null));