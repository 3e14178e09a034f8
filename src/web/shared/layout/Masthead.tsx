import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSiteSettings } from '../../modules/portal/portal.api.js';
import { useLanguage } from '../preferences/use-language.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { UserMenu } from './UserMenu.js';

/** Site name (from the portal settings), account area and language switch. */
export function Masthead() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data: site } = useSiteSettings();
  const name = site ? (language === 'en' ? site.siteNameEn : site.siteName) : t('layout.siteNameFallback');
  const subtitle = site ? (language === 'en' ? site.siteName : site.siteNameEn) : '';
  return (
    <div className="masthead">
      <div className="container">
        <Link to="/" className="site-brand">
          <svg className="site-emblem" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
            <circle cx="32" cy="32" r="30" fill="#b8151b" stroke="#ffd666" strokeWidth="3" />
            <text x="32" y="43" fontSize="30" textAnchor="middle" fill="#ffd666">
              同
            </text>
          </svg>
          <span>
            <span className="site-brand-name">{name}</span>
            {subtitle && (
              <span className="site-brand-sub" lang={language === 'en' ? 'zh-CN' : 'en'}>
                {subtitle}
              </span>
            )}
          </span>
        </Link>
        <div className="masthead-tools">
          <UserMenu />
          <LanguageSwitch />
        </div>
      </div>
    </div>
  );
}
