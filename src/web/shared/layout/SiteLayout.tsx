import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import './layout.css';
import { Masthead } from './Masthead.js';
import { MainNav } from './MainNav.js';
import { SiteFooter } from './SiteFooter.js';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink.js';
import { TopBar } from './TopBar.js';

/** Header, navigation, main and footer landmarks around every page. */
export function SiteLayout() {
  const location = useLocation();
  const isFirstRender = useRef(true);

  // After a client-side navigation, move focus to the new content, as a page load would,
  // so screen-reader and keyboard users are not left on the link they followed.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <>
      <SkipLink />
      <header>
        <TopBar />
        <Masthead />
        <MainNav />
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
