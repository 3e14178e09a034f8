import { index, jsonb, pgTable, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

/** What a notice says, kept as values so the inbox renders it in the reader's language. */
export interface NoticeParams {
  caseNumber?: string;
  itemName?: string;
  itemNameEn?: string;
  reason?: string;
  items?: { name: string; requirement: string }[];
  method?: 'online' | 'post' | 'window';
  trackingNumber?: string;
  /** 差评整改: the organisation that served, the rating, the window visited and the task's due date. */
  orgName?: string;
  orgNameEn?: string;
  grade?: number;
  window?: string;
  visitDate?: string;
  dueDate?: string;
}

/**
 * The in-app inbox: one row per notice to one account. dedupe_key makes a redelivered event a
 * no-op; email_sent_at makes a retried job skip a mail that already left.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    /** e.g. case.event:<case id>:<seq>; unique, so the same event never yields two notices. */
    dedupeKey: varchar('dedupe_key', { length: 200 }).notNull(),
    /** The template: a case event type such as submitted, grant, request_supplement. */
    kind: varchar('kind', { length: 64 }).notNull(),
    caseId: uuid('case_id'),
    params: jsonb('params').$type<NoticeParams>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailSentAt: timestamp('email_sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key_key').on(t.dedupeKey),
    index('notifications_account_id_idx').on(t.accountId, t.createdAt, t.id),
    index('notifications_case_id_idx').on(t.caseId),
  ],
);
