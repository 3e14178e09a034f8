import { useState } from 'react';
import { Result, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatusName, CaseSummary } from '../../../../contracts/cases.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { useSession } from '../../identity/identity.api.js';
import { useWorklist } from '../cases.api.js';
import { CaseListView } from '../components/CaseListView.js';

type Filter = 'open' | 'decided' | 'all';

/**
 * Which tab each status belongs to: 待处理 while the case is being worked on (also while it
 * waits for the applicant's 补正), 已办结 once decided, delivered, closed or withdrawn. A record,
 * so that a new status cannot be forgotten here.
 */
const STAGE: Record<CaseStatusName, Exclude<Filter, 'all'>> = {
  submitted: 'open',
  supplement_requested: 'open',
  accepted: 'open',
  under_review: 'open',
  granted: 'decided',
  refused: 'decided',
  not_accepted: 'decided',
  delivered: 'decided',
  closed: 'decided',
  withdrawn: 'decided',
};

function matches(filter: Filter, c: CaseSummary): boolean {
  return filter === 'all' || STAGE[c.status] === filter;
}

function Worklist() {
  const { t } = useTranslation();
  const worklist = useWorklist();
  const [filter, setFilter] = useState<Filter>('open');
  return (
    <>
      <Segmented<Filter>
        aria-label={t('cases.worklist.filter')}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'open', label: t('cases.worklist.open') },
          { value: 'decided', label: t('cases.worklist.decided') },
          { value: 'all', label: t('cases.worklist.all') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <CaseListView query={worklist} filter={(c) => matches(filter, c)} showApplicant />
    </>
  );
}

/** /staff/worklist — cases routed to the staff member's department. */
export function WorklistPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const isStaff = session?.account.kind === 'staff';
  return (
    <section className="page-panel">
      <DocumentTitle title={t('cases.worklist.title')} />
      <h1>{t('cases.worklist.title')}</h1>
      {isStaff ? (
        <>
          <p>{t('cases.worklist.intro')}</p>
          <Worklist />
        </>
      ) : (
        <Result status="403" subTitle={t('cases.worklist.staffOnly')} />
      )}
    </section>
  );
}
