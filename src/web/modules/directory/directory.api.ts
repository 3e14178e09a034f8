import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { CityView, MetroAreaView } from '../../../contracts/directory.contract.js';
import { apiRequest } from '../../shared/api/client.js';
import { useLanguage } from '../../shared/preferences/use-language.js';

export const directoryKeys = {
  all: ['directory'] as const,
  metroArea: () => [...directoryKeys.all, 'metro-area'] as const,
};

/** The metro area and its four cities. */
export function useMetroArea() {
  return useQuery({
    queryKey: directoryKeys.metroArea(),
    queryFn: ({ signal }) => apiRequest<MetroAreaView>('/api/v1/directory/metro-area', { signal }),
    staleTime: 30 * 60_000,
  });
}

/** The name of a city in the UI language, by GB/T 2260 code; the fallback while loading or unknown. */
export function useCityName(): (code: string, fallback?: string) => string {
  const { data } = useMetroArea();
  const language = useLanguage();
  return useCallback(
    (code: string, fallback?: string) => {
      const city: CityView | undefined = data?.cities.find((c) => c.code === code);
      if (!city) return fallback ?? code;
      return language === 'en' ? city.nameEn : city.name;
    },
    [data, language],
  );
}
