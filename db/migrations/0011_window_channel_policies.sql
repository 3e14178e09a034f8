-- 异地代收代办: a window clerk files in the applicant's name, follows what their hall received,
-- and hands over results left for collection there. Each policy names the hall through
-- receiving_org_id, so a clerk of another hall sees and changes nothing. case_events needs no new
-- policy: its EXISTS policies follow whatever cases row the actor can see.
CREATE POLICY cases_window_read ON cases FOR SELECT
  USING (
    'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND receiving_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
  );
--> statement-breakpoint
-- Only a fresh window case of the clerk's own hall; the service has matched the applicant's
-- account by 身份证号 and name and recorded their consent (the CHECK constraint requires it).
CREATE POLICY cases_window_receive ON cases FOR INSERT
  WITH CHECK (
    current_setting('app.kind', true) = 'staff'
    AND 'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND channel = 'window'
    AND status = 'submitted'
    AND receiving_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
  );
--> statement-breakpoint
-- The hand-over: only a result delivered for collection at this hall, and only to closed.
CREATE POLICY cases_window_hand_over ON cases FOR UPDATE
  USING (
    'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND receiving_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
    AND status = 'delivered'
    AND delivery_method = 'window'
  )
  WITH CHECK (
    'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND receiving_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
    AND status = 'closed'
  );
