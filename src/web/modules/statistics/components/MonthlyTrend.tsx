import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsOverview } from '../../../../contracts/statistics.contract.js';
import { useStatisticsFormat } from '../use-statistics-format.js';
import { ChartSection } from './ChartSection.js';
import { baseOption, EChart } from './EChart.js';

/** Applications and decisions month by month. */
export function MonthlyTrend({ months }: { months: StatisticsOverview['months'] }) {
  const { t } = useTranslation();
  const f = useStatisticsFormat();
  const title = t('statistics.charts.trend.title');
  const option = useMemo(
    () => ({
      ...baseOption(),
      xAxis: { type: 'category', data: months.map((m) => f.month(m.month)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.axisCount(v) } },
      series: [
        { type: 'line', name: t('statistics.summary.submitted'), data: months.map((m) => m.submitted) },
        { type: 'line', name: t('statistics.summary.decided'), data: months.map((m) => m.decided) },
      ],
    }),
    [months, f, t],
  );
  return (
    <ChartSection
      name="trend"
      title={title}
      description={t('statistics.charts.trend.description')}
      chart={<EChart option={option} label={title} />}
      table={
        <table className="data-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.table.month')}</th>
              <th scope="col">{t('statistics.summary.submitted')}</th>
              <th scope="col">{t('statistics.summary.decided')}</th>
              <th scope="col">{t('statistics.summary.onTimeRate')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{f.month(m.month)}</th>
                <td>{f.count(m.submitted)}</td>
                <td>{f.count(m.decided)}</td>
                <td>{f.share(m.withDeadline ? m.decidedOnTime / m.withDeadline : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
