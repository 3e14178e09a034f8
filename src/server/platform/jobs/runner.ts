import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/database.js';
import { newId } from '../ids.js';
import { describeError } from './safe-error.js';
import { enqueueDuePeriods, type PeriodicJob } from './schedule.js';

/** One claimed outbox event, as a handler receives it. */
export interface JobEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  /** 1 on the first try. */
  attempt: number;
}

/**
 * Reacts to one event type. It runs after the event's transaction committed and outside any
 * transaction of the runner, may run more than once for the same event (a retry, a lease that ran
 * out), and so must be idempotent.
 */
export type JobHandler = (event: JobEvent) => Promise<void>;

export interface JobLog {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface JobRunnerOptions {
  database: Database;
  /** Pause between polls when nothing was due. */
  pollMs: number;
  batchSize?: number;
  /** After this many failed attempts the event is marked failed and left for a person to look at. */
  maxAttempts?: number;
  /** How long a claim holds an event before another runner may take it (a killed process). */
  leaseMs?: number;
  /** Delay before retry number `attempt + 1`. */
  backoffMs?: (attempt: number) => number;
  now?: () => Date;
  log?: JobLog;
}

export interface RunOutcome {
  claimed: number;
  done: number;
  retried: number;
  failed: number;
}

/** 30 s, 1 min, 2 min … capped at one hour. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

const silentLog: JobLog = { warn: () => undefined, error: () => undefined };

/**
 * The in-process job runner. Each batch is claimed in a short transaction with
 * FOR UPDATE SKIP LOCKED, so any number of processes can poll the same outbox without taking the
 * same event; handlers run after that transaction, so nothing slow holds a lock or a connection.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { database, pollMs } = options;
  const batchSize = options.batchSize ?? 10;
  const maxAttempts = options.maxAttempts ?? 8;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLog;
  const handlers = new Map<string, JobHandler>();
  const periodic: PeriodicJob[] = [];
  /** No period of this process's jobs begins before this time, so polls before it skip the check. */
  let nextPeriodAt = 0;

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  async function claim(claimId: string): Promise<JobEvent[]> {
    const types = [...handlers.keys()];
    if (types.length === 0) return [];
    const at = now();
    const leaseEnd = new Date(at.getTime() + leaseMs);
    const rows = await database.withSystem((tx) =>
      queryRows<{
        id: string;
        type: string;
        payload: Record<string, unknown>;
        attempts: number;
        created_epoch: number;
      }>(
        tx,
        sql`update outbox_events o
              set attempts = o.attempts + 1,
                  claim_id = ${claimId},
                  available_at = ${leaseEnd.toISOString()}::timestamptz
            where o.id in (
              select id from outbox_events
               where status = 'pending'
                 and available_at <= ${at.toISOString()}::timestamptz
                 and type in (${sql.join(
                   types.map((t) => sql`${t}`),
                   sql`, `,
                 )})
               order by available_at, id
               limit ${batchSize}
               for update skip locked)
          returning o.id, o.type, o.payload, o.attempts::int as attempts, extract(epoch from o.created_at)::float8 as created_epoch`,
      ),
    );
    // RETURNING keeps no order: handle the batch oldest first (UUIDv7 ids break ties in time order).
    const byAge = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      Number(a.created_epoch) - Number(b.created_epoch) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return rows
      .sort(byAge)
      .map((r) => ({ id: r.id, type: r.type, payload: r.payload, attempt: Number(r.attempts) }));
  }

  /** Records the outcome only if this claim still holds the event (its lease may have been taken over). */
  async function settle(
    claimId: string,
    event: JobEvent,
    error: unknown,
  ): Promise<'done' | 'retried' | 'failed'> {
    const at = now();
    if (error === undefined) {
      await database.withSystem((tx) =>
        tx.execute(sql`update outbox_events
            set status = 'done', processed_at = ${at.toISOString()}::timestamptz, claim_id = null
          where id = ${event.id} and claim_id = ${claimId}`),
      );
      return 'done';
    }
    const reason = describeError(error);
    const givesUp = event.attempt >= maxAttempts;
    const retryAt = new Date(at.getTime() + backoffMs(event.attempt));
    await database.withSystem((tx) =>
      tx.execute(sql`update outbox_events
          set status = ${givesUp ? 'failed' : 'pending'},
              available_at = ${retryAt.toISOString()}::timestamptz,
              processed_at = ${givesUp ? at.toISOString() : null}::timestamptz,
              last_error = ${reason},
              claim_id = null
        where id = ${event.id} and claim_id = ${claimId}`),
    );
    const fields = { eventId: event.id, type: event.type, attempt: event.attempt, error: reason };
    if (givesUp) log.error(fields, 'job failed for good after the last attempt');
    else log.warn(fields, 'job failed; will retry');
    return givesUp ? 'failed' : 'retried';
  }

  /** Registers the handler of an event type; one handler per type. */
  function register(type: string, handler: JobHandler): void {
    if (handlers.has(type)) throw new Error(`a handler for ${type} is already registered`);
    handlers.set(type, handler);
  }

  /** Writes the events of the periodic jobs whose period has come (once per period across processes). */
  function enqueuePeriodic(): Promise<string[]> {
    return enqueueDuePeriods(database, periodic, now());
  }

  /** The poll loop's check of the periodic jobs, skipped until the next period of any of them begins. */
  async function enqueuePeriodicIfDue(): Promise<void> {
    const at = now().getTime();
    if (periodic.length === 0 || at < nextPeriodAt) return;
    await enqueuePeriodic();
    nextPeriodAt = Math.min(...periodic.map((job) => (Math.floor(at / job.periodMs) + 1) * job.periodMs));
  }

  /**
   * Claims one batch of due events and runs their handlers; what tests and the poll loop call.
   * Periodic jobs are enqueued by the poll loop (or enqueuePeriodic), not here.
   */
  async function runOnce(): Promise<RunOutcome> {
    const claimId = newId();
    const events = await claim(claimId);
    const outcome: RunOutcome = { claimed: events.length, done: 0, retried: 0, failed: 0 };
    for (const event of events) {
      const handler = handlers.get(event.type);
      let error: unknown = undefined;
      try {
        if (!handler) throw new Error(`no handler for ${event.type}`);
        await handler(event);
      } catch (caught) {
        error = caught ?? new Error('handler threw nothing');
      }
      outcome[await settle(claimId, event, error)] += 1;
    }
    return outcome;
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      const pass = enqueuePeriodicIfDue()
        .then(runOnce)
        .then(
          (outcome) => (outcome.claimed >= batchSize ? 0 : pollMs),
          (error: unknown) => {
            log.error({ error: describeError(error) }, 'job runner could not poll the outbox');
            return pollMs;
          },
        );
      running = pass;
      void pass.then((next) => {
        running = null;
        schedule(next);
      });
    }, delayMs);
    // A pending poll must not keep a process alive that is otherwise done.
    timer.unref();
  }

  return {
    register,
    /**
     * Runs `handler` once per period of `periodMs` (aligned to the Unix epoch, so an hourly job
     * runs just after each full hour), across all processes together: each poll writes the
     * period's outbox event if no process has yet, and the event is handled like any other, with
     * retries. The handler must tolerate running again for the same period (a retry) and a run
     * that overlaps the next period's.
     */
    every(name: string, periodMs: number, handler: JobHandler): void {
      if (!Number.isInteger(periodMs) || periodMs < 1000) throw new Error('a period is at least one second');
      register(name, handler);
      periodic.push({ name, periodMs });
    },
    enqueuePeriodic,
    runOnce,
    /** Starts polling in the background. */
    start(): void {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    /** Stops polling and waits for the batch in hand, so the database can be closed after it. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
