import { useRef } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AppealDecisionRequest,
  AppealRequest,
  CallbackRequest,
  CaseEvaluationState,
  EvaluationList,
  EvaluationRequest,
  EvaluationView,
  RectificationDetail,
  RectificationList,
  RectificationResponseRequest,
  RectificationStatus,
} from '../../../contracts/evaluations.contract.js';
import type { OrganisationView } from '../../../contracts/directory.contract.js';
import { isApiStatus } from '../../shared/api/api-error.js';
import { apiRequest } from '../../shared/api/client.js';
import { randomUuid } from '../../shared/api/random-uuid.js';

export const evaluationsKeys = {
  all: ['evaluations'] as const,
  mine: () => [...evaluationsKeys.all, 'mine'] as const,
  ofCase: (caseId: string) => [...evaluationsKeys.all, 'case', caseId] as const,
  tasks: (status: RectificationStatus | 'all') => [...evaluationsKeys.all, 'tasks', status] as const,
  task: (id: string) => [...evaluationsKeys.all, 'task', id] as const,
  halls: () => ['directory', 'service-halls'] as const,
};

/** The rating of a case and whether the viewer may rate it now; fetched only once the case is closed. */
export function useCaseEvaluation(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: evaluationsKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      apiRequest<CaseEvaluationState>(`/api/v1/evaluations/cases/${encodeURIComponent(caseId)}`, { signal }),
    enabled,
  });
}

/**
 * Submits a rating. The Idempotency-Key stays the same while the answers do, so a second click or
 * a retry after a lost connection returns the first rating instead of being refused as a second.
 */
export function useRate() {
  const queryClient = useQueryClient();
  const attempt = useRef<{ body: string; key: string } | null>(null);
  return useMutation({
    mutationFn: (request: EvaluationRequest) => {
      const body = JSON.stringify(request);
      if (attempt.current?.body !== body) attempt.current = { body, key: randomUuid() };
      return apiRequest<EvaluationView>('/api/v1/evaluations', {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': attempt.current.key },
      });
    },
    onSuccess: (view) => {
      attempt.current = null;
      if (view.caseId) void queryClient.invalidateQueries({ queryKey: evaluationsKeys.ofCase(view.caseId) });
      void queryClient.invalidateQueries({ queryKey: evaluationsKeys.mine() });
    },
    onError: (error, request) => {
      // 409: rated already (perhaps in another tab); show the rating that stands.
      if (isApiStatus(error, 409) && request.caseId)
        void queryClient.invalidateQueries({ queryKey: evaluationsKeys.ofCase(request.caseId) });
    },
  });
}

/** The signed-in person's ratings, keyset-paginated. */
export function useMyEvaluations() {
  return useInfiniteQuery({
    queryKey: evaluationsKeys.mine(),
    queryFn: ({ signal, pageParam }) =>
      apiRequest<EvaluationList>(
        pageParam
          ? `/api/v1/evaluations/mine?${new URLSearchParams({ cursor: pageParam })}`
          : '/api/v1/evaluations/mine',
        { signal },
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Rectification tasks the signed-in staff member may see, optionally of one status. */
export function useRectifications(status: RectificationStatus | 'all') {
  return useInfiniteQuery({
    queryKey: evaluationsKeys.tasks(status),
    queryFn: ({ signal, pageParam }) => {
      const query = new URLSearchParams();
      if (status !== 'all') query.set('status', status);
      if (pageParam) query.set('cursor', pageParam);
      const search = query.toString();
      return apiRequest<RectificationList>(`/api/v1/rectifications${search ? `?${search}` : ''}`, { signal });
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useRectification(id: string | undefined) {
  return useQuery({
    queryKey: evaluationsKeys.task(id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<RectificationDetail>(`/api/v1/rectifications/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

type StepRequest = {
  response: RectificationResponseRequest;
  callback: CallbackRequest;
  appeal: AppealRequest;
  'appeal-decision': AppealDecisionRequest;
};

/** One step of a task: the answer, the call-back, the appeal, or the office's decision. */
export function useRectificationStep<P extends keyof StepRequest>(id: string, path: P) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StepRequest[P]) =>
      apiRequest<RectificationDetail>(`/api/v1/rectifications/${encodeURIComponent(id)}/${path}`, {
        method: 'POST',
        body: request,
      }),
    onSuccess: (detail) => {
      queryClient.setQueryData(evaluationsKeys.task(id), detail);
      void queryClient.invalidateQueries({ queryKey: [...evaluationsKeys.all, 'tasks'] });
    },
    onError: (error) => {
      // 409: someone else took the step first; show the task as it stands now.
      if (isApiStatus(error, 409)) void queryClient.invalidateQueries({ queryKey: evaluationsKeys.task(id) });
    },
  });
}

/** The service halls of the four cities, for rating a window visit. */
export function useServiceHalls() {
  return useQuery({
    queryKey: evaluationsKeys.halls(),
    queryFn: async ({ signal }) =>
      (
        await apiRequest<{ items: OrganisationView[] }>('/api/v1/directory/organisations', { signal })
      ).items.filter((o) => o.kind === 'service_hall'),
    staleTime: 30 * 60_000,
  });
}
