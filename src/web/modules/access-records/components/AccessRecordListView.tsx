import { Button } from 'antd';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccessRecordList } from '../../../../contracts/access-records.contract.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { AccessRecordTable } from './AccessRecordTable.js';

/** The loaded pages as one table, "load more" while the server has more, or a sentence when empty. */
export function AccessRecordListView({
  query,
  caption,
  empty,
  showCase = true,
}: {
  query: UseInfiniteQueryResult<InfiniteData<AccessRecordList>>;
  caption: string;
  empty: string;
  showCase?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <QueryState query={query}>
      {(data) => {
        const records = data.pages.flatMap((page) => page.items);
        if (records.length === 0) return <p data-testid="access-records-empty">{empty}</p>;
        return (
          <>
            <AccessRecordTable records={records} caption={caption} showCase={showCase} />
            {query.hasNextPage && (
              <Button
                style={{ marginTop: 16 }}
                loading={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                {t('accessRecords.loadMore')}
              </Button>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
