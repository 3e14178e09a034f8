import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OidcClientList,
  OidcClientRegistration,
  OidcConsent,
  OidcInteraction,
  OidcRedirect,
  OidcRegisteredClient,
  OidcSigningKeyList,
} from '../../../contracts/oidc.contract.js';
import { apiRequest } from '../../shared/api/client.js';

export const oidcKeys = {
  all: ['oidc'] as const,
  interaction: (uid: string) => [...oidcKeys.all, 'interaction', uid] as const,
  clients: () => [...oidcKeys.all, 'clients'] as const,
  signingKeys: () => [...oidcKeys.all, 'keys'] as const,
};

const interactionPath = (uid: string) => `/oidc/interaction/${encodeURIComponent(uid)}`;

/** A pending sign-in at a site; never cached, it changes with every step. */
export function useInteraction(uid: string) {
  return useQuery({
    queryKey: oidcKeys.interaction(uid),
    queryFn: ({ signal }) => apiRequest<OidcInteraction>(`${interactionPath(uid)}/details`, { signal }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

/**
 * A step of the sign-in (login, consent or decline). On success the browser leaves for the
 * provider, which answers the site; the page stays busy until it has gone.
 */
export function useInteractionStep(uid: string) {
  return useMutation({
    mutationFn: (step: { kind: 'login' } | { kind: 'abort' } | { kind: 'consent'; consent: OidcConsent }) =>
      apiRequest<OidcRedirect>(`${interactionPath(uid)}/${step.kind}`, {
        method: 'POST',
        ...(step.kind === 'consent' ? { body: step.consent } : {}),
      }),
    onSuccess: ({ redirectTo }) => window.location.assign(redirectTo),
  });
}

export function useOidcClients(enabled: boolean) {
  return useQuery({
    queryKey: oidcKeys.clients(),
    queryFn: ({ signal }) => apiRequest<OidcClientList>('/api/v1/admin/oidc/clients', { signal }),
    enabled,
  });
}

export function useRegisterOidcClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registration: OidcClientRegistration) =>
      apiRequest<OidcRegisteredClient>('/api/v1/admin/oidc/clients', { method: 'POST', body: registration }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oidcKeys.clients() }),
  });
}

export function useDeleteOidcClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clientId: string) =>
      apiRequest<void>(`/api/v1/admin/oidc/clients/${encodeURIComponent(clientId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oidcKeys.clients() }),
  });
}

export function useSigningKeys(enabled: boolean) {
  return useQuery({
    queryKey: oidcKeys.signingKeys(),
    queryFn: ({ signal }) => apiRequest<OidcSigningKeyList>('/api/v1/admin/oidc/keys', { signal }),
    enabled,
  });
}

export function useRotateSigningKeys() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<OidcSigningKeyList>('/api/v1/admin/oidc/keys/rotate', { method: 'POST' }),
    onSuccess: (keys) => queryClient.setQueryData(oidcKeys.signingKeys(), keys),
  });
}
