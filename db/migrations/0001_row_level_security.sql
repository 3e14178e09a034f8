-- The application role: request transactions switch to it with set_config('role', ..., true).
-- It is not superuser, has no BYPASSRLS and owns no table, so the policies below bind it.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tongcheng_app') THEN
    CREATE ROLE tongcheng_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT tongcheng_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tongcheng_app;
--> statement-breakpoint
-- Public reference data: readable by everyone through the application.
GRANT SELECT ON metro_areas, cities, divisions, organisations, service_windows, service_items, item_implementations, site_settings TO tongcheng_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON accounts, staff_role_grants, sessions, cases, case_events, case_number_counters, idempotency_keys TO tongcheng_app;
--> statement-breakpoint
GRANT DELETE ON sessions, staff_role_grants TO tongcheng_app;
--> statement-breakpoint

-- accounts: a person sees and edits only their own account; the system administrator manages staff.
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY accounts_self_or_admin ON accounts
  USING (
    id::text = current_setting('app.user_id', true)
    OR 'system_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
  );
--> statement-breakpoint
ALTER TABLE staff_role_grants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY staff_role_grants_self_or_admin ON staff_role_grants
  USING (
    account_id::text = current_setting('app.user_id', true)
    OR 'system_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
  )
  WITH CHECK ('system_admin' = ANY (string_to_array(current_setting('app.roles', true), ',')));
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sessions_own ON sessions
  USING (account_id::text = current_setting('app.user_id', true));
--> statement-breakpoint
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY idempotency_keys_own ON idempotency_keys
  USING (account_id::text = current_setting('app.user_id', true));
--> statement-breakpoint

-- cases: the applicant sees their own; a case officer the cases routed to their department;
-- a city administrator their city's; the coordination office all, read-only.
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_read ON cases FOR SELECT
  USING (
    applicant_id::text = current_setting('app.user_id', true)
    OR (
      'case_officer' = ANY (string_to_array(current_setting('app.roles', true), ','))
      AND deciding_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
    )
    OR (
      'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
      AND city_code = current_setting('app.city_code', true)
    )
    OR 'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
  );
--> statement-breakpoint
CREATE POLICY cases_apply ON cases FOR INSERT
  WITH CHECK (
    applicant_id::text = current_setting('app.user_id', true)
    AND current_setting('app.kind', true) IN ('citizen', 'enterprise')
  );
--> statement-breakpoint
CREATE POLICY cases_handle ON cases FOR UPDATE
  USING (
    'case_officer' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND deciding_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
  )
  WITH CHECK (
    'case_officer' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND deciding_org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
  );
--> statement-breakpoint
ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An event is visible, and may be appended, exactly when its case is visible to the actor;
-- the subquery runs under the cases policies. Nobody may write an event in another's name.
CREATE POLICY case_events_read ON case_events FOR SELECT
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_events.case_id));
--> statement-breakpoint
CREATE POLICY case_events_append ON case_events FOR INSERT
  WITH CHECK (
    actor_id::text = current_setting('app.user_id', true)
    AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_events.case_id)
  );
