import { and, eq, lte } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { jobSchedules } from './jobs.tables.js';
import { enqueueEvent } from './outbox.js';

/** A job that runs once per period; its handler receives `{ periodStart }` in the payload. */
export interface PeriodicJob {
  /** Also the outbox event type; e.g. 'cases.deadline_sweep'. */
  name: string;
  periodMs: number;
}

/** The payload of a periodic job's event. */
export interface PeriodicPayload {
  /** ISO time of the start of the period this run belongs to. */
  periodStart: string;
}

/** Periods are aligned to the Unix epoch: an hourly job's periods start on the hour (UTC). */
export function periodStartOf(at: Date, periodMs: number): Date {
  return new Date(Math.floor(at.getTime() / periodMs) * periodMs);
}

/**
 * Writes the outbox event of every periodic job whose period has come, at most once per period
 * however many processes call this at once: moving next_run_at on is a conditional UPDATE, which
 * a second caller either waits for and then finds no longer due, or finds already done; the event
 * commits with it. A job missed for several periods (every process down) runs once, not once per
 * missed period. Returns the names of the jobs enqueued.
 */
export async function enqueueDuePeriods(
  database: Database,
  jobs: readonly PeriodicJob[],
  now: Date,
): Promise<string[]> {
  if (jobs.length === 0) return [];
  return database.withSystem(async (tx) => {
    // A job seen for the first time is due at once.
    await tx
      .insert(jobSchedules)
      .values(
        jobs.map((job) => ({
          name: job.name,
          periodSeconds: Math.max(1, Math.round(job.periodMs / 1000)),
          nextRunAt: now,
        })),
      )
      .onConflictDoNothing();
    const enqueued: string[] = [];
    for (const job of jobs) {
      const periodStart = periodStartOf(now, job.periodMs);
      const moved = await tx
        .update(jobSchedules)
        .set({
          nextRunAt: new Date(periodStart.getTime() + job.periodMs),
          lastEnqueuedAt: now,
          periodSeconds: Math.max(1, Math.round(job.periodMs / 1000)),
        })
        .where(and(eq(jobSchedules.name, job.name), lte(jobSchedules.nextRunAt, now)))
        .returning({ name: jobSchedules.name });
      if (moved.length === 0) continue;
      const payload: PeriodicPayload = { periodStart: periodStart.toISOString() };
      await enqueueEvent(tx, { type: job.name, payload: { ...payload }, availableAt: now });
      enqueued.push(job.name);
    }
    return enqueued;
  });
}
