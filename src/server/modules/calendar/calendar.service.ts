import type { Actor } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { createSnapshotCache } from '../../platform/db/snapshot-cache.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import {
  yearArrangementProblems,
  type CalendarYearList,
  type CalendarYearSummary,
  type CalendarYearView,
  type WorkingDaysQuery,
  type YearArrangement,
} from '../../../contracts/calendar.contract.js';
import { calendarErrors } from './calendar.errors.js';
import { canKeepCalendar } from './calendar.policy.js';
import type { CalendarRepository, CalendarYearRow } from './calendar.repository.js';
import { chineseDaysCalendar } from './chinese-days.seed.js';
import {
  addWorkingDays,
  buildCalendar,
  toShanghaiDate,
  workingDaysBetween,
  type DateInput,
  type Pause,
  type WorkingDayCalendar,
  type WorkingDayComputation,
} from './working-days.js';

type CalendarDayView = CalendarYearView['days'][number];

interface CalendarSnapshot {
  calendar: WorkingDayCalendar;
  years: CalendarYearSummary[];
  daysByYear: Map<number, CalendarDayView[]>;
}

function toDayView(row: CalendarDayView): CalendarDayView {
  return { date: row.date, kind: row.kind, name: row.name, source: row.source };
}

function toSummary(row: CalendarYearRow, days: readonly CalendarDayView[]): CalendarYearSummary {
  const holidays = days.filter((d) => d.kind === 'holiday').length;
  return {
    year: row.year,
    status: row.status,
    source: row.source,
    notice: row.notice,
    confirmedAt: row.confirmedAt.toISOString(),
    holidays,
    makeupWorkdays: days.length - holidays,
  };
}

/** The official working-day calendar: deadlines for everyone, each year's arrangement kept by administrators. */
export function createCalendarService({
  database,
  repository,
  now = () => new Date(),
}: {
  database: Database;
  repository: CalendarRepository;
  now?: () => Date;
}) {
  // A few hundred rows that change once a year, read for every deadline: keep a copy in memory.
  // An administrator's change shows in this process at once, in the others within the TTL.
  const snapshot = createSnapshotCache<CalendarSnapshot>({
    database,
    ttlMs: 60_000,
    load: async (tx) => {
      const [days, years] = [await repository.listDays(tx), await repository.listYears(tx)];
      const daysByYear = new Map<number, CalendarDayView[]>();
      for (const day of days) {
        const year = Number(day.date.slice(0, 4));
        const list = daysByYear.get(year) ?? [];
        if (!list.length) daysByYear.set(year, list);
        list.push(day);
      }
      return {
        calendar: buildCalendar({
          days,
          years: years.filter((y) => y.status === 'official').map((y) => y.year),
        }),
        years: years.map((row) => toSummary(row, daysByYear.get(row.year) ?? [])),
        daysByYear,
      };
    },
  });
  const currentCalendar = async (tx?: Tx) => (await snapshot.get(tx)).calendar;

  async function yearView(tx: Tx, year: number): Promise<CalendarYearView> {
    const row = await repository.findYear(tx, year);
    if (!row) throw calendarErrors.yearNotFound();
    const days = (await repository.listDaysOfYear(tx, year)).map(toDayView);
    return { ...toSummary(row, days), days };
  }

  return {
    /** The due date N working days after the given day (today in Asia/Shanghai by default), for the guides. */
    async computeWorkingDays(query: WorkingDaysQuery): Promise<WorkingDayComputation> {
      const start = query.from ?? toShanghaiDate(now());
      return addWorkingDays({ start, days: query.days, calendar: await currentCalendar() });
    },

    /**
     * The due date of a deadline of `days` working days accepted at `start`, the clock stopped
     * during `pauses`. For other modules, inside their transaction; check `beyondKnownCalendar`.
     */
    async dueDate(
      tx: Tx | undefined,
      input: { start: DateInput; days: number; pauses?: readonly Pause[] },
    ): Promise<WorkingDayComputation> {
      return addWorkingDays({ ...input, calendar: await currentCalendar(tx) });
    },

    /** Working days from one day to another by the same rule (negative when overdue). */
    async workingDaysBetween(
      tx: Tx | undefined,
      input: { from: DateInput; to: DateInput; pauses?: readonly Pause[] },
    ) {
      return workingDaysBetween({ ...input, calendar: await currentCalendar(tx) });
    },

    /** The years whose official arrangement is known. */
    async listYears(): Promise<CalendarYearList> {
      const { years } = await snapshot.get();
      return { items: years, lastKnownYear: years.at(-1)?.year ?? null };
    },

    /** One known year with its holidays and make-up working days. */
    async getYear(year: number): Promise<CalendarYearView> {
      const { years, daysByYear } = await snapshot.get();
      const summary = years.find((y) => y.year === year);
      if (!summary) throw calendarErrors.yearNotFound();
      return { ...summary, days: daysByYear.get(year) ?? [] };
    },

    /**
     * Enters a year's official arrangement as published by the State Council: the list replaces
     * every holiday and make-up working day of that year (also the package's, so a wrong entry can
     * be corrected), and the year becomes known.
     */
    async enterYear({
      actor,
      year,
      arrangement,
    }: {
      actor: Actor;
      year: number;
      arrangement: YearArrangement;
    }): Promise<CalendarYearView> {
      if (!canKeepCalendar(actor)) throw platformErrors.forbidden();
      const problems = yearArrangementProblems(year, arrangement);
      if (problems.length) {
        throw calendarErrors.arrangementInvalid({
          fieldErrors: problems.map((p) => ({ field: `body.${p.field}`, code: p.code })),
        });
      }
      const view = await database.withActor(actor, async (tx) => {
        await repository.deleteDaysOfYear(tx, year);
        await repository.insertDays(
          tx,
          arrangement.days.map((d) => ({ ...d, source: 'admin' as const, updatedBy: actor.userId })),
        );
        await repository.upsertYear(tx, {
          year,
          status: 'official',
          source: 'admin',
          notice: arrangement.notice ?? null,
          confirmedBy: actor.userId,
        });
        return yearView(tx, year);
      });
      snapshot.invalidate();
      return view;
    },

    /**
     * Loads every year chinese-days knows and the calendar does not yet hold. A year already held
     * is left alone, so seeding twice changes nothing and an administrator's entry is kept.
     */
    async seedCalendar(): Promise<number[]> {
      const added = await database.withSystem(async (tx) => {
        const held = new Set((await repository.listYears(tx)).map((y) => y.year));
        const years: number[] = [];
        for (const [year, days] of chineseDaysCalendar()) {
          if (held.has(year)) continue;
          await repository.insertDays(
            tx,
            days.map((d) => ({ ...d, source: 'chinese-days' as const })),
          );
          await repository.insertYear(tx, { year, status: 'official', source: 'chinese-days' });
          years.push(year);
        }
        return years;
      });
      if (added.length) snapshot.invalidate();
      return added;
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
