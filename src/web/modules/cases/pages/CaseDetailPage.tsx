import { useEffect, useRef, useState } from 'react';
import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { AnyCaseAction, CaseDetail } from '../../../../contracts/cases.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useCase } from '../cases.api.js';
import { CaseActionsPanel } from '../components/CaseActionsPanel.js';
import { CaseDeadline } from '../components/CaseDeadline.js';
import { CaseFacts } from '../components/CaseFacts.js';
import { CaseFormValues } from '../components/CaseFormValues.js';
import { CaseMaterialsList } from '../materials/CaseMaterialsList.js';
import { CaseHistory } from '../components/CaseHistory.js';
import { CaseStatusTag } from '../components/CaseStatusTag.js';
import { SupplementNotice } from '../components/SupplementNotice.js';
import { LightTag } from '../worklist/LightTag.js';
import { CaseTransfers, TransferPanel } from '../worklist/TransferPanel.js';
import { CaseEvaluationPanel } from '../../evaluations/components/CaseEvaluationPanel.js';
import { CaseAccessRecords } from '../../access-records/components/CaseAccessRecords.js';

function CaseDetailContent({ detail, justSubmitted }: { detail: CaseDetail; justSubmitted: boolean }) {
  const { t } = useTranslation();
  // The last action taken here; a new object each time, so the same action twice is announced twice.
  const [done, setDone] = useState<{ action: AnyCaseAction } | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const onDone = (action: AnyCaseAction) => setDone({ action });
  // The confirmation takes focus: the form that was used may be gone (the case moved on).
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  // The applicant supplies from the notice that lists what is missing, not from the panel.
  const supplementInNotice =
    Boolean(detail.pendingSupplement) && detail.allowedActions.includes('supplement');

  return (
    <>
      <DocumentTitle title={t('cases.detail.title', { caseNumber: detail.caseNumber })} />
      <section className="page-panel">
        <h1>
          {t('cases.detail.title', { caseNumber: detail.caseNumber })}{' '}
          <CaseStatusTag status={detail.status} />
          {detail.light !== 'none' && <LightTag light={detail.light} />}
        </h1>
        {done && (
          <div ref={doneRef} tabIndex={-1} data-testid="action-done">
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('cases.actions.done', { action: t(`cases.actions.${done.action}`) })}
            />
          </div>
        )}
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
        {detail.channel === 'window' && detail.receivingOrgName && (
          <Descriptions
            bordered
            size="small"
            column={1}
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'receivingHall',
                label: t('cases.detail.receivingHall'),
                children: <span data-testid="receiving-hall">{detail.receivingOrgName}</span>,
              },
            ]}
          />
        )}
        <CaseDeadline detail={detail} />
        <CaseTransfers events={detail.events} />
      </section>
      <SupplementNotice detail={detail} onDone={onDone} />
      <CaseActionsPanel
        key={detail.id}
        detail={detail}
        omit={supplementInNotice ? ['supplement'] : []}
        onDone={onDone}
      />
      <TransferPanel key={`transfer-${detail.id}`} detail={detail} />
      <CaseEvaluationPanel detail={detail} />
      <section className="page-panel" aria-labelledby="case-form">
        <h2 id="case-form">{t('cases.detail.form')}</h2>
        <CaseFormValues detail={detail} />
      </section>
      <section className="page-panel" aria-labelledby="case-materials">
        <h2 id="case-materials">{t('materials.list.title')}</h2>
        <CaseMaterialsList detail={detail} />
      </section>
      <section className="page-panel" aria-labelledby="case-history">
        <h2 id="case-history">{t('cases.detail.history')}</h2>
        <CaseHistory events={detail.events} />
      </section>
      <CaseAccessRecords caseId={detail.id} />
    </>
  );
}

/**
 * /cases/:id — status, due date, any pending 补正, answers, history, and the actions the viewer
 * (staff or applicant) may take now.
 */
export function CaseDetailPage() {
  const { id } = useParams();
  const location = useLocation();
  const caseQuery = useCase(id);
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  return (
    <QueryState query={caseQuery}>
      {(detail) => <CaseDetailContent key={detail.id} detail={detail} justSubmitted={justSubmitted} />}
    </QueryState>
  );
}
