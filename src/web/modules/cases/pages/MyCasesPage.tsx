import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { useMyCases } from '../cases.api.js';
import { CaseListView } from '../components/CaseListView.js';

/** /cases/mine — the applicant's cases with their status. */
export function MyCasesPage() {
  const { t } = useTranslation();
  const cases = useMyCases();
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
      <CaseListView query={cases} />
    </section>
  );
}
