import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.tables.js';

export const alertLights = ['yellow', 'red'] as const;
export type AlertLight = (typeof alertLights)[number];

/**
 * Each deadline alert the sweep sent: once per case, light and deciding department, so that
 * sweeps running side by side (or again) never alert twice, and a case transferred to another
 * department warns the new one afresh.
 */
export const caseDeadlineAlerts = pgTable(
  'case_deadline_alerts',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    decidingOrgId: uuid('deciding_org_id').notNull(),
    light: text('light', { enum: alertLights }).notNull(),
    /** The due date the alert was about. */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    alertedAt: timestamp('alerted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'case_deadline_alerts_pk', columns: [t.caseId, t.decidingOrgId, t.light] })],
);
