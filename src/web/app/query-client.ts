import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiStatus } from '../shared/api/api-error.js';
import { markSignedOut } from '../modules/identity/identity.api.js';

/** Retries only what may succeed on a second try: network trouble and server errors. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The query client; a 401 anywhere means the session ended, so the app forgets it. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiStatus(error, 401)) markSignedOut(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
