import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useCase } from '../cases.api.js';
import { CaseActionsPanel } from '../components/CaseActionsPanel.js';
import { CaseFacts } from '../components/CaseFacts.js';
import { CaseFormValues } from '../components/CaseFormValues.js';
import { CaseHistory } from '../components/CaseHistory.js';
import { CaseStatusTag } from '../components/CaseStatusTag.js';

function CaseDetailContent({ detail, justSubmitted }: { detail: CaseDetail; justSubmitted: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle title={t('cases.detail.title', { caseNumber: detail.caseNumber })} />
      <section className="page-panel">
        <h1>
          {t('cases.detail.title', { caseNumber: detail.caseNumber })}{' '}
          <CaseStatusTag status={detail.status} />
        </h1>
        {justSubmitted && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('cases.detail.submitted', {
              caseNumber: detail.caseNumber,
              queryCode: detail.queryCode,
            })}
          />
        )}
        <CaseFacts detail={detail} />
      </section>
      <CaseActionsPanel key={detail.id} detail={detail} />
      <section className="page-panel" aria-labelledby="case-form">
        <h2 id="case-form">{t('cases.detail.form')}</h2>
        <CaseFormValues detail={detail} />
      </section>
      <section className="page-panel" aria-labelledby="case-history">
        <h2 id="case-history">{t('cases.detail.history')}</h2>
        <CaseHistory events={detail.events} />
      </section>
    </>
  );
}

/** /cases/:id — status, answers, history and, for staff, the actions allowed now. */
export function CaseDetailPage() {
  const { id } = useParams();
  const location = useLocation();
  const caseQuery = useCase(id);
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  return (
    <QueryState query={caseQuery}>
      {(detail) => <CaseDetailContent detail={detail} justSubmitted={justSubmitted} />}
    </QueryState>
  );
}
