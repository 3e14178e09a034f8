import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImplementationDraft, ImplementationView } from '../../../contracts/catalog.contract.js';
import type { OrganisationView } from '../../../contracts/directory.contract.js';
import { apiRequest } from '../../shared/api/client.js';
import { useSession } from '../identity/identity.api.js';
import { refreshPublicCatalog } from './catalog.api.js';

/**
 * Drafts are not public: their queries live under their own root, so signing out forgets them
 * (identity.api.ts keeps only the public roots, 'catalog' among them).
 */
export const catalogAdminKeys = {
  all: ['catalog-admin'] as const,
  versions: (code: string, cityCode: string) =>
    [...catalogAdminKeys.all, 'versions', code, cityCode] as const,
};

const organisationKeys = {
  inCity: (cityCode: string) => ['directory', 'organisations', cityCode] as const,
};

const implementationPath = (code: string, cityCode: string) =>
  `/api/v1/catalog/items/${encodeURIComponent(code)}/cities/${encodeURIComponent(cityCode)}`;

/** What the signed-in account may do with the catalogue. */
export interface CatalogRole {
  /** The city whose implementations the account keeps (市级管理员), if any. */
  adminCityCode: string | null;
  /** The coordination office (同城化办公室): sees every city's drafts, edits none. */
  isOffice: boolean;
  /** May open the catalogue administration at all. */
  canAdminister: boolean;
  /** May upload a catalogue workbook. */
  canImport: boolean;
}

export function useCatalogRole(): { role: CatalogRole; isPending: boolean } {
  const session = useSession();
  const roles = session.data?.account.roles ?? [];
  const adminCityCode = roles.find((r) => r.role === 'city_admin' && r.cityCode)?.cityCode ?? null;
  const isOffice = roles.some((r) => r.role === 'coordination_office');
  const canAdminister = Boolean(adminCityCode) || isOffice;
  return {
    role: { adminCityCode, isOffice, canAdminister, canImport: canAdminister },
    isPending: session.isPending,
  };
}

/** A city's versions of an item, newest first: the draft (for those who may see it), published, superseded. */
export function useVersions(code: string, cityCode: string | null) {
  return useQuery({
    queryKey: catalogAdminKeys.versions(code, cityCode ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<{ items: ImplementationView[] }>(`${implementationPath(code, cityCode ?? '')}/versions`, {
        signal,
      }),
    enabled: Boolean(code && cityCode),
  });
}

/** The departments of a city (实施主体 candidates). */
export function useDepartments(cityCode: string | null) {
  return useQuery({
    queryKey: organisationKeys.inCity(cityCode ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<{ items: OrganisationView[] }>(
        `/api/v1/directory/organisations?${new URLSearchParams({ cityCode: cityCode ?? '' })}`,
        { signal },
      ),
    select: (data) => data.items.filter((org) => org.kind === 'department'),
    enabled: Boolean(cityCode),
    staleTime: 30 * 60_000,
  });
}

/** Save, publish and discard the city's draft; each refreshes the versions shown. */
export function useDraftActions(code: string, cityCode: string) {
  const queryClient = useQueryClient();
  const path = implementationPath(code, cityCode);
  const refreshVersions = () =>
    queryClient.invalidateQueries({ queryKey: catalogAdminKeys.versions(code, cityCode) });
  const save = useMutation({
    mutationFn: (draft: ImplementationDraft) =>
      apiRequest<ImplementationView>(`${path}/draft`, { method: 'PUT', body: draft }),
    onSuccess: refreshVersions,
  });
  const publish = useMutation({
    mutationFn: () => apiRequest<ImplementationView>(`${path}/draft/publish`, { method: 'POST' }),
    onSuccess: async () => {
      await refreshVersions();
      await refreshPublicCatalog(queryClient, code);
    },
  });
  const discard = useMutation({
    mutationFn: () => apiRequest<void>(`${path}/draft`, { method: 'DELETE' }),
    onSuccess: refreshVersions,
  });
  return { save, publish, discard };
}
