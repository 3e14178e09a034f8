import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImplementationView } from '../../../../contracts/catalog.contract.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCatalogLabel, useFeeLabel } from '../catalog.labels.js';
import { MaterialsList } from './MaterialsList.js';
import './compare-table.css';

interface Row {
  key: string;
  label: string;
  /** What is compared across cities to flag a difference (同标准办理 is the goal). */
  compareBy: (impl: ImplementationView) => unknown;
  render: (impl: ImplementationView) => ReactNode;
}

/** The four cities' implementations of one item side by side, with differing rows flagged. */
export function ImplementationComparison({ implementations }: { implementations: ImplementationView[] }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const label = useCatalogLabel();
  const fee = useFeeLabel();
  const days = (n: number) => t('catalog.workingDays', { count: n });

  const rows: Row[] = [
    { key: 'org', label: t('catalog.compare.org'), compareBy: () => null, render: (i) => i.orgName },
    {
      key: 'statutory',
      label: t('catalog.compare.statutoryDays'),
      compareBy: (i) => i.statutoryDays,
      render: (i) => days(i.statutoryDays),
    },
    {
      key: 'promised',
      label: t('catalog.compare.promisedDays'),
      compareBy: (i) => i.promisedDays,
      render: (i) => days(i.promisedDays),
    },
    {
      key: 'fee',
      label: t('catalog.compare.fee'),
      compareBy: (i) => Number(i.feeYuan),
      render: (i) => fee(i.feeYuan),
    },
    {
      key: 'materials',
      label: t('catalog.compare.materials'),
      compareBy: (i) => i.materials.map((m) => [m.name, m.requirement, m.form, m.copies]),
      render: (i) => <MaterialsList materials={i.materials} />,
    },
    {
      key: 'instant',
      label: t('catalog.compare.instant'),
      compareBy: (i) => i.instant,
      render: (i) => (i.instant ? t('catalog.compare.instantYes') : t('catalog.compare.instantNo')),
    },
    {
      key: 'delivery',
      label: t('catalog.compare.delivery'),
      compareBy: (i) => [...i.delivery].sort(),
      render: (i) => i.delivery.map((d) => label('delivery', d)).join(t('common.listSeparator')),
    },
    {
      key: 'offSite',
      label: t('catalog.compare.offSite'),
      compareBy: () => null,
      render: (i) =>
        i.offSiteCityCodes.length
          ? i.offSiteCityCodes.map((c) => cityName(c)).join(t('common.listSeparator'))
          : t('common.none'),
    },
  ];
  const differs = (row: Row) =>
    new Set(implementations.map((impl) => JSON.stringify(row.compareBy(impl)))).size > 1;

  return (
    <div className="table-scroll" role="region" aria-labelledby="compare-heading" tabIndex={0}>
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
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.label}
                {differs(row) && (
                  <div>
                    <Tag color="warning">{t('catalog.compare.differs')}</Tag>
                  </div>
                )}
              </th>
              {implementations.map((impl) => (
                <td key={impl.id}>{row.render(impl)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
