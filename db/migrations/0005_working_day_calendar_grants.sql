-- The working-day calendar is public reference data: everyone reads it through the application.
-- The system administrator and the coordination office enter each year's official arrangement;
-- the service checks that first, the policies below hold even if it did not.
GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_days, calendar_years TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE calendar_days ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_days_read ON calendar_days FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY calendar_days_keep ON calendar_days FOR ALL
  USING (
    string_to_array(current_setting('app.roles', true), ',') && ARRAY['system_admin', 'coordination_office']
  )
  WITH CHECK (
    string_to_array(current_setting('app.roles', true), ',') && ARRAY['system_admin', 'coordination_office']
  );
--> statement-breakpoint
ALTER TABLE calendar_years ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_years_read ON calendar_years FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY calendar_years_keep ON calendar_years FOR ALL
  USING (
    string_to_array(current_setting('app.roles', true), ',') && ARRAY['system_admin', 'coordination_office']
  )
  WITH CHECK (
    string_to_array(current_setting('app.roles', true), ',') && ARRAY['system_admin', 'coordination_office']
  );
