import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../../i18n/format.js';
import { ApiError } from '../../../shared/api/api-error.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useSession } from '../../identity/identity.api.js';
import { CityCharts } from '../components/CityCharts.js';
import { CityPairMatrix } from '../components/CityPairMatrix.js';
import { DepartmentsTable } from '../components/DepartmentsTable.js';
import { ItemsTable } from '../components/ItemsTable.js';
import { MonthlyTrend } from '../components/MonthlyTrend.js';
import { StatisticsFilters } from '../components/StatisticsFilters.js';
import { SummaryFigures } from '../components/SummaryFigures.js';
import {
  useCityPairStatistics,
  useDepartmentStatistics,
  useItemStatistics,
  useStatisticsOverview,
  type StatisticsFilters as Filters,
} from '../statistics.api.js';
import { useStatisticsFormat } from '../use-statistics-format.js';
import '../../catalog/components/catalog.css';
import '../../catalog/components/compare-table.css';
import '../statistics.css';

const MONTH = /^\d{4}-\d{2}$/;
const CITY = /^\d{6}$/;

/** /statistics — 同城化政务服务统计: public figures of the case engine, charts with their tables. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const f = useStatisticsFormat();
  const [params, setParams] = useSearchParams();
  const filters: Filters = {};
  const [from, to, city] = [params.get('from'), params.get('to'), params.get('city')];
  if (from && MONTH.test(from)) filters.from = from;
  if (to && MONTH.test(to)) filters.to = to;
  if (city && CITY.test(city)) filters.city = city;

  const { data: session } = useSession();
  const supervises = (session?.account.roles ?? []).some(
    (r) => r.role === 'coordination_office' || r.role === 'city_admin',
  );
  const overview = useStatisticsOverview(filters);
  const pairs = useCityPairStatistics(filters);
  const items = useItemStatistics(filters);
  const departments = useDepartmentStatistics(filters, supervises);

  const period = overview.data?.period;
  // A period or city the server refuses: say which field and why, beside the filters.
  const problems = overview.error instanceof ApiError ? overview.error.fieldProblems : [];
  return (
    <>
      <DocumentTitle title={t('statistics.title')} />
      <div className="page-panel">
        <h1>{t('statistics.title')}</h1>
        <p>{t('statistics.intro')}</p>
        {period && (
          <p className="statistics-period" data-testid="statistics-period">
            {t('statistics.period', { from: f.month(period.from), to: f.month(period.to) })}
            {' · '}
            {overview.data?.refreshedAt
              ? t('statistics.refreshedAt', { time: formatDateTime(overview.data.refreshedAt, f.language) })
              : t('statistics.notRefreshed')}
          </p>
        )}
        <StatisticsFilters
          key={JSON.stringify(filters)}
          value={filters}
          period={period}
          onChange={(next) => setParams(new URLSearchParams(next as Record<string, string>))}
        />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            title={problems.map((p) => p.message).join(t('common.listSeparator'))}
          />
        )}
      </div>
      <QueryState query={overview}>
        {(data) => (
          <>
            <SummaryFigures total={data.total} />
            <CityCharts overview={data} />
            <MonthlyTrend months={data.months} />
          </>
        )}
      </QueryState>
      <QueryState query={pairs}>{(data) => <CityPairMatrix data={data} />}</QueryState>
      <QueryState query={items}>{(data) => <ItemsTable data={data} />}</QueryState>
      {supervises && (
        <QueryState query={departments}>{(data) => <DepartmentsTable data={data} />}</QueryState>
      )}
      <section className="page-panel" aria-labelledby="statistics-rules">
        <h2 id="statistics-rules">{t('statistics.rules.title')}</h2>
        <ul className="statistics-rules">
          {(
            [
              'submitted',
              'decided',
              'offSite',
              'sameDay',
              'onTime',
              'median',
              'satisfaction',
              'complaints',
            ] as const
          ).map((key) => (
            <li key={key}>{t(`statistics.rules.${key}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
