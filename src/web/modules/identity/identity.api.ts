import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CitizenRegistration,
  EnterpriseRegistration,
  LoginRequest,
  SessionView,
} from '../../../contracts/identity.contract.js';
import { isApiStatus } from '../../shared/api/api-error.js';
import { apiRequest } from '../../shared/api/client.js';
import { setCsrfToken } from '../../shared/api/csrf-token.js';

export const identityKeys = {
  all: ['identity'] as const,
  session: () => [...identityKeys.all, 'session'] as const,
};

// Data anyone may read survives a change of account; everything else belonged to the last one.
const PUBLIC_QUERY_ROOTS = new Set(['portal', 'directory', 'catalog', 'identity']);

function forgetPersonalData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !PUBLIC_QUERY_ROOTS.has(String(query.queryKey[0])) });
}

/** Records a new session (after login or registration) as the current one. */
function adoptSession(queryClient: QueryClient, session: SessionView | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  forgetPersonalData(queryClient);
  queryClient.setQueryData(identityKeys.session(), session);
}

async function fetchSession(signal: AbortSignal): Promise<SessionView | null> {
  try {
    const session = await apiRequest<SessionView>('/api/v1/identity/session', { signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiStatus(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in account and its CSRF token, or null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: identityKeys.session(),
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
  });
}

/** Marks the session as gone (it expired on the server); pages behind sign-in then redirect. */
export function markSignedOut(queryClient: QueryClient): void {
  if (queryClient.getQueryData(identityKeys.session()) === null) return;
  adoptSession(queryClient, null);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) =>
      apiRequest<SessionView>('/api/v1/identity/sessions', { method: 'POST', body: request }),
    onSuccess: (session) => adoptSession(queryClient, session),
  });
}

export function useRegisterCitizen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registration: CitizenRegistration) =>
      apiRequest<SessionView>('/api/v1/identity/citizens', { method: 'POST', body: registration }),
    onSuccess: (session) => adoptSession(queryClient, session),
  });
}

export function useRegisterEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registration: EnterpriseRegistration) =>
      apiRequest<SessionView>('/api/v1/identity/enterprises', { method: 'POST', body: registration }),
    onSuccess: (session) => adoptSession(queryClient, session),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/v1/identity/session', { method: 'DELETE' }),
    // Signed out locally even if the server call failed: the user asked to leave.
    onSettled: () => adoptSession(queryClient, null),
  });
}
