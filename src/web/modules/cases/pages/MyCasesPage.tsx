import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { useMyCases } from '../cases.api.js';
import { CaseListView } from '../components/CaseListView.js';

/** /cases/mine — the applicant's cases with their status and due dates. */
export function MyCasesPage() {
  const { t } = useTranslation();
  const cases = useMyCases();
  // Cases waiting for the applicant: the one thing on this page they must act on.
  const awaitingSupplement =
    cases.data?.pages.flatMap((page) => page.items).filter((c) => c.status === 'supplement_requested')
      .length ?? 0;
  return (
    <section className="page-panel">
      <DocumentTitle title={t('cases.mine.title')} />
      <h1>{t('cases.mine.title')}</h1>
      <p>
        {t('cases.mine.intro')}{' '}
        <LinkButton to="/items" variant="default">
          {t('cases.mine.newApplication')}
        </LinkButton>
      </p>
      {awaitingSupplement > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('cases.mine.awaitingSupplement', { count: awaitingSupplement })}
        />
      )}
      <CaseListView query={cases} />
    </section>
  );
}
