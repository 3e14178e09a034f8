import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../shared/components/LinkButton.js';

/** 跨城通办: the way from the news into the catalogue of services the four cities share. */
export function ServicesEntry() {
  const { t } = useTranslation();
  return (
    <section className="page-panel services-entry" aria-labelledby="home-services">
      <h2 id="home-services">{t('news.home.servicesTitle')}</h2>
      <p>{t('news.home.servicesLead')}</p>
      <p className="services-entry-links">
        <LinkButton to="/items">{t('news.home.servicesLink')}</LinkButton>
        <LinkButton to="/conformance" variant="default">
          {t('news.home.compareLink')}
        </LinkButton>
      </p>
    </section>
  );
}
