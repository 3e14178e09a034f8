import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { useSession } from '../../identity/identity.api.js';
import { useRectifications } from '../evaluations.api.js';
import { RectificationListView } from '../components/RectificationListView.js';

function PendingAppeals() {
  const { t } = useTranslation();
  const appeals = useRectifications('appealed');
  return <RectificationListView query={appeals} empty={t('evaluations.appeals.empty')} />;
}

/** /office/appeals — the coordination office reviews departments' appeals against 差评. */
export function AppealsPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const isOffice = (session?.account.roles ?? []).some((r) => r.role === 'coordination_office');
  return (
    <section className="page-panel">
      <DocumentTitle title={t('evaluations.appeals.title')} />
      <h1>{t('evaluations.appeals.title')}</h1>
      {isOffice ? (
        <>
          <p>{t('evaluations.appeals.intro')}</p>
          <PendingAppeals />
        </>
      ) : (
        <Result status="403" subTitle={t('evaluations.appeals.officeOnly')} />
      )}
    </section>
  );
}
