import { useTranslation } from 'react-i18next';
import type { DepartmentStatistics } from '../../../../contracts/statistics.contract.js';
import { useCityName } from '../../directory/directory.api.js';
import { useStatisticsFormat } from '../use-statistics-format.js';

/** The supervisors' view: each department's figures and its open 差评. */
export function DepartmentsTable({ data }: { data: DepartmentStatistics }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const f = useStatisticsFormat();
  return (
    <section className="page-panel" aria-labelledby="statistics-departments">
      <h2 id="statistics-departments">{t('statistics.departments.title')}</h2>
      <p className="muted">{t('statistics.departments.description')}</p>
      <div className="table-scroll" role="region" aria-labelledby="statistics-departments" tabIndex={0}>
        <table className="data-table">
          <caption className="visually-hidden">{t('statistics.departments.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.table.department')}</th>
              <th scope="col">{t('statistics.table.city')}</th>
              <th scope="col">{t('statistics.summary.submitted')}</th>
              <th scope="col">{t('statistics.summary.decided')}</th>
              <th scope="col">{t('statistics.summary.onTimeRate')}</th>
              <th scope="col">{t('statistics.summary.median')}</th>
              <th scope="col">{t('statistics.summary.satisfaction')}</th>
              <th scope="col">{t('statistics.summary.openComplaints')}</th>
              <th scope="col">{t('statistics.departments.overdueComplaints')}</th>
            </tr>
          </thead>
          <tbody>
            {data.departments.map((d) => (
              <tr key={`${d.cityCode}/${d.orgId}`} data-org-id={d.orgId}>
                <th scope="row">{d.orgName}</th>
                <td>{cityName(d.cityCode)}</td>
                <td>{f.count(d.submitted)}</td>
                <td>{f.count(d.decided)}</td>
                <td>{f.share(d.onTimeRate)}</td>
                <td>{f.days(d.medianWorkingDays)}</td>
                <td>{f.share(d.satisfaction)}</td>
                <td>{f.count(d.openComplaints)}</td>
                <td>{f.count(d.overdueComplaints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
