import type { Database } from '../../platform/db/database.js';
import { enqueueEvent, type JobHandler } from '../../platform/jobs/index.js';
import type { CalendarModule } from '../calendar/index.js';
import type { AlertLight } from './case-deadline-alerts.tables.js';
import { lightDatesOn, lightRange } from './case-lights.js';
import { CASE_STAFF_NOTICE, type CaseStaffNoticePayload } from './case-staff-notice.js';
import type { CasesRepository } from './cases.repository.js';

/** The periodic job (outbox event type) that sweeps the deadlines. */
export const DEADLINE_SWEEP = 'cases.deadline_sweep';
/** Lights change at midnight in Shanghai; an hourly sweep tells within the hour. */
export const DEADLINE_SWEEP_PERIOD_MS = 60 * 60_000;
/** Alerts recorded per transaction; a sweep runs as many as it needs. */
const BATCH = 200;

/**
 * Finds the running cases that turned yellow or red, records each alert once per case, light and
 * department, and in the same transaction asks for the notice to the department's officers and
 * the deciding city's administrators (the supervisor). Red goes first, so a case that skipped
 * yellow (the sweep did not run, or a 补正 pause ended late) is alerted red only.
 */
export function createDeadlineSweep({
  database,
  repository,
  calendar,
  warningDays,
  now = () => new Date(),
}: {
  database: Database;
  repository: CasesRepository;
  calendar: Pick<CalendarModule, 'dueDate'>;
  warningDays: number;
  now?: () => Date;
}) {
  async function sweep(): Promise<Record<AlertLight, number>> {
    const at = now();
    const dates = await lightDatesOn(undefined, calendar, at, warningDays);
    const sent: Record<AlertLight, number> = { red: 0, yellow: 0 };
    for (const light of ['red', 'yellow'] as const) {
      const range = lightRange(light, dates);
      if (!range.running) continue;
      for (;;) {
        const recorded = await database.withSystem(async (tx) => {
          const alerts = await repository.insertDeadlineAlerts(tx, light, range, at, BATCH);
          for (const alert of alerts) {
            const payload: CaseStaffNoticePayload = {
              kind: light === 'red' ? 'deadline_red' : 'deadline_yellow',
              caseId: alert.caseId,
              caseNumber: alert.caseNumber,
              itemCode: alert.itemCode,
              orgId: alert.decidingOrgId,
              supervisorsOfCity: alert.cityCode,
              fromOrgId: null,
              dueDate: alert.dueDate,
              dedupeKey: `deadline:${alert.caseId}:${alert.decidingOrgId}:${light}`,
            };
            await enqueueEvent(tx, { type: CASE_STAFF_NOTICE, payload: { ...payload } });
          }
          return alerts.length;
        });
        sent[light] += recorded;
        if (recorded < BATCH) break;
      }
    }
    return sent;
  }

  const handler: JobHandler = async () => {
    await sweep();
  };
  return { sweep, handler };
}

export type DeadlineSweep = ReturnType<typeof createDeadlineSweep>;
