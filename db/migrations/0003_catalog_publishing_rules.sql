-- A published implementation never changes: only its status may move on, to superseded (a newer
-- version was published) or withdrawn. Drafts may be edited and deleted freely.
CREATE OR REPLACE FUNCTION item_implementations_keep_published() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'implementation % was published and cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - 'status') IS DISTINCT FROM (to_jsonb(OLD) - 'status')
     OR NOT (OLD.status = NEW.status OR (OLD.status = 'published' AND NEW.status IN ('superseded', 'withdrawn'))) THEN
    RAISE EXCEPTION 'implementation % was published and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER item_implementations_keep_published
  BEFORE UPDATE OR DELETE ON item_implementations
  FOR EACH ROW EXECUTE FUNCTION item_implementations_keep_published();
--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON item_implementations TO tongcheng_app;
--> statement-breakpoint
GRANT INSERT, UPDATE ON service_items TO tongcheng_app;
--> statement-breakpoint
-- Drafts are seen only by their city's administrators and the coordination office; a city's
-- administrators write only their own city's implementations.
ALTER TABLE item_implementations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY item_implementations_read ON item_implementations FOR SELECT
  USING (
    status <> 'draft'
    OR (
      'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
      AND city_code = current_setting('app.city_code', true)
    )
    OR 'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
  );
--> statement-breakpoint
CREATE POLICY item_implementations_city_admin_insert ON item_implementations FOR INSERT
  WITH CHECK (
    'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND city_code = current_setting('app.city_code', true)
  );
--> statement-breakpoint
CREATE POLICY item_implementations_city_admin_update ON item_implementations FOR UPDATE
  USING (
    'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND city_code = current_setting('app.city_code', true)
  )
  WITH CHECK (
    'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND city_code = current_setting('app.city_code', true)
  );
--> statement-breakpoint
CREATE POLICY item_implementations_city_admin_delete ON item_implementations FOR DELETE
  USING (
    'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND city_code = current_setting('app.city_code', true)
    AND status = 'draft'
  );
--> statement-breakpoint
-- Items are shared by the metro area: the coordination office keeps them.
ALTER TABLE service_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY service_items_read ON service_items FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY service_items_office_write ON service_items FOR INSERT
  WITH CHECK ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')));
--> statement-breakpoint
CREATE POLICY service_items_office_update ON service_items FOR UPDATE
  USING ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')))
  WITH CHECK ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')));
