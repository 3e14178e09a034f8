CREATE TABLE "article_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"action" text NOT NULL,
	"revision" integer NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"note" text,
	"publish_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_revisions" (
	"article_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"channel" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text NOT NULL,
	"summary" text NOT NULL,
	"body_html" text NOT NULL,
	"source" text NOT NULL,
	"author" text NOT NULL,
	"cover_image_url" text,
	"cover_image_alt" text NOT NULL,
	"attachments" jsonb NOT NULL,
	"featured" boolean NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_by_name" text NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "article_revisions_article_id_revision_pk" PRIMARY KEY("article_id","revision")
);
--> statement-breakpoint
CREATE TABLE "article_view_counts" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_view_key" (
	"id" smallint PRIMARY KEY NOT NULL,
	"secret" varchar(64) NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_view_visitors" (
	"article_id" uuid NOT NULL,
	"visitor_hash" varchar(64) NOT NULL,
	"last_counted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "article_view_visitors_article_id_visitor_hash_pk" PRIMARY KEY("article_id","visitor_hash")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"revision" integer NOT NULL,
	"title" text NOT NULL,
	"subtitle" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_html" text NOT NULL,
	"source" text NOT NULL,
	"author" text DEFAULT '' NOT NULL,
	"cover_image_url" text,
	"cover_image_alt" text DEFAULT '' NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"publish_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_by_name" text NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text,
	"reviewed_by" uuid,
	"reviewed_by_name" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_events" ADD CONSTRAINT "article_events_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_view_counts" ADD CONSTRAINT "article_view_counts_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_events_article_idx" ON "article_events" USING btree ("article_id","created_at");--> statement-breakpoint
CREATE INDEX "article_view_visitors_last_counted_idx" ON "article_view_visitors" USING btree ("last_counted_at");--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("channel","publish_at","id") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "articles_status_idx" ON "articles" USING btree ("status","updated_at");--> statement-breakpoint
-- Who may take which step of the editorial workflow, checked again under the service's checks:
-- the status moves only along draft → in_review → published → unpublished (and back to draft to
-- edit); content changes only while a draft is being edited, by the person recorded as editor;
-- and nobody approves an article they submitted or last edited (two people for every article).
-- Seeding on the owner connection sets no actor and is left alone.
CREATE OR REPLACE FUNCTION articles_workflow_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  acting text := coalesce(current_setting('app.user_id', true), '');
  workflow text[] := ARRAY['status', 'revision', 'publish_at', 'updated_by', 'updated_by_name', 'updated_at',
    'submitted_by', 'submitted_by_name', 'reviewed_by', 'reviewed_by_name'];
  content_changed boolean;
BEGIN
  IF acting = '' THEN
    RETURN NEW;
  END IF;
  IF NEW.id <> OLD.id OR NEW.created_by <> OLD.created_by OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'article % keeps its identity and creator', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF (OLD.status || '>' || NEW.status) NOT IN ('draft>draft', 'draft>in_review', 'in_review>draft',
      'in_review>published', 'published>unpublished', 'unpublished>draft') THEN
    RAISE EXCEPTION 'article % cannot move from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  content_changed := (to_jsonb(NEW) - workflow) IS DISTINCT FROM (to_jsonb(OLD) - workflow);
  IF content_changed AND (NEW.status <> 'draft' OR NEW.revision <> OLD.revision + 1) THEN
    RAISE EXCEPTION 'article % is edited only as a new revision of a draft', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.updated_by IS DISTINCT FROM OLD.updated_by AND NEW.updated_by::text <> acting THEN
    RAISE EXCEPTION 'article % is edited in its editor''s own name only', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'in_review' AND OLD.status = 'draft' AND NEW.submitted_by::text IS DISTINCT FROM acting THEN
    RAISE EXCEPTION 'article % is submitted in the submitter''s own name only', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'published' AND OLD.status = 'in_review' AND (
      acting = OLD.submitted_by::text OR acting = OLD.updated_by::text
      OR NEW.reviewed_by::text IS DISTINCT FROM acting OR NEW.publish_at IS NULL) THEN
    RAISE EXCEPTION 'article % must be approved by someone who neither submitted nor last edited it', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_workflow_guard
  BEFORE UPDATE ON articles
  FOR EACH ROW EXECUTE FUNCTION articles_workflow_guard();
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON articles TO tongcheng_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON article_revisions, article_events TO tongcheng_app;
--> statement-breakpoint
GRANT SELECT ON article_view_counts TO tongcheng_app;
--> statement-breakpoint
-- The public (and everyone else) sees an article once it is published and its time has come;
-- the coordination office sees and writes every article.
ALTER TABLE articles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY articles_public_read ON articles FOR SELECT
  USING (status = 'published' AND publish_at <= now());
--> statement-breakpoint
CREATE POLICY articles_office_read ON articles FOR SELECT
  USING ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')));
--> statement-breakpoint
CREATE POLICY articles_office_insert ON articles FOR INSERT
  WITH CHECK (
    'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND status = 'draft'
    AND created_by::text = current_setting('app.user_id', true)
    AND updated_by::text = current_setting('app.user_id', true)
  );
--> statement-breakpoint
CREATE POLICY articles_office_update ON articles FOR UPDATE
  USING ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')))
  WITH CHECK ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')));
--> statement-breakpoint
-- Versions and the editorial trail are the office's working papers: never public, written only
-- in the writer's own name, never changed (no UPDATE or DELETE is granted).
ALTER TABLE article_revisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY article_revisions_office_read ON article_revisions FOR SELECT
  USING ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')));
--> statement-breakpoint
CREATE POLICY article_revisions_office_insert ON article_revisions FOR INSERT
  WITH CHECK (
    'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND saved_by::text = current_setting('app.user_id', true)
  );
--> statement-breakpoint
ALTER TABLE article_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY article_events_office_read ON article_events FOR SELECT
  USING ('coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ',')));
--> statement-breakpoint
CREATE POLICY article_events_office_insert ON article_events FOR INSERT
  WITH CHECK (
    'coordination_office' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND actor_id::text = current_setting('app.user_id', true)
  );
--> statement-breakpoint
-- A count is visible exactly when its article is; counts are written only by the view counter
-- on the owner connection.
ALTER TABLE article_view_counts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY article_view_counts_read ON article_view_counts FOR SELECT
  USING (EXISTS (SELECT 1 FROM articles a WHERE a.id = article_view_counts.article_id));
--> statement-breakpoint
-- Visitor hashes and their key are the counter's alone: no grant, and no policy should one appear.
ALTER TABLE article_view_visitors ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE article_view_key ENABLE ROW LEVEL SECURITY;
