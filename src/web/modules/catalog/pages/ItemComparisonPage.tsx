import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ImplementationView, ItemComparison } from '../../../../contracts/catalog.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useComparison } from '../catalog.api.js';
import { useCatalogLabel, useFeeLabel, useWorkingDaysLabel } from '../catalog.labels.js';
import { cellStanding, majorityCities } from '../comparison.js';
import { DifferenceMarker, RowMarker } from '../components/DifferenceMarker.js';
import '../components/compare-table.css';
import '../components/catalog.css';

type Dimension = ItemComparison['dimensions'][number]['dimension'];

interface TableRow {
  key: string;
  label: ReactNode;
  uniform: boolean;
  majority: string[];
  /** The cell of a city that implements the item. */
  value: (cityCode: string) => ReactNode;
  present: (cityCode: string) => boolean;
}

/** How each dimension's value of one city reads in the table. */
function useDimensionValue() {
  const { t } = useTranslation();
  const label = useCatalogLabel();
  const fee = useFeeLabel();
  const days = useWorkingDaysLabel();
  const cityName = useCityName();
  return (dimension: Dimension, impl: ImplementationView, allCities: string[]): ReactNode => {
    switch (dimension) {
      case 'materials':
        return t('catalog.comparison.materialsSummary', {
          count: impl.materials.length,
          required: impl.materials.filter((m) => m.requirement === 'required').length,
        });
      case 'form':
        return t('catalog.comparison.formSummary', {
          count: impl.form.length,
          required: impl.form.filter((f) => f.required).length,
        });
      case 'promisedDays':
        return days(impl.promisedDays);
      case 'statutoryDays':
        return days(impl.statutoryDays);
      case 'fee':
        return fee(impl.feeYuan);
      case 'instant':
        return impl.instant ? t('catalog.comparison.yes') : t('catalog.comparison.no');
      case 'delivery':
        return impl.delivery.map((d) => label('delivery', d)).join(t('common.listSeparator'));
      case 'offSite': {
        const others = allCities.filter((c) => c !== impl.cityCode);
        if (others.length > 0 && others.every((c) => impl.offSiteCityCodes.includes(c))) {
          return t('catalog.comparison.offSiteAll');
        }
        return impl.offSiteCityCodes.length
          ? impl.offSiteCityCodes.map((c) => cityName(c)).join(t('common.listSeparator'))
          : t('common.none');
      }
    }
  };
}

function RowGroup({ title, rows, cityCodes }: { title: string; rows: TableRow[]; cityCodes: string[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <tbody>
      <tr className="group-row">
        <th scope="rowgroup" colSpan={cityCodes.length + 1}>
          {title}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.key} data-row={row.key}>
          <th scope="row">
            {row.label}
            <div>
              <RowMarker uniform={row.uniform} tie={row.majority.length === 0} />
            </div>
          </th>
          {cityCodes.map((cityCode) => {
            const present = row.present(cityCode);
            const standing = cellStanding(cityCode, {
              uniform: row.uniform,
              majority: row.majority,
              present,
            });
            return (
              <td key={cityCode} data-city={cityCode} data-standing={standing} className={`cell-${standing}`}>
                {present ? row.value(cityCode) : t('catalog.comparison.missing')}
                <DifferenceMarker standing={standing} />
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}

function ComparisonContent({ comparison }: { comparison: ItemComparison }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useCatalogLabel();
  const cityName = useCityName();
  const dimensionValue = useDimensionValue();
  const { item } = comparison;
  const name = language === 'en' ? item.nameEn : item.name;
  const guidePath = `/items/${encodeURIComponent(item.code)}`;
  const cityCodes = comparison.cities.map((c) => c.code);
  const byCity = new Map(comparison.implementations.map((impl) => [impl.cityCode, impl]));
  const implements_ = (cityCode: string) => byCity.has(cityCode);
  const nameOf = (code: string) => cityName(code, comparison.cities.find((c) => c.code === code)?.name);
  // English labels of form fields come from the implementations, which carry both languages.
  const fieldLabel = (key: string, fallback: string) => {
    if (language !== 'en') return fallback;
    for (const impl of comparison.implementations) {
      const field = impl.form.find((f) => f.key === key);
      if (field) return field.labelEn;
    }
    return fallback;
  };

  const dimensionRows: TableRow[] = comparison.dimensions.map((d) => ({
    key: d.dimension,
    label: label('dimensions', d.dimension),
    uniform: d.uniform,
    majority: d.majorityCities,
    present: implements_,
    value: (cityCode) => {
      const impl = byCity.get(cityCode);
      return impl ? dimensionValue(d.dimension, impl, cityCodes) : null;
    },
  }));
  const presenceRows = (
    rows: ItemComparison['materials'],
    group: 'materialPresence' | 'fieldPresence',
    prefix: string,
    rowLabel: (row: ItemComparison['materials'][number]) => ReactNode,
  ): TableRow[] =>
    rows.map((row) => ({
      key: `${prefix}:${row.key}`,
      label: rowLabel(row),
      uniform: row.uniform && comparison.missingCities.length === 0,
      majority: majorityCities(row.byCity),
      present: (cityCode) => implements_(cityCode) && row.byCity[cityCode] !== undefined,
      value: (cityCode) => label(group, row.byCity[cityCode] ?? 'absent'),
    }));

  return (
    <>
      <DocumentTitle title={t('catalog.comparison.title', { item: name })} />
      <section className="page-panel" aria-labelledby="comparison-title">
        <h1 id="comparison-title">{t('catalog.comparison.title', { item: name })}</h1>
        <p>{t('catalog.comparison.intro')}</p>
        <p className="comparison-legend">{t('catalog.comparison.legend')}</p>
        <p className="score-summary">
          {t('catalog.comparison.itemScore')}
          {language === 'en' ? ': ' : '：'}
          <strong data-testid="item-score">
            {t('catalog.comparison.scoreValue', { score: comparison.score })}
          </strong>
        </p>
        {comparison.missingCities.length > 0 && (
          <p>
            {t('catalog.comparison.missingCities', {
              cities: comparison.missingCities.map(nameOf).join(t('common.listSeparator')),
            })}
          </p>
        )}
        <p style={{ marginBottom: 0 }}>
          <Link to={guidePath}>{t('catalog.comparison.backToGuide')}</Link>
          <span aria-hidden="true"> · </span>
          <Link to="/conformance">{t('catalog.comparison.toConformance')}</Link>
        </p>
      </section>
      <section className="page-panel" aria-labelledby="comparison-table">
        <h2 id="comparison-table">{t('catalog.compare.title')}</h2>
        <div className="table-scroll" role="region" aria-labelledby="comparison-table" tabIndex={0}>
          <table className="compare-table comparison-table">
            <caption className="visually-hidden">{t('catalog.comparison.caption', { item: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalog.comparison.aspect')}</th>
                {cityCodes.map((code) => (
                  <th key={code} scope="col" data-city={code}>
                    {nameOf(code)}
                  </th>
                ))}
              </tr>
            </thead>
            <RowGroup title={t('catalog.comparison.dimensions')} rows={dimensionRows} cityCodes={cityCodes} />
            <RowGroup
              title={t('catalog.comparison.materials')}
              rows={presenceRows(comparison.materials, 'materialPresence', 'material', (row) => (
                <span lang="zh-CN">{row.label}</span>
              ))}
              cityCodes={cityCodes}
            />
            <RowGroup
              title={t('catalog.comparison.formFields')}
              rows={presenceRows(comparison.formFields, 'fieldPresence', 'field', (row) =>
                fieldLabel(row.key, row.label),
              )}
              cityCodes={cityCodes}
            />
            <tfoot>
              <tr data-row="cityScores">
                <th scope="row">{t('catalog.comparison.cityScores')}</th>
                {cityCodes.map((code) => (
                  <td key={code} data-city={code}>
                    <strong>
                      {t('catalog.comparison.scoreValue', { score: comparison.cityScores[code] ?? 0 })}
                    </strong>
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section className="page-panel" aria-labelledby="comparison-rule">
        <h2 id="comparison-rule">{t('catalog.comparison.rule')}</h2>
        <p lang="zh-CN" style={{ marginBottom: 0 }}>
          {comparison.rule}
        </p>
      </section>
    </>
  );
}

/** /items/:code/comparison — the four cities side by side, every difference marked, with the scores. */
export function ItemComparisonPage() {
  const { code } = useParams();
  const comparison = useComparison(code);
  return <QueryState query={comparison}>{(loaded) => <ComparisonContent comparison={loaded} />}</QueryState>;
}
