import { useInfiniteQuery } from '@tanstack/react-query';
import type { AccessRecordList } from '../../../contracts/access-records.contract.js';
import { apiRequest } from '../../shared/api/client.js';

const PATH = '/api/v1/me/access-records';

export const accessRecordsKeys = {
  all: ['access-records'] as const,
  mine: (caseId: string | undefined) => [...accessRecordsKeys.all, 'mine', caseId ?? 'all'] as const,
};

/** Who used the signed-in applicant's data, newest first, a page at a time; optionally for one case. */
export function useMyAccessRecords(caseId?: string, { enabled = true } = {}) {
  return useInfiniteQuery({
    queryKey: accessRecordsKeys.mine(caseId),
    queryFn: ({ signal, pageParam }) => {
      const query = new URLSearchParams();
      if (caseId) query.set('caseId', caseId);
      if (pageParam) query.set('cursor', pageParam);
      const search = query.toString();
      return apiRequest<AccessRecordList>(search ? `${PATH}?${search}` : PATH, { signal });
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}
