import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { DocumentTitle } from './DocumentTitle.js';
import { LinkButton } from './LinkButton.js';

// After a new release the old page's code chunks are gone; importing one fails like this.
function isStaleBundle(error: unknown): boolean {
  return (
    error instanceof TypeError && /dynamically imported module|importing a module script/i.test(error.message)
  );
}

/** Shown inside the page chrome when a page fails to load or render. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const stale = isStaleBundle(error);
  if (!stale) console.error(error);
  return (
    <div className="page-panel">
      <DocumentTitle title={t('routeError.title')} />
      <Result
        status={stale ? 'info' : 'error'}
        title={
          <h1 style={{ margin: 0, fontSize: 24 }}>
            {t(stale ? 'routeError.staleTitle' : 'routeError.title')}
          </h1>
        }
        subTitle={t(stale ? 'routeError.staleDescription' : 'routeError.description')}
        extra={[
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>,
          <LinkButton key="home" to="/" variant="default">
            {t('notFound.home')}
          </LinkButton>,
        ]}
      />
    </div>
  );
}
