CREATE TABLE "case_deadline_alerts" (
	"case_id" uuid NOT NULL,
	"deciding_org_id" uuid NOT NULL,
	"light" text NOT NULL,
	"due_date" date NOT NULL,
	"alerted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_deadline_alerts_pk" PRIMARY KEY("case_id","deciding_org_id","light")
);
--> statement-breakpoint
CREATE TABLE "case_worklist_counts" (
	"deciding_org_id" uuid NOT NULL,
	"item_code" varchar(40) NOT NULL,
	"receiving_city_code" varchar(6) NOT NULL,
	"status" text NOT NULL,
	"due_date" date NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "case_worklist_counts_pk" PRIMARY KEY("deciding_org_id","item_code","receiving_city_code","status","due_date")
);
--> statement-breakpoint
CREATE TABLE "job_schedules" (
	"name" varchar(64) PRIMARY KEY NOT NULL,
	"period_seconds" integer NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"last_enqueued_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "cases_deciding_org_worklist_idx";--> statement-breakpoint
ALTER TABLE "case_deadline_alerts" ADD CONSTRAINT "case_deadline_alerts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_deciding_org_worklist_idx" ON "cases" USING btree ("deciding_org_id","status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "cases_deciding_org_recent_idx" ON "cases" USING btree ("deciding_org_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "cases_deciding_org_item_idx" ON "cases" USING btree ("deciding_org_id","item_code","submitted_at","id");--> statement-breakpoint
CREATE INDEX "cases_deciding_org_receiving_city_idx" ON "cases" USING btree ("deciding_org_id","receiving_city_code","submitted_at","id");--> statement-breakpoint
CREATE INDEX "cases_deciding_org_clock_idx" ON "cases" USING btree ("deciding_org_id","due_date","id") WHERE status in ('accepted', 'under_review');--> statement-breakpoint

-- The worklist counts follow every change of a case's department, item, receiving city, status
-- or due date; due_date counts only while the clock runs ('infinity' otherwise). The function
-- runs as the owner, so the application role may read the counts (below) but never write them.
-- An update touches two counter rows in one statement, in key order, so concurrent transitions
-- lock them in the same order.
CREATE OR REPLACE FUNCTION case_worklist_counts_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  old_due date;
  new_due date;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    old_due := CASE WHEN OLD.status IN ('accepted', 'under_review') AND OLD.due_date IS NOT NULL
                    THEN OLD.due_date ELSE 'infinity'::date END;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    new_due := CASE WHEN NEW.status IN ('accepted', 'under_review') AND NEW.due_date IS NOT NULL
                    THEN NEW.due_date ELSE 'infinity'::date END;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_worklist_counts AS w
      (deciding_org_id, item_code, receiving_city_code, status, due_date, city_code, cases)
    VALUES (NEW.deciding_org_id, NEW.item_code, NEW.receiving_city_code, NEW.status, new_due, NEW.city_code, 1)
    ON CONFLICT (deciding_org_id, item_code, receiving_city_code, status, due_date)
    DO UPDATE SET cases = w.cases + 1, city_code = EXCLUDED.city_code;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE case_worklist_counts SET cases = cases - 1
     WHERE deciding_org_id = OLD.deciding_org_id AND item_code = OLD.item_code
       AND receiving_city_code = OLD.receiving_city_code AND status = OLD.status AND due_date = old_due;
  ELSIF (OLD.deciding_org_id, OLD.item_code, OLD.receiving_city_code, OLD.status, old_due)
        IS DISTINCT FROM (NEW.deciding_org_id, NEW.item_code, NEW.receiving_city_code, NEW.status, new_due) THEN
    INSERT INTO case_worklist_counts AS w
      (deciding_org_id, item_code, receiving_city_code, status, due_date, city_code, cases)
    SELECT v.deciding_org_id, v.item_code, v.receiving_city_code, v.status, v.due_date, v.city_code, v.delta
      FROM (VALUES
        (OLD.deciding_org_id, OLD.item_code, OLD.receiving_city_code, OLD.status, old_due, OLD.city_code, -1),
        (NEW.deciding_org_id, NEW.item_code, NEW.receiving_city_code, NEW.status, new_due, NEW.city_code, 1)
      ) AS v (deciding_org_id, item_code, receiving_city_code, status, due_date, city_code, delta)
     ORDER BY v.deciding_org_id, v.item_code, v.receiving_city_code, v.status, v.due_date
    ON CONFLICT (deciding_org_id, item_code, receiving_city_code, status, due_date)
    DO UPDATE SET cases = w.cases + EXCLUDED.cases, city_code = EXCLUDED.city_code;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_worklist_counts
  AFTER INSERT OR DELETE OR UPDATE OF deciding_org_id, item_code, receiving_city_code, status, due_date ON cases
  FOR EACH ROW EXECUTE FUNCTION case_worklist_counts_follow();
--> statement-breakpoint
INSERT INTO case_worklist_counts (deciding_org_id, item_code, receiving_city_code, status, due_date, city_code, cases)
SELECT deciding_org_id, item_code, receiving_city_code, status,
       CASE WHEN status IN ('accepted', 'under_review') AND due_date IS NOT NULL THEN due_date ELSE 'infinity'::date END,
       min(city_code), count(*)::int
  FROM cases
 GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
GRANT SELECT ON case_worklist_counts TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE case_worklist_counts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The counts of a department are seen by whoever sees its cases (cases_read): its officers, the
-- city's administrators and the coordination office. The settings are read in scalar subqueries,
-- evaluated once per query rather than once per row.
CREATE POLICY case_worklist_counts_read ON case_worklist_counts FOR SELECT
  USING (
    (
      (SELECT 'case_officer' = ANY (string_to_array(current_setting('app.roles', true), ',')))
      AND deciding_org_id::text = ANY ((SELECT string_to_array(current_setting('app.org_ids', true), ','))::text[])
    )
    OR (
      (SELECT 'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ',')))
      AND city_code = (SELECT current_setting('app.city_code', true))
    )
    OR (SELECT 'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')))
  );
--> statement-breakpoint
-- Alerts and schedules are the job runner's, on the owner connection: no grant, and row-level
-- security on in case one is ever given.
ALTER TABLE case_deadline_alerts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE job_schedules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint

-- 转办: the one way a case leaves its department. cases_handle keeps an officer's update inside
-- their own department, and an update may not move a row out of the updater's sight, so the move
-- runs here, as the owner, after checking in SQL what the policies would: a case officer of the
-- case's department, a status before any decision, the published implementation of the same item
-- by the receiving department, and the transfer already in the history, appended by this officer
-- while the case was still theirs. Anything else changes nothing and answers false.
CREATE OR REPLACE FUNCTION transfer_case(p_case_id uuid, p_implementation_id uuid, p_at timestamptz)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  c cases%ROWTYPE;
  i item_implementations%ROWTYPE;
BEGIN
  IF current_setting('app.kind', true) IS DISTINCT FROM 'staff'
     OR NOT ('case_officer' = ANY (string_to_array(current_setting('app.roles', true), ','))) THEN
    RETURN false;
  END IF;
  SELECT * INTO c FROM cases WHERE id = p_case_id FOR UPDATE;
  IF NOT FOUND
     OR NOT (c.deciding_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ',')))
     OR c.status NOT IN ('submitted', 'accepted', 'under_review') THEN
    RETURN false;
  END IF;
  SELECT * INTO i FROM item_implementations
   WHERE id = p_implementation_id AND status = 'published' AND item_code = c.item_code;
  IF NOT FOUND OR i.org_id = c.deciding_org_id THEN
    RETURN false;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM case_events e
     WHERE e.case_id = c.id
       AND e.seq = (SELECT max(seq) FROM case_events WHERE case_id = c.id)
       AND e.type = 'transfer'
       AND e.from_status = c.status
       AND e.actor_id::text = current_setting('app.user_id', true)
       AND e.details -> 'transfer' ->> 'fromOrgId' = c.deciding_org_id::text
       AND e.details -> 'transfer' ->> 'toOrgId' = i.org_id::text
  ) THEN
    RETURN false;
  END IF;
  UPDATE cases
     SET deciding_org_id = i.org_id,
         city_code = i.city_code,
         implementation_id = i.id,
         implementation_version = i.version,
         promised_days = i.promised_days,
         status = 'submitted',
         accepted_at = NULL,
         due_date = NULL,
         updated_at = p_at
   WHERE id = c.id;
  RETURN true;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION transfer_case(uuid, uuid, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION transfer_case(uuid, uuid, timestamptz) TO tongcheng_app;
