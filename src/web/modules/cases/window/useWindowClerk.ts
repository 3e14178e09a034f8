import { useSession } from '../../identity/identity.api.js';

export interface WindowClerk {
  cityCode: string;
  hallName: string;
}

/** The signed-in window clerk's city and service hall; null for anyone else. */
export function useWindowClerk(): { clerk: WindowClerk | null; isPending: boolean } {
  const { data: session, isPending } = useSession();
  const grant = session?.account.roles.find((r) => r.role === 'window_clerk' && r.cityCode);
  return {
    clerk: grant?.cityCode ? { cityCode: grant.cityCode, hallName: grant.orgName ?? '' } : null,
    isPending,
  };
}
