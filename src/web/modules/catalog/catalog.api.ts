import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ItemList, ItemView } from '../../../contracts/catalog.contract.js';
import { apiRequest } from '../../shared/api/client.js';

export const catalogKeys = {
  all: ['catalog'] as const,
  items: (keyword: string) => [...catalogKeys.all, 'items', keyword] as const,
  item: (code: string) => [...catalogKeys.all, 'item', code] as const,
};

/** A page of the catalogue (the total is optional: not every list answer counts). */
export type ItemPage = Pick<ItemList, 'items' | 'nextCursor'> & Partial<Pick<ItemList, 'total'>>;

/** The service items of the catalogue, optionally narrowed by a keyword, page by page. */
export function useItems(keyword = '') {
  return useInfiniteQuery({
    queryKey: catalogKeys.items(keyword),
    queryFn: ({ signal, pageParam }) => {
      const params = new URLSearchParams();
      if (keyword) params.set('keyword', keyword);
      if (pageParam) params.set('cursor', pageParam);
      const query = params.toString();
      return apiRequest<ItemPage>(`/api/v1/catalog/items${query ? `?${query}` : ''}`, { signal });
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 5 * 60_000,
  });
}

/** One item with its guide and each city's implementation. */
export function useItem(code: string | undefined) {
  return useQuery({
    queryKey: catalogKeys.item(code ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<ItemView>(`/api/v1/catalog/items/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: Boolean(code),
    staleTime: 5 * 60_000,
  });
}
