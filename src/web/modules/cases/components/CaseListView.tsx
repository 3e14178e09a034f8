import { Button } from 'antd';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseList, CaseSummary } from '../../../../contracts/cases.contract.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { CaseTable } from './CaseTable.js';

/** The loaded pages of a case list as one table, with "load more" while the server has more. */
export function CaseListView({
  query,
  filter = () => true,
  showApplicant = false,
}: {
  query: UseInfiniteQueryResult<InfiniteData<CaseList>>;
  filter?: (c: CaseSummary) => boolean;
  showApplicant?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <CaseTable
            cases={data.pages.flatMap((page) => page.items).filter(filter)}
            showApplicant={showApplicant}
          />
          {query.hasNextPage && (
            <Button
              style={{ marginTop: 16 }}
              loading={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              {t('cases.list.loadMore')}
            </Button>
          )}
        </>
      )}
    </QueryState>
  );
}
