CREATE TABLE "case_materials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"material_code" varchar(40) NOT NULL,
	"material_name" text NOT NULL,
	"source" text NOT NULL,
	"upload_id" uuid,
	"sha256" varchar(64),
	"size_bytes" integer,
	"media_type" text,
	"display_name" varchar(120),
	"certificate_ref" varchar(200),
	"certificate_type" varchar(60),
	"supplied_by" uuid NOT NULL,
	"event_seq" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_materials_upload_complete" CHECK ("case_materials"."source" <> 'upload' or ("case_materials"."upload_id" is not null and "case_materials"."sha256" is not null and "case_materials"."size_bytes" is not null and "case_materials"."media_type" is not null and "case_materials"."display_name" is not null and "case_materials"."certificate_ref" is null)),
	CONSTRAINT "case_materials_certificate_complete" CHECK ("case_materials"."source" <> 'certificate' or ("case_materials"."certificate_ref" is not null and "case_materials"."certificate_type" is not null and "case_materials"."upload_id" is null))
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"size_bytes" integer NOT NULL,
	"media_type" text NOT NULL,
	"display_name" varchar(120) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone,
	CONSTRAINT "uploads_sha256_hex" CHECK ("uploads"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "uploads_size_positive" CHECK ("uploads"."size_bytes" > 0),
	CONSTRAINT "uploads_claim_complete" CHECK (("uploads"."claimed_by" is null) = ("uploads"."claimed_at" is null))
);
--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_upload_id_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_event_fk" FOREIGN KEY ("case_id","event_seq") REFERENCES "public"."case_events"("case_id","seq") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_materials_case_id_idx" ON "case_materials" USING btree ("case_id","event_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "case_materials_upload_id_key" ON "case_materials" USING btree ("upload_id");--> statement-breakpoint
CREATE INDEX "uploads_owner_id_idx" ON "uploads" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "uploads_sha256_idx" ON "uploads" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "uploads_unclaimed_idx" ON "uploads" USING btree ("created_at") WHERE claimed_by is null;--> statement-breakpoint
-- Uploads: a person sees only their own, adds them in their own name and may claim each one once,
-- for good. Staff read the files of a case through case_materials, which copies what it needs,
-- never through someone's uploads. The collector deletes on the owner connection.
GRANT SELECT, INSERT ON uploads TO tongcheng_app;
--> statement-breakpoint
GRANT UPDATE (claimed_by, claimed_at) ON uploads TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE uploads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY uploads_own_read ON uploads FOR SELECT
  USING (owner_id::text = current_setting('app.user_id', true));
--> statement-breakpoint
CREATE POLICY uploads_own_insert ON uploads FOR INSERT
  WITH CHECK (owner_id::text = current_setting('app.user_id', true) AND claimed_by IS NULL);
--> statement-breakpoint
CREATE POLICY uploads_own_claim ON uploads FOR UPDATE
  USING (owner_id::text = current_setting('app.user_id', true) AND claimed_by IS NULL)
  WITH CHECK (owner_id::text = current_setting('app.user_id', true) AND claimed_by IS NOT NULL);
--> statement-breakpoint
-- Case materials are append-only. They are visible exactly when their case is: the subquery runs
-- under the cases policies (applicant, deciding officer, receiving window, city administrator,
-- coordination office), as case_events does.
GRANT SELECT, INSERT ON case_materials TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE case_materials ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_materials_read ON case_materials FOR SELECT
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_materials.case_id));
--> statement-breakpoint
-- Supplied only by the case's applicant or the clerk of the window that received it, in their
-- own name; a file only from an upload of theirs already claimed for this case, with its facts.
CREATE POLICY case_materials_supply ON case_materials FOR INSERT
  WITH CHECK (
    supplied_by::text = current_setting('app.user_id', true)
    AND EXISTS (
      SELECT 1 FROM cases c
      WHERE c.id = case_materials.case_id
        AND (
          c.applicant_id::text = current_setting('app.user_id', true)
          OR (
            'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ','))
            AND c.receiving_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
          )
        )
    )
    AND (
      upload_id IS NULL
      OR EXISTS (
        SELECT 1 FROM uploads u
        WHERE u.id = case_materials.upload_id
          AND u.owner_id::text = current_setting('app.user_id', true)
          AND u.claimed_by = case_materials.case_id
          AND u.sha256 = case_materials.sha256
          AND u.size_bytes = case_materials.size_bytes
          AND u.media_type = case_materials.media_type
      )
    )
  );
