import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useItems } from '../catalog.api.js';
import { ItemCard } from '../components/ItemCard.js';
import { ItemSearchBox } from '../components/ItemSearchBox.js';

/** /items — the service items that can be handled across the four cities, searchable (?q=). */
export function ItemListPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const keyword = searchParams.get('q')?.trim() ?? '';
  const items = useItems(keyword);
  return (
    <>
      <DocumentTitle title={t('catalog.list.title')} />
      <div className="page-panel">
        <h1>{t('catalog.list.title')}</h1>
        <p>{t('catalog.list.intro')}</p>
        <ItemSearchBox initialKeyword={keyword} />
      </div>
      <QueryState query={items}>
        {(data) => {
          const loaded = data.pages.flatMap((page) => page.items);
          const total = data.pages[0]?.total ?? loaded.length;
          if (loaded.length === 0) {
            return (
              <div className="page-panel">
                <Empty description={t('catalog.list.empty')} />
              </div>
            );
          }
          return (
            <>
              <p role="status" className="visually-hidden">
                {t('catalog.list.results', { count: total })}
              </p>
              {loaded.map((item) => (
                <ItemCard key={item.code} item={item} headingLevel={2} />
              ))}
              {items.hasNextPage && (
                <Button loading={items.isFetchingNextPage} onClick={() => void items.fetchNextPage()}>
                  {t('catalog.list.loadMore', { shown: loaded.length, total })}
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
