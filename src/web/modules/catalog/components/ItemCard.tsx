import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemSummary } from '../../../../contracts/catalog.contract.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCatalogLabel } from '../catalog.labels.js';

/** One service item in a list: name, code, modes, summary and the ways in. */
export function ItemCard({ item, headingLevel = 3 }: { item: ItemSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useCatalogLabel();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const guidePath = `/items/${encodeURIComponent(item.code)}`;
  return (
    <article className="page-panel">
      <Heading style={{ marginTop: 0 }}>
        <Link to={guidePath}>{language === 'en' ? item.nameEn : item.name}</Link>
      </Heading>
      <p style={{ margin: '4px 0' }}>
        {t('catalog.itemCode')}
        {item.code}
        <span aria-hidden="true"> · </span>
        {label('subjects', item.subject)}
      </p>
      <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
        {item.modes.map((mode) => (
          <Tag key={mode} color="blue">
            {label('modes', mode)}
          </Tag>
        ))}
      </Space>
      <p>{language === 'en' && item.summaryEn ? item.summaryEn : item.summary}</p>
      <Space wrap>
        <LinkButton to={guidePath} variant="default">
          {t('catalog.viewGuide')}
          <span className="visually-hidden">{`：${language === 'en' ? item.nameEn : item.name}`}</span>
        </LinkButton>
        <LinkButton to={`${guidePath}/apply`}>
          {t('catalog.applyOnline')}
          <span className="visually-hidden">{`：${language === 'en' ? item.nameEn : item.name}`}</span>
        </LinkButton>
      </Space>
    </article>
  );
}
