import type { Actor } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db/database.js';
import {
  MAX_PERIOD_MONTHS,
  monthIndex,
  type CityPairStatistics,
  type DepartmentStatistics,
  type ItemStatistics,
  type ItemStatisticsQuery,
  type StatisticsOverview,
  type StatisticsQuery,
} from '../../../contracts/statistics.contract.js';
import { toShanghaiDate } from '../calendar/index.js';
import type { CatalogEntry, CatalogModule } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import { createAnswerCache } from './answer-cache.js';
import { emptyMeasures, sumMeasures, toCaseMeasures } from './measures.js';
import { statisticsErrors } from './statistics.errors.js';
import { departmentScope } from './statistics.policy.js';
import type { MonthlyRow, RollupMeasures, StatisticsRepository } from './statistics.repository.js';

/**
 * How long a public answer is reused in this process. The rollup changes only when the refresh
 * runs (every minute or so), so half a minute adds little staleness and spares the database.
 */
export const ANSWER_TTL_MS = 30_000;
/** The catalogue's promises change a few times a year. */
const DECLARED_TTL_MS = 60_000;

interface Period {
  from: string;
  to: string;
}

const monthOfIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The query's months, or the twelve up to this one; checked again once the defaults are filled in. */
function resolvePeriod(query: { from?: string | undefined; to?: string | undefined }, today: Date): Period {
  const current = toShanghaiDate(today).slice(0, 7);
  const to = query.to ?? (query.from && query.from > current ? query.from : current);
  const from = query.from ?? monthOfIndex(monthIndex(to) - 11);
  const span = monthIndex(to) - monthIndex(from);
  if (span < 0 || span >= MAX_PERIOD_MONTHS) {
    throw statisticsErrors.queryInvalid({
      fieldErrors: [
        {
          field: query.from ? 'querystring.from' : 'querystring.to',
          code: span < 0 ? 'statistics.period_reversed' : 'statistics.period_too_long',
        },
      ],
    });
  }
  return { from, to };
}

function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let i = monthIndex(period.from); i <= monthIndex(period.to); i += 1) months.push(monthOfIndex(i));
  return months;
}

function groupSum<T extends RollupMeasures>(rows: T[], key: (row: T) => string): Map<string, RollupMeasures> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k) ?? [];
    if (!list.length) groups.set(k, list);
    list.push(row);
  }
  return new Map([...groups].map(([k, list]) => [k, sumMeasures(list)]));
}

interface VisitRatings {
  cityCode: string;
  orgId: string;
  channel: 'online' | 'window';
  rated: number;
  satisfied: number;
}

/** Adds the window-visit ratings that match to the case figures. */
function withVisits(
  m: RollupMeasures,
  visits: VisitRatings[],
  match: (v: VisitRatings) => boolean,
): RollupMeasures {
  const own = visits.filter(match);
  return {
    ...m,
    rated: m.rated + own.reduce((sum, v) => sum + Number(v.rated), 0),
    satisfied: m.satisfied + own.reduce((sum, v) => sum + Number(v.satisfied), 0),
  };
}

/** Public statistics of the case engine and the supervisors' department figures. */
export function createStatisticsService({
  database,
  repository,
  directory,
  catalog,
  now = () => new Date(),
}: {
  database: Database;
  repository: StatisticsRepository;
  directory: Pick<DirectoryModule, 'findCity' | 'listCityCodes' | 'findOrganisation'>;
  catalog: Pick<CatalogModule, 'exportEntries'>;
  now?: () => Date;
}) {
  const answers = createAnswerCache({ ttlMs: ANSWER_TTL_MS });
  const declared = createAnswerCache({ ttlMs: DECLARED_TTL_MS, maxEntries: 1 });

  async function checkCity(tx: Tx, city: string | undefined): Promise<string | null> {
    if (!city) return null;
    if (!(await directory.findCity(tx, city)))
      throw statisticsErrors.queryInvalid({
        fieldErrors: [{ field: 'querystring.city', code: 'statistics.city_unknown' }],
      });
    return city;
  }

  async function cityName(tx: Tx, code: string) {
    return (await directory.findCity(tx, code))?.name ?? code;
  }

  /** Public reading: as the application role without a person, like every anonymous request. */
  const publicRead = <T>(fn: (tx: Tx) => Promise<T>) => database.withActor(null, fn);

  // Answers do not depend on the language: names come in both.
  const cacheKey = (kind: string, { lang: _lang, ...query }: { lang?: string | undefined }) =>
    `${kind}:${JSON.stringify(query)}`;

  async function catalogueByItem(): Promise<Map<string, CatalogEntry>> {
    return declared.get('catalogue', async () => {
      const entries = await publicRead((tx) => catalog.exportEntries(tx));
      return new Map(entries.map((e) => [e.item.code, e]));
    });
  }

  async function complaintsByCity(tx: Tx): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const row of await repository.openComplaintCounts(tx))
      counts.set(row.cityCode, (counts.get(row.cityCode) ?? 0) + Number(row.open));
    return counts;
  }

  async function overview(query: StatisticsQuery): Promise<StatisticsOverview> {
    const period = resolvePeriod(query, now());
    return publicRead(async (tx) => {
      const city = await checkCity(tx, query.city);
      const state = await repository.readState(tx);
      const rows = (await repository.monthlyRows(tx, period)).filter((r) => !city || r.cityCode === city);
      const visits = (await repository.visitRatingRows(tx, period)).filter(
        (v) => !city || v.cityCode === city,
      );
      const complaints = await complaintsByCity(tx);
      const cityCodes = city ? [city] : await directory.listCityCodes(tx);
      const byCity = groupSum(rows, (r) => r.cityCode);
      const byChannel = groupSum(rows, (r) => r.channel);
      const byMonth = groupSum(rows, (r) => r.month);
      const cities = [];
      for (const code of cityCodes)
        cities.push({
          cityCode: code,
          cityName: await cityName(tx, code),
          ...toCaseMeasures(
            withVisits(byCity.get(code) ?? emptyMeasures(), visits, (v) => v.cityCode === code),
          ),
          openComplaints: complaints.get(code) ?? 0,
        });
      return {
        period,
        city,
        refreshedAt: state.refreshedAt,
        total: {
          ...toCaseMeasures(withVisits(sumMeasures(rows), visits, () => true)),
          openComplaints: cityCodes.reduce((sum, code) => sum + (complaints.get(code) ?? 0), 0),
        },
        cities,
        channels: (['online', 'window'] as const).map((channel) => ({
          channel,
          ...toCaseMeasures(
            withVisits(byChannel.get(channel) ?? emptyMeasures(), visits, (v) => v.channel === channel),
          ),
        })),
        months: monthsOf(period).map((month) => {
          const m = byMonth.get(month) ?? emptyMeasures();
          return {
            month,
            submitted: m.submitted,
            decided: m.decided,
            withDeadline: m.withDeadline,
            decidedOnTime: m.decidedOnTime,
          };
        }),
      };
    });
  }

  async function cityPairs(query: StatisticsQuery): Promise<CityPairStatistics> {
    const period = resolvePeriod(query, now());
    return publicRead(async (tx) => {
      const city = await checkCity(tx, query.city);
      const state = await repository.readState(tx);
      const involves = (r: Pick<MonthlyRow, 'cityCode' | 'receivingCityCode'>) =>
        !city || r.cityCode === city || r.receivingCityCode === city;
      const rows = (await repository.monthlyRows(tx, period)).filter(involves);
      const byPair = groupSum(rows, (r) => `${r.receivingCityCode}>${r.cityCode}`);
      const codes = await directory.listCityCodes(tx);
      const pairs = [];
      for (const receiving of codes)
        for (const deciding of codes) {
          if (!involves({ cityCode: deciding, receivingCityCode: receiving })) continue;
          pairs.push({
            receivingCityCode: receiving,
            decidingCityCode: deciding,
            ...toCaseMeasures(byPair.get(`${receiving}>${deciding}`) ?? emptyMeasures()),
          });
        }
      const cities = [];
      for (const code of codes) cities.push({ code, name: await cityName(tx, code) });
      return { period, city, refreshedAt: state.refreshedAt, cities, pairs };
    });
  }

  async function items(query: ItemStatisticsQuery): Promise<ItemStatistics> {
    const period = resolvePeriod(query, now());
    const catalogue = await catalogueByItem();
    return publicRead(async (tx) => {
      const city = await checkCity(tx, query.city);
      const state = await repository.readState(tx);
      const rows = await repository.itemCityRows(tx, period, city);
      const byItem = new Map<string, typeof rows>();
      for (const row of rows) {
        const list = byItem.get(row.itemCode) ?? [];
        if (!list.length) byItem.set(row.itemCode, list);
        list.push(row);
      }
      const ranked = [...byItem].map(([code, list]) => ({ code, list, total: sumMeasures(list) }));
      ranked.sort(
        (a, b) =>
          b.total.submitted - a.total.submitted ||
          b.total.decided - a.total.decided ||
          a.code.localeCompare(b.code),
      );
      const cityCodes = city ? [city] : await directory.listCityCodes(tx);
      const result = [];
      for (const { code, list, total } of ranked.slice(0, query.limit)) {
        const entry = catalogue.get(code);
        const cities = [];
        for (const cityCode of cityCodes) {
          const row = list.find((r) => r.cityCode === cityCode);
          const implementation = entry?.implementations.find((i) => i.cityCode === cityCode);
          if (!row && !implementation) continue;
          cities.push({
            cityCode,
            cityName: await cityName(tx, cityCode),
            declared: implementation
              ? {
                  instant: implementation.instant,
                  promisedDays: implementation.promisedDays,
                  offSiteCityCodes: implementation.offSiteCityCodes,
                  delivery: implementation.delivery,
                }
              : null,
            achieved: toCaseMeasures(row ?? emptyMeasures()),
          });
        }
        result.push({
          code,
          // An item withdrawn from the catalogue still has its cases counted, under its code.
          name: entry?.item.name ?? code,
          nameEn: entry?.item.nameEn ?? code,
          declaredModes: entry?.item.modes ?? [],
          achieved: toCaseMeasures(total),
          cities,
        });
      }
      return { period, city, refreshedAt: state.refreshedAt, total: ranked.length, items: result };
    });
  }

  return {
    overview: (query: StatisticsQuery) => answers.get(cacheKey('overview', query), () => overview(query)),
    cityPairs: (query: StatisticsQuery) => answers.get(cacheKey('pairs', query), () => cityPairs(query)),
    items: (query: ItemStatisticsQuery) => answers.get(cacheKey('items', query), () => items(query)),

    /**
     * Per department: the rollup's figures and the open 差评 now. A city administrator sees only
     * their city; the 差评 are read in their transaction, under rectification_tasks' policies.
     */
    async departments({
      actor,
      query,
    }: {
      actor: Actor;
      query: StatisticsQuery;
    }): Promise<DepartmentStatistics> {
      const scope = departmentScope(actor);
      if (!scope) throw statisticsErrors.departmentsOnlyForSupervisors();
      if ('cityCode' in scope && query.city && query.city !== scope.cityCode)
        throw statisticsErrors.departmentsOnlyForSupervisors();
      const period = resolvePeriod(query, now());
      return database.withActor(actor, async (tx) => {
        const city = 'cityCode' in scope ? scope.cityCode : await checkCity(tx, query.city);
        const state = await repository.readState(tx);
        const rows = await repository.departmentRows(tx, period, city);
        const complaints = (await repository.liveOpenComplaints(tx, toShanghaiDate(now()))).filter(
          (c) => !city || c.cityCode === city,
        );
        const visits = (await repository.visitRatingRows(tx, period)).filter(
          (v) => !city || v.cityCode === city,
        );
        const keys = new Map<string, { orgId: string; cityCode: string }>();
        const seen = [
          ...rows.map((r) => ({ orgId: r.decidingOrgId, cityCode: r.cityCode })),
          ...complaints,
          ...visits,
        ];
        for (const r of seen) keys.set(`${r.cityCode}/${r.orgId}`, { orgId: r.orgId, cityCode: r.cityCode });
        const cityOrder = await directory.listCityCodes(tx);
        const departments = [];
        for (const { orgId, cityCode } of keys.values()) {
          const own = complaints.filter((c) => c.orgId === orgId && c.cityCode === cityCode);
          departments.push({
            orgId,
            orgName: (await directory.findOrganisation(tx, orgId))?.name ?? '',
            cityCode,
            ...toCaseMeasures(
              withVisits(
                sumMeasures(rows.filter((r) => r.decidingOrgId === orgId && r.cityCode === cityCode)),
                visits,
                (v) => v.orgId === orgId && v.cityCode === cityCode,
              ),
            ),
            openComplaints: own.reduce((sum, c) => sum + Number(c.open), 0),
            overdueComplaints: own.reduce((sum, c) => sum + Number(c.overdue), 0),
          });
        }
        departments.sort(
          (a, b) =>
            cityOrder.indexOf(a.cityCode) - cityOrder.indexOf(b.cityCode) ||
            a.orgName.localeCompare(b.orgName, 'zh-CN'),
        );
        return { period, city, refreshedAt: state.refreshedAt, departments };
      });
    },

    /** Forgets the cached answers, after a refresh in this process. */
    forgetAnswers(): void {
      answers.clear();
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
