import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemSummary } from '../../../../contracts/catalog.contract.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCatalogLabel } from '../catalog.labels.js';
import './catalog.css';

/** One service item in a list: name, code, modes, the cities offering it, summary and the ways in. */
export function ItemCard({ item, headingLevel = 3 }: { item: ItemSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useCatalogLabel();
  const cityName = useCityName();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const guidePath = `/items/${encodeURIComponent(item.code)}`;
  const name = language === 'en' ? item.nameEn : item.name;
  const cities = (codes: string[]) => codes.map((code) => cityName(code)).join(t('common.listSeparator'));
  return (
    <article className="page-panel item-card" data-item-code={item.code}>
      <Heading style={{ marginTop: 0 }}>
        <Link to={guidePath}>{name}</Link>
      </Heading>
      <p style={{ margin: '4px 0' }}>
        {t('catalog.itemCode')}
        {item.code}
        <span aria-hidden="true"> · </span>
        {label('subjects', item.subject)}
        <span aria-hidden="true"> · </span>
        {label('itemTypes', item.type)}
      </p>
      <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
        {item.modes.map((mode) => (
          <Tag key={mode} color="blue">
            {label('modes', mode)}
          </Tag>
        ))}
      </Space>
      <p>{language === 'en' && item.summaryEn ? item.summaryEn : item.summary}</p>
      <ul className="item-card-cities">
        <li data-testid="item-cities">
          <strong>{t('catalog.cities')}</strong>
          {item.cityCodes.length ? cities(item.cityCodes) : t('catalog.noCities')}
        </li>
        <li data-testid="item-instant-cities">
          <strong>{t('catalog.instantCities')}</strong>
          {item.instantCityCodes.length ? cities(item.instantCityCodes) : t('catalog.instantNowhere')}
        </li>
      </ul>
      <Space wrap>
        <LinkButton to={guidePath} variant="default">
          {t('catalog.viewGuide')}
          <span className="visually-hidden">{`：${name}`}</span>
        </LinkButton>
        <LinkButton to={`${guidePath}/comparison`} variant="default">
          {t('catalog.viewComparison')}
          <span className="visually-hidden">{`：${name}`}</span>
        </LinkButton>
        <LinkButton to={`${guidePath}/apply`}>
          {t('catalog.applyOnline')}
          <span className="visually-hidden">{`：${name}`}</span>
        </LinkButton>
      </Space>
    </article>
  );
}
