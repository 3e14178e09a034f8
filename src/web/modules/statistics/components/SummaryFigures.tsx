import { useTranslation } from 'react-i18next';
import type { StatisticsOverview } from '../../../../contracts/statistics.contract.js';
import { useStatisticsFormat } from '../use-statistics-format.js';

/** The headline figures of the period, as text: the page's most important numbers need no chart. */
export function SummaryFigures({ total }: { total: StatisticsOverview['total'] }) {
  const { t } = useTranslation();
  const f = useStatisticsFormat();
  const figures: [key: string, value: string][] = [
    ['submitted', t('statistics.units.cases', { value: f.count(total.submitted) })],
    ['decided', t('statistics.units.cases', { value: f.count(total.decided) })],
    ['onlineShare', f.share(total.onlineShare)],
    ['offSiteShare', f.share(total.offSiteShare)],
    ['sameDayShare', f.share(total.sameDayShare)],
    ['onTimeRate', f.share(total.onTimeRate)],
    ['median', f.days(total.medianWorkingDays)],
    ['satisfaction', f.share(total.satisfaction)],
    ['openComplaints', t('statistics.units.cases', { value: f.count(total.openComplaints) })],
  ];
  return (
    <section className="page-panel" aria-labelledby="statistics-summary">
      <h2 id="statistics-summary">{t('statistics.summary.title')}</h2>
      <dl className="statistics-figures">
        {figures.map(([key, value]) => (
          <div key={key} data-figure={key}>
            <dt>{t(`statistics.summary.${key}` as 'statistics.summary.submitted')}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
