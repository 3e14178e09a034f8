CREATE TABLE "oidc_clients" (
	"client_id" varchar(64) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"secret_hash" varchar(64),
	"redirect_uris" text[] NOT NULL,
	"post_logout_redirect_uris" text[] NOT NULL,
	"scopes" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "oidc_clients_secret_by_type" CHECK ((type = 'confidential') = (secret_hash is not null))
);
--> statement-breakpoint
CREATE TABLE "oidc_payloads" (
	"id" varchar(255) NOT NULL,
	"kind" varchar(64) NOT NULL,
	"payload" jsonb NOT NULL,
	"grant_id" varchar(255),
	"user_code" varchar(255),
	"uid" varchar(255),
	"expires_at" timestamp with time zone,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "oidc_payloads_kind_id_pk" PRIMARY KEY("kind","id")
);
--> statement-breakpoint
CREATE TABLE "oidc_signing_keys" (
	"kid" varchar(64) PRIMARY KEY NOT NULL,
	"private_jwk" jsonb NOT NULL,
	"cookie_secret" varchar(64) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"activates_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "oidc_payloads_grant_id_idx" ON "oidc_payloads" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "oidc_payloads_uid_idx" ON "oidc_payloads" USING btree ("uid");--> statement-breakpoint
CREATE INDEX "oidc_payloads_user_code_idx" ON "oidc_payloads" USING btree ("user_code");--> statement-breakpoint
CREATE INDEX "oidc_payloads_expires_at_idx" ON "oidc_payloads" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "oidc_signing_keys_activates_at_idx" ON "oidc_signing_keys" USING btree ("activates_at");--> statement-breakpoint
-- System tables of 统一身份认证: the provider's sessions, codes and tokens, and the private
-- signing keys. Only the schema owner (database.withSystem) reads or writes them; the application
-- role gets nothing, and row-level security without any policy denies it every row should a
-- grant ever be added by mistake.
REVOKE ALL ON oidc_payloads, oidc_signing_keys FROM tongcheng_app;
--> statement-breakpoint
ALTER TABLE oidc_payloads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE oidc_signing_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The client registry: the system administrator registers, lists and removes sites through the
-- application role; nobody else sees a row. The provider itself reads it as the owner.
GRANT SELECT, INSERT, DELETE ON oidc_clients TO tongcheng_app;
--> statement-breakpoint
ALTER TABLE oidc_clients ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY oidc_clients_system_admin ON oidc_clients
  USING ('system_admin' = ANY (string_to_array(current_setting('app.roles', true), ',')))
  WITH CHECK (
    'system_admin' = ANY (string_to_array(current_setting('app.roles', true), ','))
    AND created_by::text = current_setting('app.user_id', true)
  );
