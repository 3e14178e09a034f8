import { useRef } from 'react';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  BulkCaseActionResult,
  CaseTransferRequest,
  CaseTransferResult,
  CaseTransferTarget,
  Worklist,
  WorklistQuery,
} from '../../../../contracts/cases.contract.js';
import { apiRequest } from '../../../shared/api/client.js';
import { randomUuid } from '../../../shared/api/random-uuid.js';
import { casesKeys } from '../cases.api.js';

/** The filters a worklist page offers; each is kept in the page's URL. */
export type WorklistFilters = Pick<
  WorklistQuery,
  'status' | 'itemCode' | 'receivingCityCode' | 'cityCode' | 'light'
>;

export const WORKLIST_FILTER_NAMES = [
  'status',
  'itemCode',
  'receivingCityCode',
  'cityCode',
  'light',
] as const;

function toParams(filters: WorklistFilters, cursor: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of WORKLIST_FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (cursor) params.set('cursor', cursor);
  return params;
}

function useFilteredList(queryKey: readonly unknown[], path: string, filters: WorklistFilters) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ signal, pageParam }) =>
      apiRequest<Worklist>(`${path}?${toParams(filters, pageParam)}`, { signal }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The last list stays on screen while a changed filter loads.
    placeholderData: keepPreviousData,
  });
}

/** Cases routed to the officer's department, filtered; counts come with the first page. */
export function useDepartmentWorklist(filters: WorklistFilters) {
  return useFilteredList([...casesKeys.worklist(), filters], '/api/v1/cases/worklist', filters);
}

/** Cases received at the clerk's hall, filtered. */
export function useHallWorklist(filters: WorklistFilters) {
  return useFilteredList([...casesKeys.windowWorklist(), filters], '/api/v1/cases/window-worklist', filters);
}

/**
 * 批量受理. The Idempotency-Key stays the same while the selection does, so a retry after a lost
 * answer gets the first answer instead of accepting twice.
 */
export function useBulkAccept() {
  const queryClient = useQueryClient();
  const attempt = useRef<{ body: string; key: string } | null>(null);
  return useMutation({
    mutationFn: (caseIds: string[]) => {
      const payload = { action: 'accept' as const, caseIds };
      const body = JSON.stringify(payload);
      if (attempt.current?.body !== body) attempt.current = { body, key: randomUuid() };
      return apiRequest<BulkCaseActionResult>('/api/v1/cases/actions/bulk', {
        method: 'POST',
        body: payload,
        headers: { 'Idempotency-Key': attempt.current.key },
      });
    },
    onSuccess: () => {
      attempt.current = null;
      void queryClient.invalidateQueries({ queryKey: casesKeys.all });
    },
  });
}

/** The departments a case may be transferred to (转办), while the form is open. */
export function useTransferTargets(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...casesKeys.detail(caseId), 'transfer-targets'],
    queryFn: ({ signal }) =>
      apiRequest<{ targets: CaseTransferTarget[] }>(
        `/api/v1/cases/${encodeURIComponent(caseId)}/transfer-targets`,
        { signal },
      ),
    enabled,
  });
}

/** 转办: afterwards the case is no longer this department's, so every case list is refreshed. */
export function useTransferCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CaseTransferRequest) =>
      apiRequest<CaseTransferResult>(`/api/v1/cases/${encodeURIComponent(caseId)}/transfer`, {
        method: 'POST',
        body: request,
      }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: casesKeys.detail(caseId) });
      void queryClient.invalidateQueries({ queryKey: casesKeys.all });
    },
  });
}
