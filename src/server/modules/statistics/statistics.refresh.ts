import type { Database, Tx } from '../../platform/db/database.js';
import type { CalendarModule } from '../calendar/index.js';
import { toShanghaiDate } from '../calendar/index.js';
import {
  caseFact,
  decisionClock,
  monthsOf,
  sameFact,
  type CaseFact,
  type CaseForStatistics,
} from './case-facts.js';
import type { ChangeCursor, StatisticsRepository } from './statistics.repository.js';

export interface RefreshOptions {
  /**
   * Queue behind a refresh running in another process (true, the default: the caller wants the
   * figures current when this returns), or give up at once (false: a periodic job, whose next
   * run comes soon anyway).
   */
  wait?: boolean;
  /** Recount every case and every month from scratch, e.g. after a change to the counting rules. */
  rebuild?: boolean;
}

export interface RefreshOutcome {
  status: 'refreshed' | 'busy';
  /** Cases whose counted facts changed. */
  casesChanged: number;
  monthsRecounted: number;
}

/**
 * Changes are found by their time stamp, which the writing process sets before its transaction
 * commits, so a change can become visible after a later one was already counted. Each run looks
 * back this far past its watermark; recounting a case that did not change is harmless.
 */
export const LOOK_BACK_MS = 5 * 60_000;

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

function startCursor(watermark: string | null): ChangeCursor {
  if (!watermark) return { at: '-infinity', id: NIL_UUID };
  return { at: new Date(new Date(watermark).getTime() - LOOK_BACK_MS).toISOString(), id: NIL_UUID };
}

const later = (a: string | null, b: string) => (a && a > b ? a : b);

/**
 * Brings the statistics up to date: the facts of every case changed since the watermark, then
 * the months those changes touched (before and after), recounted whole from the facts. Runs as
 * the schema owner in short transactions, each under one advisory lock, so several processes
 * may call it at once: they take turns, and recounting is exact whatever the order.
 */
export function createStatisticsRefresh({
  database,
  repository,
  calendar,
  now = () => new Date(),
  batchSize = 1000,
}: {
  database: Database;
  repository: StatisticsRepository;
  calendar: Pick<CalendarModule, 'workingDaysBetween'>;
  now?: () => Date;
  batchSize?: number;
}) {
  /** Writes the facts of these cases; marks the months of every fact that changed, old and new. */
  async function countCases(tx: Tx, rows: CaseForStatistics[]): Promise<number> {
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
    if (!unique.length) return 0;
    const ids = unique.map((r) => r.id);
    const events = await repository.eventsOf(
      tx,
      unique.filter((r) => r.decidedAt).map((r) => r.id),
    );
    const ratings = await repository.ratingsOf(tx, ids);
    const before = await repository.factsOf(tx, ids);
    const changed: CaseFact[] = [];
    const months = new Set<string>();
    for (const row of unique) {
      const history = events.get(row.id) ?? [];
      const clock = decisionClock(row, history);
      // The calendar is a snapshot in memory: this await reads no database after the first.
      const workingDays = clock ? (await calendar.workingDaysBetween(tx, clock)).workingDays : null;
      const fact = caseFact(row, history, ratings.get(row.id) ?? null, workingDays);
      const old = before.get(row.id);
      if (old && sameFact(old, fact)) continue;
      changed.push(fact);
      for (const month of [...(old ? monthsOf(old) : []), ...monthsOf(fact)]) months.add(month);
    }
    await repository.upsertFacts(tx, changed);
    await repository.markDirty(tx, months);
    return changed.length;
  }

  /** One batch of a pass in its own transaction; null when another refresh holds the lock. */
  async function batch<T>(wait: boolean, work: (tx: Tx) => Promise<T>): Promise<T | null> {
    return database.withSystem(async (tx) => ((await repository.lockRefresh(tx, wait)) ? work(tx) : null));
  }

  return {
    async run({ wait = true, rebuild = false }: RefreshOptions = {}): Promise<RefreshOutcome> {
      const startedAt = now();
      const busy = { status: 'busy' as const, casesChanged: 0, monthsRecounted: 0 };
      let casesChanged = 0;

      if (rebuild) {
        const done = await batch(wait, async (tx) => {
          await repository.saveState(tx, { casesWatermark: null, ratingsWatermark: null });
          await repository.markAllMonthsDirty(tx);
          return true;
        });
        if (!done) return busy;
      }

      // Cases changed since the watermark, oldest change first.
      let cursor: ChangeCursor | null = null;
      for (;;) {
        const n = await batch(wait, async (tx) => {
          const state = await repository.readState(tx);
          cursor ??= startCursor(state.casesWatermark);
          const changes = await repository.changedCases(tx, cursor, batchSize);
          casesChanged += await countCases(
            tx,
            changes.map((c) => c.row),
          );
          const last = changes.at(-1);
          if (last) {
            cursor = last.cursor;
            await repository.saveState(tx, { casesWatermark: later(state.casesWatermark, last.cursor.at) });
          }
          return changes.length;
        });
        if (n === null) return busy;
        if (n < batchSize) break;
      }

      // Ratings given, or excluded on appeal, since their watermark.
      cursor = null;
      for (;;) {
        const n = await batch(wait, async (tx) => {
          const state = await repository.readState(tx);
          cursor ??= startCursor(state.ratingsWatermark);
          const changes = await repository.ratingChanges(tx, cursor, batchSize);
          const caseIds = changes.flatMap((c) => (c.caseId ? [c.caseId] : []));
          casesChanged += await countCases(tx, await repository.casesById(tx, [...new Set(caseIds)]));
          // A window visit's rating has no case: its month is recounted from the ratings.
          await repository.markDirty(
            tx,
            changes.filter((c) => !c.caseId).map((c) => c.month),
          );
          const last = changes.at(-1);
          if (last) {
            cursor = last.cursor;
            await repository.saveState(tx, {
              ratingsWatermark: later(state.ratingsWatermark, last.cursor.at),
            });
          }
          return changes.length;
        });
        if (n === null) return busy;
        if (n < batchSize) break;
      }

      // Every month a change touched, recounted whole: one month per transaction.
      let monthsRecounted = 0;
      for (;;) {
        const month = await batch(wait, async (tx) => {
          const next = await repository.nextDirtyMonth(tx);
          if (next) await repository.recountMonth(tx, next);
          return next ?? '';
        });
        if (month === null) return busy;
        if (!month) break;
        monthsRecounted += 1;
      }

      const finished = await batch(wait, async (tx) => {
        await repository.recountOpenComplaints(tx, toShanghaiDate(now()));
        await repository.saveState(tx, { refreshedAt: startedAt });
        return true;
      });
      if (!finished) return busy;
      return { status: 'refreshed', casesChanged, monthsRecounted };
    },
  };
}

export type StatisticsRefresh = ReturnType<typeof createStatisticsRefresh>;
