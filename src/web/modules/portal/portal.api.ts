import { useQuery } from '@tanstack/react-query';
import type { SiteSettings } from '../../../contracts/portal.contract.js';
import { apiRequest } from '../../shared/api/client.js';

export const portalKeys = {
  all: ['portal'] as const,
  site: () => [...portalKeys.all, 'site'] as const,
};

/** Header and footer texts of the site (name, host organisation, hotlines, record numbers). */
export function useSiteSettings() {
  return useQuery({
    queryKey: portalKeys.site(),
    queryFn: ({ signal }) => apiRequest<SiteSettings>('/api/v1/portal/site', { signal }),
    staleTime: 10 * 60_000,
  });
}
