import { useState } from 'react';
import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { BULK_LIMIT, type BulkCaseActionResult } from '../../../../contracts/cases.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useSession } from '../../identity/identity.api.js';
import { formatCalendarDate } from '../cases.dates.js';
import { BulkAcceptBar, BulkAcceptOutcome } from '../worklist/BulkAcceptBar.js';
import { useDepartmentWorklist } from '../worklist/worklist.api.js';
import { WorklistFilters } from '../worklist/WorklistFilters.js';
import { WorklistTable } from '../worklist/WorklistTable.js';
import { useWorklistFilters } from '../worklist/useWorklistFilters.js';
import '../worklist/worklist.css';

function Worklist() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filters, setFilters] = useWorklistFilters();
  const worklist = useDepartmentWorklist(filters);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<BulkCaseActionResult | null>(null);
  const first = worklist.data?.pages[0];
  const counts = first?.counts ?? null;
  return (
    <>
      <WorklistFilters
        filters={filters}
        counts={counts}
        onChange={(next) => {
          // A selection belongs to the list it was made in.
          setSelected(new Set());
          setOutcome(null);
          setFilters(next);
        }}
      />
      {counts && first && (
        <p className="worklist-summary" data-testid="worklist-summary">
          {t('worklist.counts.summary', {
            total: counts.total,
            red: counts.byLight.red,
            yellow: counts.byLight.yellow,
          })}{' '}
          {t('worklist.counts.yellowRule', { date: formatCalendarDate(first.yellowUntil, language) })}
          {first.order === 'due' && ` ${t('worklist.counts.byDue')}`}
        </p>
      )}
      {outcome && <BulkAcceptOutcome result={outcome} />}
      <BulkAcceptBar
        selected={selected}
        onDone={(result) => {
          setSelected(new Set());
          setOutcome(result);
        }}
      />
      <QueryState query={worklist}>
        {(data) => (
          <>
            <WorklistTable
              cases={data.pages.flatMap((page) => page.items)}
              selection={{ ids: selected, onChange: setSelected, max: BULK_LIMIT }}
            />
            {worklist.hasNextPage && (
              <Button
                style={{ marginTop: 16 }}
                loading={worklist.isFetchingNextPage}
                onClick={() => void worklist.fetchNextPage()}
              >
                {t('cases.list.loadMore')}
              </Button>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

/** /staff/worklist — cases routed to the staff member's department, filtered, counted, accepted in bulk. */
export function WorklistPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const location = useLocation();
  const transferred = (location.state as { transferred?: { caseNumber: string; org: string } } | null)
    ?.transferred;
  const isStaff = session?.account.kind === 'staff';
  return (
    <section className="page-panel">
      <DocumentTitle title={t('cases.worklist.title')} />
      <h1>{t('cases.worklist.title')}</h1>
      {isStaff ? (
        <>
          <p>{t('cases.worklist.intro')}</p>
          {transferred && (
            <Alert
              role="status"
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('worklist.transfer.done', {
                caseNumber: transferred.caseNumber,
                org: transferred.org,
              })}
            />
          )}
          <Worklist />
        </>
      ) : (
        <Result status="403" subTitle={t('cases.worklist.staffOnly')} />
      )}
    </section>
  );
}
