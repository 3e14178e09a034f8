import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemStatistics } from '../../../../contracts/statistics.contract.js';
import { useCityName } from '../../directory/directory.api.js';
import { useStatisticsFormat } from '../use-statistics-format.js';

type Item = ItemStatistics['items'][number];

/** The promised limit across the cities that offer the item: none, one number, or a range. */
function promisedRange(item: Item): { min: number; max: number } | null {
  const days = item.cities.flatMap((c) => (c.declared ? [c.declared.promisedDays] : []));
  return days.length ? { min: Math.min(...days), max: Math.max(...days) } : null;
}

/** Declared against achieved, per item: what the catalogue promises and what the cases show. */
export function ItemsTable({ data }: { data: ItemStatistics }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const f = useStatisticsFormat();
  const english = f.language === 'en';
  const promised = (item: Item) => {
    const range = promisedRange(item);
    if (!range) return t('statistics.items.noImplementation');
    if (range.min !== range.max) return t('statistics.items.promisedRange', range);
    return range.min === 0
      ? t('statistics.items.instant')
      : t('statistics.items.promisedDays', { value: range.min });
  };
  return (
    <section className="page-panel" aria-labelledby="statistics-items">
      <h2 id="statistics-items">{t('statistics.items.title')}</h2>
      <p className="muted">{t('statistics.items.description')}</p>
      <p>{t('statistics.items.total', { total: data.total, shown: data.items.length })}</p>
      <div className="table-scroll" role="region" aria-labelledby="statistics-items" tabIndex={0}>
        <table className="data-table statistics-items-table">
          <caption className="visually-hidden">{t('statistics.items.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.table.item')}</th>
              <th scope="col">{t('statistics.items.declaredModes')}</th>
              <th scope="col">{t('statistics.items.promised')}</th>
              <th scope="col">{t('statistics.items.instantCities')}</th>
              <th scope="col">{t('statistics.summary.submitted')}</th>
              <th scope="col">{t('statistics.summary.onlineShare')}</th>
              <th scope="col">{t('statistics.summary.offSiteShare')}</th>
              <th scope="col">{t('statistics.summary.sameDayShare')}</th>
              <th scope="col">{t('statistics.summary.onTimeRate')}</th>
              <th scope="col">{t('statistics.summary.median')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => {
              const instant = item.cities.filter((c) => c.declared?.instant);
              return (
                <tr key={item.code} data-item-code={item.code}>
                  <th scope="row">
                    <Link to={`/items/${encodeURIComponent(item.code)}`}>
                      {english ? item.nameEn : item.name}
                    </Link>
                  </th>
                  <td>
                    {item.declaredModes.map((mode) => (
                      <Tag key={mode}>{t(`statistics.items.modes.${mode}`)}</Tag>
                    ))}
                  </td>
                  <td>{promised(item)}</td>
                  <td>
                    {instant.length
                      ? instant.map((c) => cityName(c.cityCode, c.cityName)).join(t('common.listSeparator'))
                      : t('common.none')}
                  </td>
                  <td>{f.count(item.achieved.submitted)}</td>
                  <td>{f.share(item.achieved.onlineShare)}</td>
                  <td>{f.share(item.achieved.offSiteShare)}</td>
                  <td>{f.share(item.achieved.sameDayShare)}</td>
                  <td>{f.share(item.achieved.onTimeRate)}</td>
                  <td>{f.days(item.achieved.medianWorkingDays)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
