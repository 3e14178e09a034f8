ALTER TABLE "item_implementations" ADD COLUMN "instant" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "item_implementations" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "item_implementations" ADD COLUMN "published_by" uuid;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "summary_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "keywords" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "life_events" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "item_implementations_one_published_key" ON "item_implementations" USING btree ("item_code","city_code") WHERE status = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "item_implementations_one_draft_key" ON "item_implementations" USING btree ("item_code","city_code") WHERE status = 'draft';