import { useTranslation } from 'react-i18next';
import { useSiteSettings } from '../../modules/portal/portal.api.js';
import { useLanguage } from '../preferences/use-language.js';

/** Sets the browser tab title to "page – site" (React 19 hoists <title> into <head>). */
export function DocumentTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data: site } = useSiteSettings();
  const siteName = site
    ? language === 'en'
      ? site.siteNameEn
      : site.siteName
    : t('layout.siteNameFallback');
  return <title>{`${title} - ${siteName}`}</title>;
}
