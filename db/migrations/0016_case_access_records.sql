CREATE TABLE "access_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"source" text NOT NULL,
	"case_id" uuid,
	"case_number" varchar(24),
	"accessor_id" uuid,
	"accessor_name" text,
	"accessor_role" varchar(32) NOT NULL,
	"city_code" varchar(6),
	"org_id" uuid,
	"purpose" varchar(32) NOT NULL,
	"reason" text,
	"seen" varchar(32) NOT NULL,
	"seen_ref" varchar(64),
	"registry" varchar(64),
	"accessed_at" timestamp with time zone NOT NULL,
	"dedupe_key" varchar(200),
	CONSTRAINT "access_records_source_known" CHECK ("access_records"."source" in ('staff_view', 'registry_query', 'export')),
	CONSTRAINT "access_records_staff_view_complete" CHECK ("access_records"."source" <> 'staff_view' or ("access_records"."accessor_id" is not null and "access_records"."accessor_name" is not null and "access_records"."case_id" is not null)),
	CONSTRAINT "access_records_registry_named" CHECK ("access_records"."source" <> 'registry_query' or "access_records"."registry" is not null)
);
--> statement-breakpoint
CREATE INDEX "access_records_subject_idx" ON "access_records" USING btree ("subject_id","accessed_at","id");--> statement-breakpoint
CREATE INDEX "access_records_case_idx" ON "access_records" USING btree ("case_id","accessed_at","id");--> statement-breakpoint
CREATE INDEX "access_records_accessor_idx" ON "access_records" USING btree ("accessor_id","accessed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "access_records_dedupe_key_key" ON "access_records" USING btree ("dedupe_key");--> statement-breakpoint
-- The data tracker is append-only for the application role: it may add records and read those
-- its policies admit, and is granted no UPDATE or DELETE, so nobody can edit or erase a record
-- through the application, whatever the policies say.
GRANT SELECT, INSERT ON access_records TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE access_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The applicant reads the records about themselves; the coordination office reads all of them
-- to audit. No other staff member reads any, not even their own.
CREATE POLICY access_records_read ON access_records FOR SELECT
  USING (
    subject_id::text = current_setting('app.user_id', true)
    OR 'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
  );
--> statement-breakpoint
-- A staff member records only their own access, for a department they work for, and only about
-- the applicant of a case they can see (the subquery runs under the cases policies).
CREATE POLICY access_records_append ON access_records FOR INSERT
  WITH CHECK (
    current_setting('app.kind', true) = 'staff'
    AND accessor_id::text = current_setting('app.user_id', true)
    AND (
      org_id IS NULL
      OR org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
    )
    AND (
      case_id IS NULL
      OR EXISTS (
        SELECT 1 FROM cases c
        WHERE c.id = access_records.case_id AND c.applicant_id = access_records.subject_id
      )
    )
  );
