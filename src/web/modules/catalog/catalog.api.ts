import { keepPreviousData, useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import type {
  ConformanceList,
  ItemComparison,
  ItemList,
  ItemView,
} from '../../../contracts/catalog.contract.js';
import { currentLanguage } from '../../i18n/index.js';
import { apiRequest } from '../../shared/api/client.js';
import { filtersToApiQuery, type ItemFilters } from './catalog.filters.js';

/** Public catalogue data: kept across sign-in and sign-out (see identity.api.ts). */
export const catalogKeys = {
  all: ['catalog'] as const,
  items: (filters: ItemFilters) => [...catalogKeys.all, 'items', filters] as const,
  item: (code: string) => [...catalogKeys.all, 'item', code] as const,
  comparison: (code: string) => [...catalogKeys.all, 'comparison', code] as const,
  conformance: () => [...catalogKeys.all, 'conformance'] as const,
  englishNames: () => [...catalogKeys.all, 'english-names'] as const,
};

const itemPath = (code: string) => `/api/v1/catalog/items/${encodeURIComponent(code)}`;
const comparisonPath = (code: string) => `${itemPath(code)}/comparison`;
const CONFORMANCE_PATH = '/api/v1/catalog/conformance';

/** A page of the catalogue (the total is optional: not every list answer counts). */
export type ItemPage = Pick<ItemList, 'items' | 'nextCursor'> & Partial<Pick<ItemList, 'total'>>;

const PAGE_SIZE = 20;

/** The service items of the catalogue, narrowed by keyword and filters, page by page. */
export function useItems(filters: ItemFilters = {}) {
  return useInfiniteQuery({
    queryKey: catalogKeys.items(filters),
    queryFn: ({ signal, pageParam }) => {
      const params = filtersToApiQuery(filters);
      params.set('limit', String(PAGE_SIZE));
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest<ItemPage>(`/api/v1/catalog/items?${params}`, { signal });
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The last results stay on screen while a changed search loads.
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** One item with its guide and each city's implementation. */
export function useItem(code: string | undefined) {
  return useQuery({
    queryKey: catalogKeys.item(code ?? ''),
    queryFn: ({ signal }) => apiRequest<ItemView>(itemPath(code ?? ''), { signal }),
    enabled: Boolean(code),
    staleTime: 5 * 60_000,
  });
}

/** The four cities' implementations of one item side by side, with the conformance score. */
export function useComparison(code: string | undefined) {
  return useQuery({
    queryKey: catalogKeys.comparison(code ?? ''),
    queryFn: ({ signal }) => apiRequest<ItemComparison>(comparisonPath(code ?? ''), { signal }),
    enabled: Boolean(code),
    staleTime: 5 * 60_000,
  });
}

/** Every item by conformance (无差别受理), least uniform first, with the cities' averages. */
export function useConformance() {
  return useQuery({
    queryKey: catalogKeys.conformance(),
    queryFn: ({ signal }) => apiRequest<ConformanceList>(CONFORMANCE_PATH, { signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * Item code → English name of every item. Lists that name items in Chinese only (the
 * conformance list) use it in the English UI; `enabled` keeps Chinese pages from loading it.
 */
export function useEnglishItemNames(enabled: boolean) {
  return useQuery({
    queryKey: catalogKeys.englishNames(),
    queryFn: async ({ signal }) => {
      const names = new Map<string, string>();
      let cursor: string | null = null;
      // Bounded: a catalogue of thousands of items keeps its remaining names in Chinese.
      for (let page = 0; page < 20; page += 1) {
        const params = new URLSearchParams({ limit: '100' });
        if (cursor) params.set('cursor', cursor);
        const list: ItemPage = await apiRequest<ItemPage>(`/api/v1/catalog/items?${params}`, { signal });
        for (const item of list.items) names.set(item.code, item.nameEn);
        cursor = list.nextCursor;
        if (!cursor) break;
      }
      return names;
    },
    enabled,
    staleTime: 30 * 60_000,
  });
}

/**
 * After a publication: the public answers carry `Cache-Control: max-age=60`, so the browser
 * would keep showing the old version for a minute. Fetching them with `cache: 'reload'` puts the
 * new answers in the browser's cache; then the app's own copies are refetched.
 */
export async function refreshPublicCatalog(queryClient: QueryClient, code: string): Promise<void> {
  await Promise.allSettled(
    [itemPath(code), comparisonPath(code), CONFORMANCE_PATH].map((path) =>
      fetch(path, {
        cache: 'reload',
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json, application/problem+json',
          'Accept-Language': currentLanguage(),
        },
      }),
    ),
  );
  await queryClient.invalidateQueries({ queryKey: catalogKeys.all });
}
