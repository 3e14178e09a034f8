import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/** One account per person, firm or staff member; the same login serves all four cities. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ['citizen', 'enterprise', 'staff'] }).notNull(),
    /** Real name, registered enterprise name, or staff member's name. */
    displayName: text('display_name').notNull(),
    /** 身份证号 of a citizen, or of an enterprise's legal representative. Sensitive personal data. */
    idNumber: varchar('id_number', { length: 18 }),
    creditCode: varchar('credit_code', { length: 18 }),
    legalRepresentative: text('legal_representative'),
    mobile: varchar('mobile', { length: 11 }),
    email: text('email'),
    username: varchar('username', { length: 64 }),
    passwordHash: text('password_hash').notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_citizen_id_number_key')
      .on(t.idNumber)
      .where(sql`kind = 'citizen'`),
    uniqueIndex('accounts_credit_code_key').on(t.creditCode),
    uniqueIndex('accounts_username_key').on(t.username),
    uniqueIndex('accounts_citizen_mobile_key')
      .on(t.mobile)
      .where(sql`kind = 'citizen'`),
    check(
      'accounts_kind_identifier',
      sql`(kind = 'citizen' and id_number is not null) or (kind = 'enterprise' and credit_code is not null) or (kind = 'staff' and username is not null)`,
    ),
  ],
);

/** A role a staff account holds, scoped to a city and organisation where the role needs one. */
export const staffRoleGrants = pgTable(
  'staff_role_grants',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: text('role', {
      enum: ['window_clerk', 'case_officer', 'city_admin', 'coordination_office', 'system_admin'],
    }).notNull(),
    cityCode: varchar('city_code', { length: 6 }),
    orgId: uuid('org_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('staff_role_grants_account_id_idx').on(t.accountId),
    index('staff_role_grants_org_id_idx').on(t.orgId),
    index('staff_role_grants_city_code_idx').on(t.cityCode),
  ],
);

/** Server-side sessions; only the SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_id_idx').on(t.accountId)],
);
