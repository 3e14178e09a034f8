import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImplementationView } from '../../../../contracts/catalog.contract.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCatalogLabel, useFeeLabel, useWorkingDaysLabel } from '../catalog.labels.js';
import { cellStanding, majorityCities } from '../comparison.js';
import { DifferenceMarker, RowMarker } from './DifferenceMarker.js';
import './compare-table.css';
import './catalog.css';

interface Row {
  key: string;
  label: string;
  /** What is compared across cities (同标准办理 is the goal); null for what is local by nature. */
  compareBy: ((impl: ImplementationView) => string) | null;
  render: (impl: ImplementationView) => ReactNode;
}

/**
 * The four cities' implementations of one item side by side: department, time limits, fee,
 * instant decision, delivery and off-site acceptance, each city's difference from the others marked.
 */
export function ImplementationComparison({
  implementations,
  labelledBy,
}: {
  implementations: ImplementationView[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const label = useCatalogLabel();
  const fee = useFeeLabel();
  const days = useWorkingDaysLabel();
  const others = (impl: ImplementationView) =>
    implementations.filter((other) => other.cityCode !== impl.cityCode).map((other) => other.cityCode);

  const rows: Row[] = [
    { key: 'org', label: t('catalog.compare.org'), compareBy: null, render: (i) => i.orgName },
    {
      key: 'statutory',
      label: t('catalog.compare.statutoryDays'),
      compareBy: (i) => String(i.statutoryDays),
      render: (i) => days(i.statutoryDays),
    },
    {
      key: 'promised',
      label: t('catalog.compare.promisedDays'),
      compareBy: (i) => String(i.promisedDays),
      render: (i) => days(i.promisedDays),
    },
    {
      key: 'fee',
      label: t('catalog.compare.fee'),
      compareBy: (i) => Number(i.feeYuan).toFixed(2),
      render: (i) => fee(i.feeYuan),
    },
    {
      key: 'instant',
      label: t('catalog.compare.instant'),
      compareBy: (i) => String(i.instant),
      render: (i) => (i.instant ? t('catalog.compare.instantYes') : t('catalog.compare.instantNo')),
    },
    {
      key: 'delivery',
      label: t('catalog.compare.delivery'),
      compareBy: (i) => [...i.delivery].sort().join(','),
      render: (i) => i.delivery.map((d) => label('delivery', d)).join(t('common.listSeparator')),
    },
    {
      key: 'offSite',
      label: t('catalog.compare.offSite'),
      // "All the others" is the same promise in every city, whichever three the others are.
      compareBy: (i) =>
        others(i).every((c) => i.offSiteCityCodes.includes(c))
          ? 'all'
          : [...i.offSiteCityCodes].sort().join(','),
      render: (i) =>
        i.offSiteCityCodes.length
          ? i.offSiteCityCodes.map((c) => cityName(c)).join(t('common.listSeparator'))
          : t('common.none'),
    },
  ];

  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="compare-table">
        <caption className="visually-hidden">{t('catalog.compare.caption')}</caption>
        <thead>
          <tr>
            <td />
            {implementations.map((impl) => (
              <th key={impl.id} scope="col">
                {cityName(impl.cityCode, impl.cityName)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const values = row.compareBy
              ? Object.fromEntries(
                  implementations.map((impl) => [impl.cityCode, row.compareBy?.(impl) ?? '']),
                )
              : null;
            const uniform = !values || new Set(Object.values(values)).size <= 1;
            const majority = values ? majorityCities(values) : [];
            return (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">
                  {row.label}
                  {values && !uniform && (
                    <div>
                      <RowMarker uniform={false} tie={majority.length === 0} />
                    </div>
                  )}
                </th>
                {implementations.map((impl) => {
                  const standing = values
                    ? cellStanding(impl.cityCode, { uniform, majority, present: true })
                    : 'uniform';
                  return (
                    <td
                      key={impl.id}
                      data-city={impl.cityCode}
                      data-standing={standing}
                      className={`cell-${standing}`}
                    >
                      {row.render(impl)}
                      <DifferenceMarker standing={standing} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
