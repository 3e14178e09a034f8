import { useState } from 'react';
import { Result, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatusName, CaseSummary } from '../../../../contracts/cases.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { useSession } from '../../identity/identity.api.js';
import { useWorklist } from '../cases.api.js';
import { CaseListView } from '../components/CaseListView.js';

type Filter = 'open' | 'decided' | 'all';

const OPEN: ReadonlySet<CaseStatusName> = new Set(['submitted', 'accepted']);

function matches(filter: Filter, c: CaseSummary): boolean {
  if (filter === 'all') return true;
  return filter === 'open' ? OPEN.has(c.status) : !OPEN.has(c.status);
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
