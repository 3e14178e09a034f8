import { useSession } from '../../identity/identity.api.js';

/** Whether the signed-in account edits the site's news (the coordination office). */
export function useNewsEditorRole(): { isEditor: boolean; isPending: boolean } {
  const session = useSession();
  const roles = session.data?.account.roles ?? [];
  return { isEditor: roles.some((r) => r.role === 'coordination_office'), isPending: session.isPending };
}
