import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ItemView } from '../../../../contracts/catalog.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useItem } from '../catalog.api.js';
import { useCatalogLabel } from '../catalog.labels.js';
import { ImplementationComparison } from '../components/ImplementationComparison.js';
import { ItemGuide } from '../components/ItemGuide.js';

function ItemGuideContent({ item }: { item: ItemView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useCatalogLabel();
  const name = language === 'en' ? item.nameEn : item.name;
  return (
    <>
      <DocumentTitle title={name} />
      <section className="page-panel">
        <h1>{name}</h1>
        <p>{language === 'en' && item.summaryEn ? item.summaryEn : item.summary}</p>
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
              key: 'result',
              label: t('catalog.facts.resultType'),
              children: label('resultTypes', item.resultType),
            },
            { key: 'basis', label: t('catalog.facts.legalBasis'), children: item.legalBasis, span: 'filled' },
          ]}
        />
        <p style={{ marginTop: 20, marginBottom: 0 }}>
          <LinkButton to={`/items/${encodeURIComponent(item.code)}/apply`}>
            {t('catalog.applyOnline')}
          </LinkButton>
        </p>
      </section>
      <section className="page-panel">
        <h2 id="compare-heading">{t('catalog.compare.title')}</h2>
        <p>{t('catalog.compare.intro')}</p>
        <ImplementationComparison implementations={item.implementations} />
      </section>
      <ItemGuide guide={item.guide} />
    </>
  );
}

/** /items/:code — the guide of one item and the four cities' implementations. */
export function ItemGuidePage() {
  const { code } = useParams();
  const item = useItem(code);
  return <QueryState query={item}>{(loaded) => <ItemGuideContent item={loaded} />}</QueryState>;
}
