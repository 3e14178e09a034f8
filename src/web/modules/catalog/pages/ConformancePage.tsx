import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConformanceList } from '../../../../contracts/catalog.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useConformance, useEnglishItemNames } from '../catalog.api.js';
import { CITY_CODES } from '../catalog.filters.js';
import { useCatalogLabel } from '../catalog.labels.js';
import '../components/compare-table.css';
import '../components/catalog.css';

/** A score as a number and a bar; the bar only repeats the number, it never stands alone. */
function ScoreBar({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <span className="score-cell">
      <span className="score-value">{t('catalog.comparison.scoreValue', { score })}</span>
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
    </span>
  );
}

function ConformanceContent({ data }: { data: ConformanceList }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const label = useCatalogLabel();
  // The conformance list names items in Chinese only; the English names come from the catalogue.
  const { data: englishNames } = useEnglishItemNames(language === 'en');
  const cityCodes = Object.keys(data.cityAverages).length ? Object.keys(data.cityAverages) : [...CITY_CODES];
  const itemName = (code: string, name: string) =>
    language === 'en' ? (englishNames?.get(code) ?? name) : name;

  return (
    <>
      <section className="page-panel" aria-labelledby="conformance-averages">
        <h2 id="conformance-averages">{t('catalog.conformance.averagesTitle')}</h2>
        <ul className="city-averages" aria-label={t('catalog.conformance.averagesCaption')}>
          {cityCodes.map((code) => (
            <li key={code} data-city={code}>
              <span className="city-average-name">{cityName(code)}</span>
              <ScoreBar score={data.cityAverages[code] ?? 0} />
            </li>
          ))}
        </ul>
      </section>
      <section className="page-panel" aria-labelledby="conformance-items">
        <h2 id="conformance-items">{t('catalog.conformance.itemsTitle')}</h2>
        <div className="table-scroll" role="region" aria-labelledby="conformance-items" tabIndex={0}>
          <table className="data-table conformance-table">
            <caption className="visually-hidden">{t('catalog.conformance.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalog.conformance.item')}</th>
                <th scope="col">{t('catalog.conformance.score')}</th>
                {cityCodes.map((code) => (
                  <th key={code} scope="col">
                    {cityName(code)}
                  </th>
                ))}
                <th scope="col">{t('catalog.conformance.differing')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.code} data-item-code={item.code}>
                  <th scope="row">
                    <Link to={`/items/${encodeURIComponent(item.code)}/comparison`}>
                      {itemName(item.code, item.name)}
                    </Link>
                    <div className="muted">{item.code}</div>
                  </th>
                  <td>
                    <ScoreBar score={item.score} />
                  </td>
                  {cityCodes.map((code) => (
                    <td key={code}>
                      {t('catalog.comparison.scoreValue', { score: item.cityScores[code] ?? 0 })}
                    </td>
                  ))}
                  <td>
                    {item.differingDimensions.length ? (
                      <ul className="plain-list">
                        {item.differingDimensions.map((dimension) => (
                          <li key={dimension}>
                            <span aria-hidden="true">≠ </span>
                            {label('dimensions', dimension)}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <>
                        <span aria-hidden="true">✓ </span>
                        {t('catalog.conformance.allUniform')}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="page-panel" aria-labelledby="conformance-rule">
        <h2 id="conformance-rule">{t('catalog.conformance.rule')}</h2>
        <p lang="zh-CN" style={{ marginBottom: 0 }}>
          {data.rule}
        </p>
      </section>
    </>
  );
}

/** /conformance — 无差别受理: every item by how far the four cities agree, least uniform first. */
export function ConformancePage() {
  const { t } = useTranslation();
  const conformance = useConformance();
  return (
    <>
      <DocumentTitle title={t('catalog.conformance.title')} />
      <div className="page-panel">
        <h1>{t('catalog.conformance.title')}</h1>
        <p style={{ marginBottom: 0 }}>{t('catalog.conformance.intro')}</p>
      </div>
      <QueryState query={conformance}>{(data) => <ConformanceContent data={data} />}</QueryState>
    </>
  );
}
