import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ImplementationView, ItemView } from '../../../../contracts/catalog.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useItem } from '../catalog.api.js';
import { useCatalogLabel } from '../catalog.labels.js';
import { ImplementationComparison } from '../components/ImplementationComparison.js';
import { GuideConditions, GuideQuestions, GuideSteps } from '../components/ItemGuide.js';
import { MaterialsTable } from '../components/MaterialsTable.js';

/** True when every city asks for exactly the same materials, in the same way. */
function sameMaterials(implementations: ImplementationView[]): boolean {
  const canonical = (impl: ImplementationView) =>
    JSON.stringify([...impl.materials].sort((a, b) => a.key.localeCompare(b.key)));
  return new Set(implementations.map(canonical)).size <= 1;
}

/** 申请材料: one table when the four cities agree, else one per city. */
function MaterialsSection({ implementations }: { implementations: ImplementationView[] }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const [first] = implementations;
  const same = sameMaterials(implementations);
  return (
    <section className="page-panel" aria-labelledby="guide-materials">
      <h2 id="guide-materials">{t('catalog.guide.materials')}</h2>
      {!first ? (
        <p>{t('catalog.noCities')}</p>
      ) : same ? (
        <>
          <p>{t('catalog.guide.materialsSame')}</p>
          <MaterialsTable materials={first.materials} caption={t('catalog.guide.materialsSame')} />
        </>
      ) : (
        <>
          <p>{t('catalog.guide.materialsDiffer')}</p>
          {implementations.map((impl) => {
            const city = cityName(impl.cityCode, impl.cityName);
            return (
              <div key={impl.id} data-city={impl.cityCode}>
                <h3>{t('catalog.guide.materialsIn', { city })}</h3>
                <MaterialsTable
                  materials={impl.materials}
                  caption={t('catalog.guide.materialsCaption', { city })}
                />
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

function ItemGuideContent({ item }: { item: ItemView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useCatalogLabel();
  const cityName = useCityName();
  const name = language === 'en' ? item.nameEn : item.name;
  const cities = (codes: string[], none: string) =>
    codes.length ? codes.map((code) => cityName(code)).join(t('common.listSeparator')) : none;
  const comparisonPath = `/items/${encodeURIComponent(item.code)}/comparison`;
  return (
    <>
      <DocumentTitle title={name} />
      <section className="page-panel" aria-labelledby="guide-title">
        <h1 id="guide-title">{name}</h1>
        <p>{language === 'en' && item.summaryEn ? item.summaryEn : item.summary}</p>
        <h2 id="guide-info">{t('catalog.guide.info')}</h2>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'code', label: t('catalog.facts.code'), children: item.code },
            { key: 'type', label: t('catalog.facts.type'), children: label('itemTypes', item.type) },
            { key: 'subject', label: t('catalog.facts.subject'), children: label('subjects', item.subject) },
            {
              key: 'modes',
              label: t('catalog.facts.modes'),
              children: item.modes.map((m) => label('modes', m)).join(t('common.listSeparator')),
            },
            {
              key: 'cities',
              label: t('catalog.facts.cities'),
              children: cities(item.cityCodes, t('catalog.noCities')),
            },
            {
              key: 'instant',
              label: t('catalog.facts.instantCities'),
              children: cities(item.instantCityCodes, t('catalog.instantNowhere')),
            },
            {
              key: 'result',
              label: t('catalog.facts.resultType'),
              children: label('resultTypes', item.resultType),
            },
            {
              key: 'events',
              label: t('catalog.facts.lifeEvents'),
              children: item.lifeEvents.map((e) => label('lifeEvents', e)).join(t('common.listSeparator')),
            },
            {
              key: 'basis',
              label: t('catalog.facts.legalBasis'),
              children: <span lang="zh-CN">{item.legalBasis}</span>,
              span: 'filled',
            },
          ]}
        />
        <p className="guide-actions">
          <LinkButton to={`/items/${encodeURIComponent(item.code)}/apply`}>
            {t('catalog.applyOnline')}
          </LinkButton>
          <LinkButton to={comparisonPath} variant="default">
            {t('catalog.viewComparison')}
          </LinkButton>
        </p>
      </section>
      <GuideConditions guide={item.guide} />
      <MaterialsSection implementations={item.implementations} />
      <GuideSteps guide={item.guide} />
      <section className="page-panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('catalog.compare.title')}</h2>
        <p>{t('catalog.compare.intro')}</p>
        <ImplementationComparison implementations={item.implementations} labelledBy="compare-heading" />
        <p style={{ marginBottom: 0, marginTop: 12 }}>
          <Link to={comparisonPath}>{t('catalog.guide.compareLink')}</Link>
        </p>
      </section>
      <GuideQuestions guide={item.guide} />
    </>
  );
}

/** /items/:code — the guide of one item and the four cities' implementations. */
export function ItemGuidePage() {
  const { code } = useParams();
  const item = useItem(code);
  return <QueryState query={item}>{(loaded) => <ItemGuideContent item={loaded} />}</QueryState>;
}
