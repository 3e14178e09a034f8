-- The outbox: a request transaction (as the application role) may add an event to it, nothing
-- more; only the job runner, on the owner connection, reads and settles events.
GRANT INSERT ON outbox_events TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE outbox_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_events_enqueue ON outbox_events FOR INSERT WITH CHECK (true);
--> statement-breakpoint

-- The inbox: a person reads their own notices and may only mark them read. Notices are written
-- by the job runner on the owner connection.
GRANT SELECT ON notifications TO tongcheng_app;
--> statement-breakpoint
GRANT UPDATE (read_at) ON notifications TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notifications_own ON notifications
  USING (account_id::text = current_setting('app.user_id', true))
  WITH CHECK (account_id::text = current_setting('app.user_id', true));
