import { useRef } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Application,
  CaseActionRequest,
  CaseDetail,
  CaseList,
  WindowApplication,
} from '../../../contracts/cases.contract.js';
import { isApiStatus } from '../../shared/api/api-error.js';
import { apiRequest } from '../../shared/api/client.js';
import { randomUuid } from '../../shared/api/random-uuid.js';

export const casesKeys = {
  all: ['cases'] as const,
  mine: () => [...casesKeys.all, 'mine'] as const,
  worklist: () => [...casesKeys.all, 'worklist'] as const,
  windowWorklist: () => [...casesKeys.all, 'window-worklist'] as const,
  detail: (id: string) => [...casesKeys.all, 'detail', id] as const,
};

/** A keyset-paginated case list: each page's nextCursor fetches the following one. */
function useCaseList(queryKey: readonly unknown[], path: string) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ signal, pageParam }) =>
      apiRequest<CaseList>(pageParam ? `${path}?${new URLSearchParams({ cursor: pageParam })}` : path, {
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The signed-in applicant's cases. */
export function useMyCases() {
  return useCaseList(casesKeys.mine(), '/api/v1/cases/mine');
}

/** Cases routed to the signed-in staff member's department. */
export function useWorklist() {
  return useCaseList(casesKeys.worklist(), '/api/v1/cases/worklist');
}

/** Cases received at the signed-in window clerk's service hall (异地代收代办). */
export function useWindowWorklist() {
  return useCaseList(casesKeys.windowWorklist(), '/api/v1/cases/window-worklist');
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: casesKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/**
 * Submits an application. The Idempotency-Key stays the same while the answers do, so a second
 * click or a retry after a lost connection returns the first case instead of filing another.
 */
export function useSubmitApplication() {
  const queryClient = useQueryClient();
  const attempt = useRef<{ body: string; key: string } | null>(null);
  return useMutation({
    mutationFn: (application: Application) => {
      const body = JSON.stringify(application);
      if (attempt.current?.body !== body) attempt.current = { body, key: randomUuid() };
      return apiRequest<CaseDetail>('/api/v1/cases', {
        method: 'POST',
        body: application,
        headers: { 'Idempotency-Key': attempt.current.key },
      });
    },
    onSuccess: (detail) => {
      attempt.current = null;
      queryClient.setQueryData(casesKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: casesKeys.mine() });
    },
  });
}

/**
 * Files an application at the window for the person in front of the clerk. As online, the
 * Idempotency-Key stays the same while the answers do; the answer carries the 收件告知单.
 */
export function useSubmitWindowApplication() {
  const queryClient = useQueryClient();
  const attempt = useRef<{ body: string; key: string } | null>(null);
  return useMutation({
    mutationFn: (application: WindowApplication) => {
      const body = JSON.stringify(application);
      if (attempt.current?.body !== body) attempt.current = { body, key: randomUuid() };
      return apiRequest<CaseDetail>('/api/v1/cases/window', {
        method: 'POST',
        body: application,
        headers: { 'Idempotency-Key': attempt.current.key },
      });
    },
    onSuccess: (detail) => {
      attempt.current = null;
      void queryClient.invalidateQueries({ queryKey: casesKeys.windowWorklist() });
      void queryClient.invalidateQueries({ queryKey: casesKeys.detail(detail.id) });
    },
  });
}

/**
 * Takes one action on a case: staff decisions, 补正 and delivery, or the applicant's supplement
 * and withdrawal. The answer is the case as it now stands.
 */
export function useCaseAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CaseActionRequest) =>
      apiRequest<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/actions`, {
        method: 'POST',
        body: request,
      }),
    onSuccess: (detail) => {
      queryClient.setQueryData(casesKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: casesKeys.worklist() });
      void queryClient.invalidateQueries({ queryKey: casesKeys.windowWorklist() });
      void queryClient.invalidateQueries({ queryKey: casesKeys.mine() });
    },
    onError: (error) => {
      // 409: someone else acted first; show the case as it stands now, with its actions.
      if (isApiStatus(error, 409)) void queryClient.invalidateQueries({ queryKey: casesKeys.detail(id) });
    },
  });
}
