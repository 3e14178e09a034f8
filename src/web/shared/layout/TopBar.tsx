import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccessibleMode } from '../preferences/accessible-mode.js';

/** The tool bar of the source site: government links, unified login, 无障碍浏览, IPv6 note. */
export function TopBar() {
  const { t } = useTranslation();
  const accessibleMode = useAccessibleMode();
  return (
    <div className="top-bar">
      <div className="container">
        <nav aria-label={t('layout.governmentLinks')}>
          <ul>
            <li>
              <a href="https://www.gov.cn/">{t('layout.centralGovernment')}</a>
            </li>
            <li>
              <a href="https://www.sc.gov.cn/">{t('layout.provincialGovernment')}</a>
            </li>
          </ul>
        </nav>
        <ul aria-label={t('layout.siteTools')}>
          <li>
            <Link to="/login">{t('layout.unifiedLogin')}</Link>
          </li>
          <li>
            <button type="button" aria-pressed={accessibleMode.isEnabled} onClick={accessibleMode.toggle}>
              {t('layout.accessibleMode')}
            </button>
          </li>
          <li>{t('layout.ipv6')}</li>
        </ul>
      </div>
    </div>
  );
}
