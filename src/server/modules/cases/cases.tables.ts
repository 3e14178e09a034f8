import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

export const caseStatuses = [
  'submitted',
  'supplement_requested',
  'accepted',
  'not_accepted',
  'under_review',
  'granted',
  'refused',
  'delivered',
  'closed',
  'withdrawn',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export interface CaseEventDetails {
  items?: { name: string; requirement: string }[];
  method?: 'online' | 'post' | 'window';
  trackingNumber?: string;
  /** Who received or handed over at a window (异地代收代办), named as they were at the time. */
  hallName?: string;
  clerkName?: string;
  /** The window clerk's checks before filing. */
  precheck?: { identityVerified: true; materialsChecked: true };
  /** 转办: the department (and its city) a misrouted case left, and the one it went to. */
  transfer?: {
    fromOrgId: string;
    fromOrgName: string;
    fromCityCode: string;
    toOrgId: string;
    toOrgName: string;
    toCityCode: string;
  };
}

/** One application (办件). city_code is the deciding city; its department decides. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    caseNumber: varchar('case_number', { length: 24 }).notNull(),
    queryCode: varchar('query_code', { length: 12 }).notNull(),
    itemCode: varchar('item_code', { length: 40 }).notNull(),
    implementationId: uuid('implementation_id').notNull(),
    implementationVersion: integer('implementation_version').notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    decidingOrgId: uuid('deciding_org_id').notNull(),
    receivingCityCode: varchar('receiving_city_code', { length: 6 }).notNull(),
    /** The service hall whose window received the application (异地代收); null when filed online. */
    receivingOrgId: uuid('receiving_org_id'),
    channel: text('channel', { enum: ['online', 'window'] }).notNull(),
    applicantId: uuid('applicant_id').notNull(),
    applicantKind: text('applicant_kind', { enum: ['citizen', 'enterprise'] }).notNull(),
    applicantName: text('applicant_name').notNull(),
    /** ID number of the citizen or of the enterprise's legal representative; masked in every view but the owner's. */
    applicantIdNumber: varchar('applicant_id_number', { length: 18 }),
    applicantCreditCode: varchar('applicant_credit_code', { length: 18 }),
    applicantMobile: varchar('applicant_mobile', { length: 11 }),
    /** When the applicant, present at the window, consented to the clerk filing in their name. */
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }),
    form: jsonb('form').$type<Record<string, string | number>>().notNull(),
    status: text('status', { enum: caseStatuses }).notNull(),
    decisionReason: text('decision_reason'),
    promisedDays: integer('promised_days').notNull(),
    /** The promised deadline in working days from acceptance, moved on by every 补正 pause. */
    dueDate: date('due_date', { mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    deliveryMethod: text('delivery_method', { enum: ['online', 'post', 'window'] }),
    trackingNumber: varchar('tracking_number', { length: 40 }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('cases_case_number_key').on(t.caseNumber),
    index('cases_applicant_id_idx').on(t.applicantId, t.submittedAt),
    // The department's worklist, one index per filter that can be selective, each in the list's
    // order (newest first, read backwards) with id last so that keyset pages are exact.
    index('cases_deciding_org_worklist_idx').on(t.decidingOrgId, t.status, t.submittedAt, t.id),
    index('cases_deciding_org_recent_idx').on(t.decidingOrgId, t.submittedAt, t.id),
    index('cases_deciding_org_item_idx').on(t.decidingOrgId, t.itemCode, t.submittedAt, t.id),
    index('cases_deciding_org_receiving_city_idx').on(
      t.decidingOrgId,
      t.receivingCityCode,
      t.submittedAt,
      t.id,
    ),
    // Cases whose clock runs, by due date: the light filter (most urgent first) and the sweep.
    // Small, since decided cases leave it.
    index('cases_deciding_org_clock_idx')
      .on(t.decidingOrgId, t.dueDate, t.id)
      .where(sql`status in ('accepted', 'under_review')`),
    index('cases_city_code_idx').on(t.cityCode, t.submittedAt),
    index('cases_receiving_city_code_idx').on(t.receivingCityCode),
    index('cases_implementation_id_idx').on(t.implementationId),
    index('cases_receiving_org_worklist_idx').on(t.receivingOrgId, t.submittedAt),
    // Statistics read the cases changed since their last refresh (migration 0015).
    index('cases_updated_at_idx').on(t.updatedAt, t.id),
    // A window case without its hall or the applicant's consent could not be traced back.
    check(
      'cases_window_channel_complete',
      sql`${t.channel} <> 'window' or (${t.receivingOrgId} is not null and ${t.consentRecordedAt} is not null)`,
    ),
  ],
);

/** The append-only history of a case; seq counts from 1 within the case. */
export const caseEvents = pgTable(
  'case_events',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    type: text('type').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    actorCityCode: varchar('actor_city_code', { length: 6 }),
    actorOrgId: uuid('actor_org_id'),
    channel: text('channel').notNull(),
    note: text('note'),
    details: jsonb('details').$type<CaseEventDetails>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.seq] })],
);

/** Per city and year, the last case number handed out. */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cityCode, t.year] })],
);
