import type { Database } from '../../platform/db/database.js';
import type { CalendarModule } from '../calendar/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import { seedDemoHistory } from './demo-history.seed.js';
import { createStatisticsRefresh, type RefreshOptions, type RefreshOutcome } from './statistics.refresh.js';
import { createStatisticsRepository } from './statistics.repository.js';
import { statisticsRoutes } from './statistics.routes.js';
import { createStatisticsService } from './statistics.service.js';

export type { RefreshOptions, RefreshOutcome } from './statistics.refresh.js';

/** How often a process should run refreshStatistics({ wait: false }) (see docs/statistics.md). */
export const STATISTICS_REFRESH_INTERVAL_MS = 60_000;

/**
 * Statistics of the case engine (办件统计): a rollup kept up to date by refreshStatistics(), read
 * by the public endpoints and the supervisors' department figures.
 */
export function createStatisticsModule({
  database,
  directory,
  catalog,
  calendar,
  now,
}: {
  database: Database;
  directory: Pick<
    DirectoryModule,
    'findCity' | 'listCityCodes' | 'findOrganisation' | 'findOrganisationByKey'
  >;
  catalog: Pick<CatalogModule, 'exportEntries' | 'findApplicableImplementation'>;
  calendar: Pick<CalendarModule, 'workingDaysBetween' | 'dueDate'>;
  now?: () => Date;
}) {
  const repository = createStatisticsRepository();
  const refresh = createStatisticsRefresh({ database, repository, calendar, now });
  const service = createStatisticsService({ database, repository, directory, catalog, now });
  async function refreshStatistics(options?: RefreshOptions): Promise<RefreshOutcome> {
    const outcome = await refresh.run(options);
    service.forgetAnswers();
    return outcome;
  }
  return {
    /**
     * Counts what changed since the last run. Safe in any number of processes at once; a
     * periodic job passes { wait: false } so it skips a turn while another process refreshes.
     */
    refreshStatistics,
    /** The refresh once a minute across all processes, for the job runner's schedule (jobs.every). */
    periodicJobs: {
      'statistics.refresh': {
        periodMs: STATISTICS_REFRESH_INTERVAL_MS,
        // Another process refreshing now has it covered: skip rather than queue.
        handler: async () => {
          await refreshStatistics({ wait: false });
        },
      },
    },
    /**
     * Demo data: six months of past cases, counted at once. The departments and halls of the
     * given demo staff accounts get none, so their worklists start empty.
     */
    async seedDemoHistory(
      accounts: readonly {
        kind: string;
        roles?: readonly { cityCode: string | null; orgKey: string | null }[];
      }[],
    ): Promise<number> {
      const staffOrganisations = accounts.flatMap((a) =>
        (a.roles ?? []).flatMap((r) =>
          r.cityCode && r.orgKey ? [{ cityCode: r.cityCode, orgKey: r.orgKey }] : [],
        ),
      );
      const written = await seedDemoHistory({
        database,
        directory,
        catalog,
        calendar,
        staffOrganisations,
        now,
      });
      await refreshStatistics();
      return written;
    },
    routes: statisticsRoutes(service),
  };
}

export type StatisticsModule = ReturnType<typeof createStatisticsModule>;
