import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../modules/identity/identity.api.js';

/** The main navigation; staff see their worklist, applicants their cases, catalogue keepers the catalogue. */
export function MainNav() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const isStaff = session?.account.kind === 'staff';
  // The worklist is a case officer's; other staff have no cases routed to them.
  const decidesCases = (session?.account.roles ?? []).some((r) => r.role === 'case_officer');
  // 异地代收代办: a service hall's window clerk receives applications and hands results over.
  const staffsWindow = (session?.account.roles ?? []).some((r) => r.role === 'window_clerk');
  const keepsCatalogue = (session?.account.roles ?? []).some(
    (r) => r.role === 'city_admin' || r.role === 'coordination_office',
  );
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
          <li>
            <NavLink to="/conformance">{t('nav.conformance')}</NavLink>
          </li>
          {isStaff ? (
            decidesCases && (
              <li>
                <NavLink to="/staff/worklist">{t('nav.worklist')}</NavLink>
              </li>
            )
          ) : (
            <li>
              <NavLink to="/cases/mine">{t('nav.myCases')}</NavLink>
            </li>
          )}
          {staffsWindow && (
            <>
              <li>
                <NavLink to="/window" end>
                  {t('cases.window.nav.intake')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/window/worklist">{t('cases.window.nav.worklist')}</NavLink>
              </li>
            </>
          )}
          {keepsCatalogue && (
            <li>
              <NavLink to="/admin/catalog">{t('nav.catalogAdmin')}</NavLink>
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}
