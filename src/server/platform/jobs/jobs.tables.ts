import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

export const outboxStatuses = ['pending', 'done', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/**
 * The transactional outbox: an event is written in the same transaction as the state change that
 * causes it, and the job runner delivers it after commit. A claimed row carries the claim's id and
 * a lease (available_at moved forward), so a runner killed mid-job leaves the row to be retried.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: uuid('id').primaryKey(),
    type: varchar('type', { length: 64 }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: outboxStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Due time: when first written, after a failure the backoff, while claimed the end of the lease. */
    availableAt: timestamp('available_at', { withTimezone: true }).notNull(),
    claimId: uuid('claim_id'),
    /** The last failure, reduced to its kind and a message stripped of personal data. */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_events_due_idx')
      .on(t.availableAt)
      .where(sql`status = 'pending'`),
  ],
);

/**
 * Periodic jobs (`runner.every`): the next due time of each. The runner that moves next_run_at on
 * also writes that period's outbox event, in one transaction, so however many processes poll, each
 * period yields one event.
 */
export const jobSchedules = pgTable('job_schedules', {
  name: varchar('name', { length: 64 }).primaryKey(),
  periodSeconds: integer('period_seconds').notNull(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lastEnqueuedAt: timestamp('last_enqueued_at', { withTimezone: true }),
});
