import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  CityPairStatistics,
  DepartmentStatistics,
  ItemStatistics,
  StatisticsOverview,
} from '../../../contracts/statistics.contract.js';
import { apiRequest } from '../../shared/api/client.js';

/** What the dashboard asks for: whole months, and optionally one deciding city. */
export interface StatisticsFilters {
  from?: string;
  to?: string;
  city?: string;
}

/** Public figures: kept across sign-in and sign-out, like the catalogue. */
export const statisticsKeys = {
  all: ['statistics'] as const,
  overview: (f: StatisticsFilters) => [...statisticsKeys.all, 'overview', f] as const,
  pairs: (f: StatisticsFilters) => [...statisticsKeys.all, 'city-pairs', f] as const,
  items: (f: StatisticsFilters) => [...statisticsKeys.all, 'items', f] as const,
  departments: (f: StatisticsFilters) => [...statisticsKeys.all, 'departments', f] as const,
};

export function statisticsQuery(filters: StatisticsFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const key of ['from', 'to', 'city'] as const) if (filters[key]) params.set(key, filters[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const options = { placeholderData: keepPreviousData, staleTime: 60_000 } as const;

export function useStatisticsOverview(filters: StatisticsFilters) {
  return useQuery({
    queryKey: statisticsKeys.overview(filters),
    queryFn: ({ signal }) =>
      apiRequest<StatisticsOverview>(`/api/v1/statistics/overview${statisticsQuery(filters)}`, { signal }),
    ...options,
  });
}

export function useCityPairStatistics(filters: StatisticsFilters) {
  return useQuery({
    queryKey: statisticsKeys.pairs(filters),
    queryFn: ({ signal }) =>
      apiRequest<CityPairStatistics>(`/api/v1/statistics/city-pairs${statisticsQuery(filters)}`, { signal }),
    ...options,
  });
}

export const ITEMS_SHOWN = 20;

export function useItemStatistics(filters: StatisticsFilters) {
  return useQuery({
    queryKey: statisticsKeys.items(filters),
    queryFn: ({ signal }) =>
      apiRequest<ItemStatistics>(
        `/api/v1/statistics/items${statisticsQuery(filters, { limit: String(ITEMS_SHOWN) })}`,
        { signal },
      ),
    ...options,
  });
}

/** Only for the coordination office and city administrators; `enabled` keeps others from asking. */
export function useDepartmentStatistics(filters: StatisticsFilters, enabled: boolean) {
  return useQuery({
    queryKey: statisticsKeys.departments(filters),
    queryFn: ({ signal }) =>
      apiRequest<DepartmentStatistics>(`/api/v1/statistics/departments${statisticsQuery(filters)}`, {
        signal,
      }),
    enabled,
    ...options,
  });
}
