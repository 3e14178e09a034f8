-- The read policies of cases, rewritten so that the session settings are read in scalar
-- subqueries: PostgreSQL evaluates those once per statement instead of once per row, which is
-- what a department's worklist over hundreds of thousands of cases pays for. Who may read what is
-- unchanged (see 0001 and 0011).
DROP POLICY cases_read ON cases;
--> statement-breakpoint
CREATE POLICY cases_read ON cases FOR SELECT
  USING (
    applicant_id::text = (SELECT current_setting('app.user_id', true))
    OR (
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
DROP POLICY cases_window_read ON cases;
--> statement-breakpoint
CREATE POLICY cases_window_read ON cases FOR SELECT
  USING (
    (SELECT 'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ',')))
    AND receiving_org_id::text = ANY ((SELECT string_to_array(current_setting('app.org_ids', true), ','))::text[])
  );
