import {
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
  required: boolean;
  form: 'original' | 'copy' | 'electronic';
  copies: number;
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
  modes: text('modes').array().notNull(),
  summary: text('summary').notNull(),
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
    status: text('status', { enum: ['draft', 'published', 'withdrawn'] }).notNull(),
    statutoryDays: integer('statutory_days').notNull(),
    promisedDays: integer('promised_days').notNull(),
    feeYuan: numeric('fee_yuan', { precision: 10, scale: 2 }).notNull().default('0'),
    materials: jsonb('materials').$type<MaterialDefinition[]>().notNull(),
    form: jsonb('form').$type<FormFieldDefinition[]>().notNull(),
    delivery: text('delivery').array().notNull(),
    offSiteCityCodes: varchar('off_site_city_codes', { length: 6 }).array().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('item_implementations_item_city_version_key').on(t.itemCode, t.cityCode, t.version),
    index('item_implementations_city_code_idx').on(t.cityCode),
    index('item_implementations_org_id_idx').on(t.orgId),
  ],
);
