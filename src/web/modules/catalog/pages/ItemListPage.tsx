import { useMemo } from 'react';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useItems } from '../catalog.api.js';
import { filtersFromSearch, filtersToSearch, type ItemFilters } from '../catalog.filters.js';
import { ItemCard } from '../components/ItemCard.js';
import { ItemFilterBar } from '../components/ItemFilterBar.js';

/**
 * /items — the service items that can be handled across the four cities: keyword search and
 * filters, all kept in the URL (?q=公积金&city=510600&mode=instant…) so a search can be shared.
 */
export function ItemListPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // A new object only when the URL changes, so the query key stays stable between renders.
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(search)), [search]);
  const items = useItems(filters);
  const applyFilters = (next: ItemFilters) => setSearchParams(filtersToSearch(next));
  const loaded = items.data?.pages.flatMap((page) => page.items) ?? [];
  const total = items.data?.pages[0]?.total ?? loaded.length;

  return (
    <>
      <DocumentTitle title={t('catalog.list.title')} />
      <div className="page-panel">
        <h1>{t('catalog.list.title')}</h1>
        <p>{t('catalog.list.intro')}</p>
        <ItemFilterBar filters={filters} onChange={applyFilters} />
      </div>
      <section aria-labelledby="item-results">
        <h2 id="item-results" className="visually-hidden">
          {t('catalog.list.resultsTitle')}
        </h2>
        {/* One live region for the page's life: a region inserted with its text is not announced. */}
        <p role="status" className="result-count">
          {items.data
            ? t('catalog.list.results', { count: total })
            : items.isPending
              ? t('catalog.list.noneYet')
              : ''}
        </p>
        <QueryState query={items}>
          {() => (
            <>
              {loaded.length === 0 ? (
                <div className="page-panel">
                  <Empty description={t('catalog.list.empty')} />
                </div>
              ) : (
                loaded.map((item) => <ItemCard key={item.code} item={item} headingLevel={3} />)
              )}
              {items.hasNextPage && (
                <Button loading={items.isFetchingNextPage} onClick={() => void items.fetchNextPage()}>
                  {t('catalog.list.loadMore', { shown: loaded.length, total })}
                </Button>
              )}
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
