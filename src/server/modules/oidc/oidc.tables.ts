import { sql } from 'drizzle-orm';
import {
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * What the OpenID Connect provider keeps between requests (sessions, interactions, grants,
 * authorization codes, access tokens), in the shape oidc-provider's adapters expect: one row per
 * model and id, the payload as the library wrote it. A system table: only the schema owner reads it.
 */
export const oidcPayloads = pgTable(
  'oidc_payloads',
  {
    id: varchar('id', { length: 255 }).notNull(),
    /** The library's model name: Session, Interaction, Grant, AuthorizationCode, AccessToken, … */
    kind: varchar('kind', { length: 64 }).notNull(),
    payload: jsonb('payload').notNull(),
    grantId: varchar('grant_id', { length: 255 }),
    userCode: varchar('user_code', { length: 255 }),
    uid: varchar('uid', { length: 255 }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** Set when an authorization code is redeemed; a second redemption revokes the whole grant. */
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.id] }),
    index('oidc_payloads_grant_id_idx').on(t.grantId),
    index('oidc_payloads_uid_idx').on(t.uid),
    index('oidc_payloads_user_code_idx').on(t.userCode),
    index('oidc_payloads_expires_at_idx').on(t.expiresAt),
  ],
);

/**
 * Signing keys of ID tokens, with the secret that signs the provider's cookies. The newest key
 * whose activation time has come signs; a key made by a rotation is published first and signs a
 * little later, and the key it replaces stays published until what it signed has expired.
 * A system table: private keys never reach the application role.
 */
export const oidcSigningKeys = pgTable(
  'oidc_signing_keys',
  {
    kid: varchar('kid', { length: 64 }).primaryKey(),
    privateJwk: jsonb('private_jwk').notNull(),
    cookieSecret: varchar('cookie_secret', { length: 64 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    activatesAt: timestamp('activates_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('oidc_signing_keys_activates_at_idx').on(t.activatesAt)],
);

/**
 * The sites (relying parties) allowed to sign people in through 统一身份认证, registered by the
 * system administrator. A confidential client's secret is kept only as its SHA-256.
 */
export const oidcClients = pgTable(
  'oidc_clients',
  {
    clientId: varchar('client_id', { length: 64 }).primaryKey(),
    name: text('name').notNull(),
    type: text('type', { enum: ['confidential', 'public'] }).notNull(),
    secretHash: varchar('secret_hash', { length: 64 }),
    redirectUris: text('redirect_uris').array().notNull(),
    postLogoutRedirectUris: text('post_logout_redirect_uris').array().notNull(),
    /** The scopes besides openid this site may ask for; id_number only when the administrator allows it. */
    scopes: text('scopes').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The administrator who registered it; null for demo data. */
    createdBy: uuid('created_by'),
  },
  () => [check('oidc_clients_secret_by_type', sql`(type = 'confidential') = (secret_hash is not null)`)],
);
