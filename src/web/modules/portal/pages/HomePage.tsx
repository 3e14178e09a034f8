import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useItems } from '../../catalog/catalog.api.js';
import { ItemCard } from '../../catalog/components/ItemCard.js';
import { ItemSearchBox } from '../../catalog/components/ItemSearchBox.js';
import { useMetroArea } from '../../directory/directory.api.js';
import { useSiteSettings } from '../portal.api.js';
import { CityCards } from '../components/CityCards.js';
import { NewsSection } from '../components/NewsSection.js';
import { ServicesEntry } from '../components/ServicesEntry.js';
import './home.css';

/** What Tongcheng is, its news, the four cities, and the way into the services. */
export function HomePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data: site } = useSiteSettings();
  const metroArea = useMetroArea();
  const items = useItems();
  const siteName = site
    ? language === 'en'
      ? site.siteNameEn
      : site.siteName
    : t('layout.siteNameFallback');

  return (
    <>
      <DocumentTitle title={t('portal.home.title')} />
      <section className="page-panel hero">
        <h1>{siteName}</h1>
        <p className="hero-lead">{t('portal.home.lead')}</p>
        <div style={{ marginBottom: 16 }}>
          <ItemSearchBox />
        </div>
        <Space wrap>
          <LinkButton to="/items">{t('portal.home.browseItems')}</LinkButton>
          <LinkButton to="/register" variant="default">
            {t('portal.home.register')}
          </LinkButton>
        </Space>
      </section>

      <NewsSection />
      <ServicesEntry />

      <section className="page-panel" aria-labelledby="home-cities">
        <h2 id="home-cities">{t('portal.home.citiesTitle')}</h2>
        <p>{t('portal.home.citiesIntro')}</p>
        <QueryState query={metroArea}>{(area) => <CityCards cities={area.cities} />}</QueryState>
        <p>
          <Link to="/statistics">{t('statistics.homeLink')}</Link>
        </p>
      </section>

      <section className="page-panel" aria-labelledby="home-how">
        <h2 id="home-how">{t('portal.home.howTitle')}</h2>
        <ol className="steps-list">
          <li>{t('portal.home.how1')}</li>
          <li>{t('portal.home.how2')}</li>
          <li>{t('portal.home.how3')}</li>
          <li>{t('portal.home.how4')}</li>
        </ol>
      </section>

      <section aria-labelledby="home-items">
        <h2 id="home-items" className="section-heading">
          {t('portal.home.itemsTitle')}
        </h2>
        <QueryState query={items}>
          {(data) =>
            (data.pages[0]?.items ?? []).slice(0, 4).map((item) => <ItemCard key={item.code} item={item} />)
          }
        </QueryState>
        <p>
          <LinkButton to="/items" variant="default">
            {t('portal.home.allItems')}
          </LinkButton>
        </p>
      </section>
    </>
  );
}
