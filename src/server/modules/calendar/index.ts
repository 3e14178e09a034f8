import type { Database } from '../../platform/db/database.js';
import { createCalendarRepository } from './calendar.repository.js';
import { calendarRoutes } from './calendar.routes.js';
import { createCalendarService } from './calendar.service.js';

export { toShanghaiDate } from './working-days.js';
export type {
  CalendarCoverage,
  CalendarDate,
  DateInput,
  Pause,
  WorkingDayComputation,
} from './working-days.js';

/** The official working-day calendar (holidays and 调休) and deadline arithmetic in working days. */
export function createCalendarModule({ database, now }: { database: Database; now?: () => Date }) {
  const service = createCalendarService({ database, repository: createCalendarRepository(), now });
  return {
    dueDate: service.dueDate,
    workingDaysBetween: service.workingDaysBetween,
    seedCalendar: service.seedCalendar,
    routes: calendarRoutes(service),
  };
}

export type CalendarModule = ReturnType<typeof createCalendarModule>;
