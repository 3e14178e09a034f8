import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../modules/identity/identity.api.js';
import { useLanguage } from '../preferences/use-language.js';

/** The main navigation; staff see their worklist, applicants their cases, catalogue keepers the catalogue. */
export function MainNav() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const language = useLanguage();
  const isStaff = session?.account.kind === 'staff';
  // The worklist is a case officer's; other staff have no cases routed to them.
  const decidesCases = (session?.account.roles ?? []).some((r) => r.role === 'case_officer');
  // 异地代收代办: a service hall's window clerk receives applications and hands results over.
  const staffsWindow = (session?.account.roles ?? []).some((r) => r.role === 'window_clerk');
  const keepsCatalogue = (session?.account.roles ?? []).some(
    (r) => r.role === 'city_admin' || r.role === 'coordination_office',
  );
  // 好差评: the person served sees their ratings; the staff concerned, the 差评 to put right.
  const roles = (session?.account.roles ?? []).map((r) => r.role);
  const rates = Boolean(session) && !isStaff;
  const rectifies = roles.some((r) =>
    ['case_officer', 'window_clerk', 'city_admin', 'coordination_office'].includes(r),
  );
  const decidesAppeals = roles.includes('coordination_office');
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
          <li>
            <NavLink to="/statistics">{t('statistics.nav')}</NavLink>
          </li>
          <li>
            {/* News pages are server-rendered (readable without JavaScript): a plain link. */}
            <a href={language === 'en' ? '/news?lang=en' : '/news'}>{t('news.nav.news')}</a>
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
          {roles.includes('coordination_office') && (
            <li>
              <NavLink to="/admin/news">{t('news.nav.editor')}</NavLink>
            </li>
          )}
          {rates && (
            <li>
              <NavLink to="/evaluations/mine">{t('evaluations.nav.mine')}</NavLink>
            </li>
          )}
          {rectifies && (
            <li>
              <NavLink to="/rectifications">{t('evaluations.nav.tasks')}</NavLink>
            </li>
          )}
          {decidesAppeals && (
            <li>
              <NavLink to="/office/appeals">{t('evaluations.nav.appeals')}</NavLink>
            </li>
          )}
          {(session?.account.roles ?? []).some((r) => r.role === 'system_admin') && (
            <li>
              <NavLink to="/admin/oidc">{t('oidc.admin.navLink')}</NavLink>
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}
