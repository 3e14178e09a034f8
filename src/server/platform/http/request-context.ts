import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '../actor.js';
import { negotiateLocale, type Locale } from './i18n.js';
import { platformErrors } from './platform-errors.js';

export interface SessionContext {
  id: string;
  csrfToken: string;
}

/** Supplied by the identity module: turns a session cookie into who is acting, or null. */
export type SessionResolver = (token: string) => Promise<{ actor: Actor; session: SessionContext } | null>;

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
    session: SessionContext | null;
  }
}

export const SESSION_COOKIE = 'tc_session';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Settles locale and actor for every API request and checks the CSRF token on state-changing
 * requests that carry a session. Requests without a session can only be JSON posts, which a
 * cross-site form cannot send without a CORS preflight, so login and registration need no token.
 */
export function installRequestContext(app: FastifyInstance, resolveSession: SessionResolver): void {
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const lang = (request.query as Record<string, unknown> | undefined)?.lang;
    request.locale = negotiateLocale(
      request.headers['accept-language'],
      typeof lang === 'string' ? lang : undefined,
    );
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolveSession(token);
    if (!resolved) return;
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, resolved.session.csrfToken)) {
        throw platformErrors.csrfInvalid();
      }
    }
    request.actor = resolved.actor;
    request.session = resolved.session;
  });
}

/** The signed-in actor, or a 401 problem. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw platformErrors.authenticationRequired();
  return request.actor;
}
