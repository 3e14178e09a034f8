import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { formatCalendarDate } from '../cases.dates.js';
import { useHallWorklist } from '../worklist/worklist.api.js';
import { WorklistFilters } from '../worklist/WorklistFilters.js';
import { WorklistTable } from '../worklist/WorklistTable.js';
import { useWorklistFilters } from '../worklist/useWorklistFilters.js';
import { useWindowClerk } from './useWindowClerk.js';
import '../worklist/worklist.css';

function Worklist() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filters, setFilters] = useWorklistFilters();
  const worklist = useHallWorklist(filters);
  const first = worklist.data?.pages[0];
  const counts = first?.counts ?? null;
  return (
    <>
      {/* The receiving city is always the hall's own: only the deciding city is a choice here. */}
      <WorklistFilters filters={filters} counts={counts} onChange={setFilters} cities={['cityCode']} />
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
      <QueryState query={worklist}>
        {(data) => (
          <>
            <WorklistTable cases={data.pages.flatMap((page) => page.items)} />
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

/** /window/worklist — 窗口办件: cases received at the clerk's service hall, filtered and counted. */
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
