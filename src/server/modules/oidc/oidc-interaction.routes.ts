import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  oidcConsentSchema,
  oidcInteractionSchema,
  oidcRedirectSchema,
} from '../../../contracts/oidc.contract.js';
import type { Config } from '../../platform/config.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import { interactionPath } from './oidc-provider-instance.js';
import type { InteractionService } from './oidc-interactions.js';

const tags = ['oidc'];
const uidParams = z.strictObject({ uid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * The interaction page (a page of the web app) and the JSON steps it takes. They live under the
 * interaction's own path because the provider's interaction cookie is scoped to it.
 */
export function oidcInteractionRoutes(
  service: InteractionService,
  config: Pick<Config, 'WEB_DIST_DIR'>,
): FastifyPluginAsyncZod {
  const hasWeb = existsSync(path.join(path.resolve(config.WEB_DIST_DIR), 'index.html'));

  return async (app) => {
    app.get(
      '/oidc/interaction/:uid',
      { schema: { hide: true, params: uidParams } },
      async (request, reply) => {
        const { uid } = request.params;
        const next = await service.visit(request, reply, uid);
        if (next.next === 'redirect') return reply.redirect(next.to, 303);
        if (next.next === 'login') {
          return reply.redirect(`/login?next=${encodeURIComponent(interactionPath(uid))}`, 303);
        }
        if (!hasWeb) throw platformErrors.routeNotFound();
        return reply.header('cache-control', 'no-store').sendFile('index.html');
      },
    );

    app.get(
      '/oidc/interaction/:uid/details',
      {
        schema: {
          tags,
          summary: 'A pending sign-in at a site',
          params: uidParams,
          response: { 200: oidcInteractionSchema },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return service.details(request, reply, request.params.uid);
      },
    );

    app.post(
      '/oidc/interaction/:uid/login',
      {
        schema: {
          tags,
          summary: 'Sign in to the site as the Tongcheng account of this browser',
          params: uidParams,
          response: { 200: oidcRedirectSchema },
        },
      },
      async (request, reply) => ({ redirectTo: await service.login(request, reply, request.params.uid) }),
    );

    app.post(
      '/oidc/interaction/:uid/consent',
      {
        schema: {
          tags,
          summary: 'Agree to what the site asks for',
          params: uidParams,
          body: oidcConsentSchema,
          response: { 200: oidcRedirectSchema },
        },
      },
      async (request, reply) => ({
        redirectTo: await service.consent(request, reply, request.params.uid, request.body),
      }),
    );

    app.post(
      '/oidc/interaction/:uid/abort',
      {
        schema: {
          tags,
          summary: 'Decline; the site is told access_denied',
          params: uidParams,
          response: { 200: oidcRedirectSchema },
        },
      },
      async (request, reply) => ({ redirectTo: await service.abort(request, reply, request.params.uid) }),
    );
  };
}
