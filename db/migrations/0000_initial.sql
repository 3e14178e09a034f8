CREATE TABLE "case_events" (
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_role" text NOT NULL,
	"actor_city_code" varchar(6),
	"actor_org_id" uuid,
	"channel" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_events_case_id_seq_pk" PRIMARY KEY("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "case_number_counters" (
	"city_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "case_number_counters_city_code_year_pk" PRIMARY KEY("city_code","year")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_number" varchar(24) NOT NULL,
	"query_code" varchar(12) NOT NULL,
	"item_code" varchar(40) NOT NULL,
	"implementation_id" uuid NOT NULL,
	"implementation_version" integer NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"deciding_org_id" uuid NOT NULL,
	"receiving_city_code" varchar(6) NOT NULL,
	"channel" text NOT NULL,
	"applicant_id" uuid NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" varchar(18),
	"applicant_credit_code" varchar(18),
	"applicant_mobile" varchar(11),
	"form" jsonb NOT NULL,
	"status" text NOT NULL,
	"decision_reason" text,
	"promised_days" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"account_id" uuid NOT NULL,
	"key" varchar(128) NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"response_status" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_account_id_key_pk" PRIMARY KEY("account_id","key")
);
--> statement-breakpoint
CREATE TABLE "item_implementations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_code" varchar(40) NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"statutory_days" integer NOT NULL,
	"promised_days" integer NOT NULL,
	"fee_yuan" numeric(10, 2) DEFAULT '0' NOT NULL,
	"materials" jsonb NOT NULL,
	"form" jsonb NOT NULL,
	"delivery" text[] NOT NULL,
	"off_site_city_codes" varchar(6)[] NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_items" (
	"code" varchar(40) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"type" text NOT NULL,
	"subject" text NOT NULL,
	"legal_basis" text NOT NULL,
	"modes" text[] NOT NULL,
	"summary" text NOT NULL,
	"guide" jsonb NOT NULL,
	"result_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cities" (
	"code" varchar(6) PRIMARY KEY NOT NULL,
	"metro_area_code" varchar(32) NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"name_en" text NOT NULL,
	"case_prefix" varchar(4) NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "cities_case_prefix_unique" UNIQUE("case_prefix")
);
--> statement-breakpoint
CREATE TABLE "divisions" (
	"code" varchar(6) PRIMARY KEY NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metro_areas" (
	"code" varchar(32) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"division_code" varchar(6),
	"kind" text NOT NULL,
	"key" varchar(32) NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"address" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_windows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hall_id" uuid NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"number" varchar(16) NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"display_name" text NOT NULL,
	"id_number" varchar(18),
	"credit_code" varchar(18),
	"legal_representative" text,
	"mobile" varchar(11),
	"email" text,
	"username" varchar(64),
	"password_hash" text NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_kind_identifier" CHECK ((kind = 'citizen' and id_number is not null) or (kind = 'enterprise' and credit_code is not null) or (kind = 'staff' and username is not null))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"account_id" uuid NOT NULL,
	"csrf_token" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "staff_role_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text NOT NULL,
	"city_code" varchar(6),
	"org_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site_settings" (
	"key" varchar(64) PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_implementations" ADD CONSTRAINT "item_implementations_item_code_service_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."service_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cities" ADD CONSTRAINT "cities_metro_area_code_metro_areas_code_fk" FOREIGN KEY ("metro_area_code") REFERENCES "public"."metro_areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "divisions" ADD CONSTRAINT "divisions_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_division_code_divisions_code_fk" FOREIGN KEY ("division_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_windows" ADD CONSTRAINT "service_windows_hall_id_organisations_id_fk" FOREIGN KEY ("hall_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_windows" ADD CONSTRAINT "service_windows_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_role_grants" ADD CONSTRAINT "staff_role_grants_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_case_number_key" ON "cases" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "cases_applicant_id_idx" ON "cases" USING btree ("applicant_id","submitted_at");--> statement-breakpoint
CREATE INDEX "cases_deciding_org_worklist_idx" ON "cases" USING btree ("deciding_org_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "cases_city_code_idx" ON "cases" USING btree ("city_code","submitted_at");--> statement-breakpoint
CREATE INDEX "cases_receiving_city_code_idx" ON "cases" USING btree ("receiving_city_code");--> statement-breakpoint
CREATE INDEX "cases_implementation_id_idx" ON "cases" USING btree ("implementation_id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "item_implementations_item_city_version_key" ON "item_implementations" USING btree ("item_code","city_code","version");--> statement-breakpoint
CREATE INDEX "item_implementations_city_code_idx" ON "item_implementations" USING btree ("city_code");--> statement-breakpoint
CREATE INDEX "item_implementations_org_id_idx" ON "item_implementations" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "divisions_city_code_idx" ON "divisions" USING btree ("city_code");--> statement-breakpoint
CREATE INDEX "organisations_city_code_idx" ON "organisations" USING btree ("city_code");--> statement-breakpoint
CREATE INDEX "organisations_division_code_idx" ON "organisations" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "service_windows_hall_id_idx" ON "service_windows" USING btree ("hall_id");--> statement-breakpoint
CREATE INDEX "service_windows_city_code_idx" ON "service_windows" USING btree ("city_code");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_citizen_id_number_key" ON "accounts" USING btree ("id_number") WHERE kind = 'citizen';--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_credit_code_key" ON "accounts" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_username_key" ON "accounts" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_citizen_mobile_key" ON "accounts" USING btree ("mobile") WHERE kind = 'citizen';--> statement-breakpoint
CREATE INDEX "sessions_account_id_idx" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "staff_role_grants_account_id_idx" ON "staff_role_grants" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "staff_role_grants_org_id_idx" ON "staff_role_grants" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "staff_role_grants_city_code_idx" ON "staff_role_grants" USING btree ("city_code");