import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../modules/identity/identity.api.js';

/** The main navigation; staff see their worklist, applicants their cases. */
export function MainNav() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const isStaff = session?.account.kind === 'staff';
  return (
    <nav className="main-nav" aria-label={t('layout.mainNavigation')}>
      <div className="container">
        <ul>
          <li>
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/items">{t('nav.items')}</NavLink>
          </li>
          {isStaff ? (
            <li>
              <NavLink to="/staff/worklist">{t('nav.worklist')}</NavLink>
            </li>
          ) : (
            <li>
              <NavLink to="/cases/mine">{t('nav.myCases')}</NavLink>
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}
