CREATE TABLE "case_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid,
	"case_number" varchar(24),
	"item_code" varchar(40),
	"visit_org_id" uuid,
	"visit_window" varchar(16),
	"visit_date" date,
	"rater_id" uuid NOT NULL,
	"rater_kind" text NOT NULL,
	"rater_name" text NOT NULL,
	"rater_mobile" varchar(11),
	"grade" smallint NOT NULL,
	"score_overall" smallint NOT NULL,
	"score_efficiency" smallint NOT NULL,
	"score_guide_accuracy" smallint NOT NULL,
	"score_convenience" smallint NOT NULL,
	"score_usability" smallint NOT NULL,
	"comment" varchar(500),
	"channel" text NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"org_id" uuid NOT NULL,
	"excluded" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_evaluations_grades_in_range" CHECK (grade between 1 and 5 and score_overall between 1 and 5 and score_efficiency between 1 and 5 and score_guide_accuracy between 1 and 5 and score_convenience between 1 and 5 and score_usability between 1 and 5),
	CONSTRAINT "case_evaluations_case_or_visit" CHECK ((case_id is not null and visit_org_id is null and visit_window is null and visit_date is null) or (case_id is null and visit_org_id is not null and visit_window is not null and visit_date is not null and org_id = visit_org_id))
);
--> statement-breakpoint
CREATE TABLE "rectification_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"status" text NOT NULL,
	"due_date" date NOT NULL,
	"response" text,
	"responded_by" uuid,
	"responded_by_name" text,
	"responded_at" timestamp with time zone,
	"callback_at" timestamp with time zone,
	"callback_method" text,
	"callback_outcome" text,
	"rater_satisfied" boolean,
	"callback_by" uuid,
	"callback_by_name" text,
	"callback_recorded_at" timestamp with time zone,
	"appeal_reason" text,
	"appealed_by" uuid,
	"appealed_by_name" text,
	"appealed_at" timestamp with time zone,
	"appeal_decision" text,
	"appeal_decision_reason" text,
	"appeal_decided_by" uuid,
	"appeal_decided_by_name" text,
	"appeal_decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rectification_tasks" ADD CONSTRAINT "rectification_tasks_evaluation_id_case_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."case_evaluations"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "case_evaluations_case_id_key" ON "case_evaluations" USING btree ("case_id") WHERE case_id is not null;
--> statement-breakpoint
CREATE UNIQUE INDEX "case_evaluations_visit_key" ON "case_evaluations" USING btree ("rater_id","visit_org_id","visit_window","visit_date") WHERE case_id is null;
--> statement-breakpoint
CREATE INDEX "case_evaluations_rater_id_idx" ON "case_evaluations" USING btree ("rater_id","created_at","id");
--> statement-breakpoint
CREATE INDEX "case_evaluations_org_id_idx" ON "case_evaluations" USING btree ("org_id","created_at");
--> statement-breakpoint
CREATE INDEX "case_evaluations_city_code_idx" ON "case_evaluations" USING btree ("city_code","created_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "rectification_tasks_evaluation_id_key" ON "rectification_tasks" USING btree ("evaluation_id");
--> statement-breakpoint
CREATE INDEX "rectification_tasks_org_id_idx" ON "rectification_tasks" USING btree ("org_id","status","created_at");
--> statement-breakpoint
CREATE INDEX "rectification_tasks_city_code_idx" ON "rectification_tasks" USING btree ("city_code","status");
--> statement-breakpoint
CREATE INDEX "rectification_tasks_status_idx" ON "rectification_tasks" USING btree ("status","created_at");
--> statement-breakpoint
-- 好差评 and 差评整改. Who sees a rating: the rater; the staff of the department or hall that
-- served (case officers, window clerks of that organisation); their city's administrator; the
-- coordination office. Nobody else, whatever city they claim.
GRANT SELECT, INSERT ON case_evaluations TO tongcheng_app;
--> statement-breakpoint
-- The only change a rating ever takes: the office leaving it out of statistics on appeal.
GRANT UPDATE (excluded) ON case_evaluations TO tongcheng_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON rectification_tasks TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE case_evaluations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_evaluations_read ON case_evaluations FOR SELECT
  USING (
    rater_id::text = current_setting('app.user_id', true)
    OR (
      ('case_officer' = ANY (string_to_array(current_setting('app.roles', true), ',')) OR 'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ',')))
      AND org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
    )
    OR (
      'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
      AND city_code = current_setting('app.city_code', true)
    )
    OR 'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
  );
--> statement-breakpoint
-- A person rates in their own name only: their own closed case, named with the department and
-- city that decided it, or a service hall that exists in the city named. The subquery on cases
-- runs under the cases policies, so another person's case is not there to rate.
CREATE POLICY case_evaluations_rate ON case_evaluations FOR INSERT
  WITH CHECK (
    rater_id::text = current_setting('app.user_id', true)
    AND current_setting('app.kind', true) IN ('citizen', 'enterprise')
    AND rater_kind = current_setting('app.kind', true)
    AND excluded = false
    AND (
      (
        case_id IS NOT NULL
        AND EXISTS (
          SELECT 1 FROM cases c
          WHERE c.id = case_evaluations.case_id
            AND c.applicant_id = case_evaluations.rater_id
            AND c.status = 'closed'
            AND c.deciding_org_id = case_evaluations.org_id
            AND c.city_code = case_evaluations.city_code
        )
      )
      OR (
        case_id IS NULL
        AND EXISTS (
          SELECT 1 FROM organisations o
          WHERE o.id = case_evaluations.visit_org_id
            AND o.kind = 'service_hall'
            AND o.city_code = case_evaluations.city_code
        )
      )
    )
  );
--> statement-breakpoint
CREATE POLICY case_evaluations_exclude ON case_evaluations FOR UPDATE
  USING ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')))
  WITH CHECK ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')));
--> statement-breakpoint
ALTER TABLE rectification_tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The rater sees the task of their own rating (the subquery runs under the policies above).
CREATE POLICY rectification_tasks_read ON rectification_tasks FOR SELECT
  USING (
    (
      ('case_officer' = ANY (string_to_array(current_setting('app.roles', true), ',')) OR 'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ',')))
      AND org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
    )
    OR (
      'city_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
      AND city_code = current_setting('app.city_code', true)
    )
    OR 'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
    OR EXISTS (
      SELECT 1 FROM case_evaluations e
      WHERE e.id = rectification_tasks.evaluation_id
        AND e.rater_id::text = current_setting('app.user_id', true)
    )
  );
--> statement-breakpoint
-- Opened only together with the rater's own 差评, for the organisation and city it names.
CREATE POLICY rectification_tasks_open ON rectification_tasks FOR INSERT
  WITH CHECK (
    status = 'open'
    AND response IS NULL
    AND callback_at IS NULL
    AND appeal_reason IS NULL
    AND appeal_decision IS NULL
    AND EXISTS (
      SELECT 1 FROM case_evaluations e
      WHERE e.id = rectification_tasks.evaluation_id
        AND e.rater_id::text = current_setting('app.user_id', true)
        AND e.grade <= 2
        AND e.org_id = rectification_tasks.org_id
        AND e.city_code = rectification_tasks.city_code
    )
  );
--> statement-breakpoint
-- The department answers, records the call-back or appeals; it cannot decide its own appeal.
CREATE POLICY rectification_tasks_handle ON rectification_tasks FOR UPDATE
  USING (
    ('case_officer' = ANY (string_to_array(current_setting('app.roles', true), ',')) OR 'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ',')))
    AND org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
    AND status IN ('open', 'responded', 'appeal_rejected')
  )
  WITH CHECK (
    ('case_officer' = ANY (string_to_array(current_setting('app.roles', true), ',')) OR 'window_clerk' = ANY (string_to_array(current_setting('app.roles', true), ',')))
    AND org_id::text = ANY (string_to_array(current_setting('app.org_ids', true), ','))
    AND status IN ('responded', 'closed', 'appealed')
  );
--> statement-breakpoint
-- Only the coordination office decides an appeal, and only one that is pending.
CREATE POLICY rectification_tasks_decide_appeal ON rectification_tasks FOR UPDATE
  USING ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')) AND status = 'appealed')
  WITH CHECK (
    'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND status IN ('appeal_upheld', 'appeal_rejected')
  );
