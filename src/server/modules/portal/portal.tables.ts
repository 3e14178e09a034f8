import { jsonb, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

/** Editable site-wide settings such as the footer; one JSON value per key. */
export const siteSettings = pgTable('site_settings', {
  key: varchar('key', { length: 64 }).primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
