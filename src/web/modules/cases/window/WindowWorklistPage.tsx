import { useState } from 'react';
import { Result, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatusName, CaseSummary } from '../../../../contracts/cases.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { useWindowWorklist } from '../cases.api.js';
import { CaseListView } from '../components/CaseListView.js';
import { useWindowClerk } from './useWindowClerk.js';

type Filter = 'open' | 'atWindow' | 'finished' | 'all';

/**
 * Which tab each status belongs to, from the window's side: in progress at the deciding city,
 * delivered (possibly waiting here to be handed over), or finished. A record, so that a new
 * status cannot be forgotten here.
 */
const STAGE: Record<CaseStatusName, Exclude<Filter, 'all'>> = {
  submitted: 'open',
  supplement_requested: 'open',
  accepted: 'open',
  under_review: 'open',
  granted: 'open',
  delivered: 'atWindow',
  refused: 'finished',
  not_accepted: 'finished',
  closed: 'finished',
  withdrawn: 'finished',
};

function matches(filter: Filter, c: CaseSummary): boolean {
  return filter === 'all' || STAGE[c.status] === filter;
}

function Worklist() {
  const { t } = useTranslation();
  const worklist = useWindowWorklist();
  const [filter, setFilter] = useState<Filter>('all');
  return (
    <>
      <Segmented<Filter>
        aria-label={t('cases.window.worklist.filter')}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: t('cases.window.worklist.all') },
          { value: 'open', label: t('cases.window.worklist.open') },
          { value: 'atWindow', label: t('cases.window.worklist.atWindow') },
          { value: 'finished', label: t('cases.window.worklist.finished') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <CaseListView query={worklist} filter={(c) => matches(filter, c)} showApplicant />
    </>
  );
}

/** /window/worklist — 窗口办件: cases received at the clerk's service hall. */
export function WindowWorklistPage() {
  const { t } = useTranslation();
  const { clerk, isPending } = useWindowClerk();
  return (
    <section className="page-panel">
      <DocumentTitle title={t('cases.window.worklist.title')} />
      <h1>{t('cases.window.worklist.title')}</h1>
      {clerk ? (
        <>
          <p>{t('cases.window.worklist.intro')}</p>
          <Worklist />
        </>
      ) : (
        !isPending && <Result status="403" subTitle={t('cases.window.clerksOnly')} />
      )}
    </section>
  );
}
