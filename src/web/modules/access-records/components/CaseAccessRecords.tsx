import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../identity/identity.api.js';
import { useMyAccessRecords } from '../access-records.api.js';
import { AccessRecordListView } from './AccessRecordListView.js';

/**
 * On the applicant's own case page: who among staff opened it. Shown to the applicant only;
 * staff may not read these records.
 */
export function CaseAccessRecords({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const isApplicant = session?.account.kind === 'citizen' || session?.account.kind === 'enterprise';
  const records = useMyAccessRecords(caseId, { enabled: isApplicant });
  if (!isApplicant) return null;
  return (
    <section className="page-panel" aria-labelledby="case-access-records" data-testid="case-access-records">
      <h2 id="case-access-records">{t('accessRecords.caseSection.title')}</h2>
      <p>
        {t('accessRecords.caseSection.intro')}{' '}
        <Link to="/me/data-access">{t('accessRecords.caseSection.all')}</Link>
      </p>
      <AccessRecordListView
        query={records}
        caption={t('accessRecords.caseSection.caption')}
        empty={t('accessRecords.caseSection.empty')}
        showCase={false}
      />
    </section>
  );
}
