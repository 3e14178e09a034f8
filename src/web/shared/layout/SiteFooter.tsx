import { useTranslation } from 'react-i18next';
import { useSiteSettings } from '../../modules/portal/portal.api.js';

/** Host organisation, hotlines, contact phones and the record numbers every Chinese site shows. */
export function SiteFooter() {
  const { t } = useTranslation();
  const { data: site } = useSiteSettings();
  return (
    <footer className="site-footer">
      <div className="container">
        {site && (
          <>
            <p>
              {t('footer.host')}
              {site.hostOrganisation}
            </p>
            <p>
              {t('footer.hotline')}
              {site.hotlineLocal}
              <span className="footer-sep" aria-hidden="true" />
              {site.hotlineOutOfTown}
            </p>
            <p>
              {t('footer.officePhone')}
              {site.officePhone}
              <span className="footer-sep" aria-hidden="true">
                |
              </span>
              {t('footer.websitePhone')}
              {site.websitePhone}
            </p>
            <p>
              {t('footer.siteCode')}
              {site.siteCode}
              <span className="footer-sep" aria-hidden="true">
                |
              </span>
              <a href="https://beian.miit.gov.cn/">{site.icpRecord}</a>
              <span className="footer-sep" aria-hidden="true">
                |
              </span>
              <a href="https://www.beian.gov.cn/">{site.publicSecurityRecord}</a>
            </p>
          </>
        )}
        <p>{t('footer.ipv6')}</p>
      </div>
    </footer>
  );
}
