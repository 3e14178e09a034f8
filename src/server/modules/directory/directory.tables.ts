import { index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** A city cluster run as one (同城化), e.g. 成都都市圈. */
export const metroAreas = pgTable('metro_areas', {
  code: varchar('code', { length: 32 }).primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
});

/** Prefecture-level cities, keyed by their GB/T 2260 code (e.g. 510100). */
export const cities = pgTable('cities', {
  code: varchar('code', { length: 6 }).primaryKey(),
  metroAreaCode: varchar('metro_area_code', { length: 32 })
    .notNull()
    .references(() => metroAreas.code),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  nameEn: text('name_en').notNull(),
  /** Prefix of human case numbers, e.g. CD in CD-2026-000123. */
  casePrefix: varchar('case_prefix', { length: 4 }).notNull().unique(),
  sortOrder: integer('sort_order').notNull(),
});

/** County-level divisions (市辖区, 县, 县级市) with GB/T 2260 codes. */
export const divisions = pgTable(
  'divisions',
  {
    code: varchar('code', { length: 6 }).primaryKey(),
    cityCode: varchar('city_code', { length: 6 })
      .notNull()
      .references(() => cities.code),
    name: text('name').notNull(),
  },
  (t) => [index('divisions_city_code_idx').on(t.cityCode)],
);

/** Departments, service halls and offices of a city. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    cityCode: varchar('city_code', { length: 6 })
      .notNull()
      .references(() => cities.code),
    divisionCode: varchar('division_code', { length: 6 }).references(() => divisions.code),
    kind: text('kind', { enum: ['department', 'service_hall', 'office'] }).notNull(),
    /** Stable short key within the city, e.g. "gjj" for the housing provident fund centre. */
    key: varchar('key', { length: 32 }).notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    address: text('address'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_city_code_idx').on(t.cityCode),
    index('organisations_division_code_idx').on(t.divisionCode),
  ],
);

/** A numbered window in a service hall. */
export const serviceWindows = pgTable(
  'service_windows',
  {
    id: uuid('id').primaryKey(),
    hallId: uuid('hall_id')
      .notNull()
      .references(() => organisations.id),
    cityCode: varchar('city_code', { length: 6 })
      .notNull()
      .references(() => cities.code),
    number: varchar('number', { length: 16 }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    index('service_windows_hall_id_idx').on(t.hallId),
    index('service_windows_city_code_idx').on(t.cityCode),
  ],
);
