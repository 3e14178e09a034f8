import type { FastifyInstance } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE, type SessionResolver } from '../../platform/http/request-context.js';

/**
 * Ends a Tongcheng session when the person chooses "sign out of Tongcheng" at a site's sign-out.
 * The identity module offers sign-out only through its API, and its session handling is its own
 * business (it may keep sessions in a cache), so this goes through that API in-process, exactly
 * as the person's browser would, rather than deleting the session row behind the module's back.
 */
export function createTongchengSignOut(app: FastifyInstance, resolveSession: SessionResolver) {
  return async function endTongchengSession(token: string): Promise<void> {
    const resolved = await resolveSession(token);
    if (!resolved) return;
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/v1/identity/session',
      headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: resolved.session.csrfToken },
    });
    if (response.statusCode !== 204) {
      throw new Error(`oidc: signing out of Tongcheng answered ${response.statusCode}`);
    }
  };
}
