import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

export interface MaterialDefinition {
  key: string;
  name: string;
  requirement: 'required' | 'conditional' | 'optional';
  /** When a conditional material is needed, e.g. 委托他人办理的. */
  condition?: string;
  form: 'original' | 'copy' | 'original_and_copy' | 'electronic';
  copies: number;
  /** Electronic certificate type that can replace it (once-only). */
  replaceableBy?: string;
  note?: string;
}

export interface FormFieldDefinition {
  key: string;
  label: string;
  labelEn: string;
  type: 'text' | 'textarea' | 'select' | 'date' | 'number' | 'city';
  required: boolean;
  maxLength?: number;
  options?: { value: string; label: string; labelEn: string }[];
  help?: string;
}

export interface ItemGuide {
  conditions: string[];
  steps: string[];
  faq: { q: string; a: string }[];
  consultation: string;
  complaint: string;
}

/** A public service item (事项), the same across the metro area. */
export const serviceItems = pgTable('service_items', {
  code: varchar('code', { length: 40 }).primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  type: text('type', {
    enum: [
      'administrative_license',
      'administrative_confirmation',
      'administrative_payment',
      'administrative_filing',
      'public_service',
      'other',
    ],
  }).notNull(),
  subject: text('subject', { enum: ['individual', 'legal_person', 'both'] }).notNull(),
  legalBasis: text('legal_basis').notNull(),
  modes: text('modes')
    .array()
    .$type<('fully_online' | 'off_site_window' | 'multi_site' | 'instant')[]>()
    .notNull(),
  summary: text('summary').notNull(),
  summaryEn: text('summary_en').notNull().default(''),
  /** Words people type for the item beyond its name, e.g. 公积金, 驾照. */
  keywords: text('keywords').array().notNull().default([]),
  lifeEvents: text('life_events').array().notNull().default([]),
  guide: jsonb('guide').$type<ItemGuide>().notNull(),
  resultType: text('result_type').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One city's implementation (实施清单) of an item, versioned; a published version never changes. */
export const itemImplementations = pgTable(
  'item_implementations',
  {
    id: uuid('id').primaryKey(),
    itemCode: varchar('item_code', { length: 40 })
      .notNull()
      .references(() => serviceItems.code),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    /** The competent department (实施主体) that decides. */
    orgId: uuid('org_id').notNull(),
    version: integer('version').notNull(),
    /** draft → published → superseded (by a newer published version) or withdrawn. */
    status: text('status', { enum: ['draft', 'published', 'superseded', 'withdrawn'] }).notNull(),
    statutoryDays: integer('statutory_days').notNull(),
    promisedDays: integer('promised_days').notNull(),
    feeYuan: numeric('fee_yuan', { precision: 10, scale: 2 }).notNull().default('0'),
    materials: jsonb('materials').$type<MaterialDefinition[]>().notNull(),
    form: jsonb('form').$type<FormFieldDefinition[]>().notNull(),
    delivery: text('delivery').array().notNull(),
    /** Decided at once (即办 / 马上办) in this city. */
    instant: boolean('instant').notNull().default(false),
    offSiteCityCodes: varchar('off_site_city_codes', { length: 6 }).array().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    publishedBy: uuid('published_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('item_implementations_item_city_version_key').on(t.itemCode, t.cityCode, t.version),
    // One current published version and at most one draft per item and city.
    uniqueIndex('item_implementations_one_published_key')
      .on(t.itemCode, t.cityCode)
      .where(sql`status = 'published'`),
    uniqueIndex('item_implementations_one_draft_key')
      .on(t.itemCode, t.cityCode)
      .where(sql`status = 'draft'`),
    index('item_implementations_city_code_idx').on(t.cityCode),
    index('item_implementations_org_id_idx').on(t.orgId),
  ],
);
