import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type Provider from 'oidc-provider';
import { OIDC_MOUNT_PATH } from './oidc-provider-instance.js';
import type { ProviderHolder } from './oidc-provider-holder.js';

type Callback = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
const callbacks = new WeakMap<Provider, Callback>();

function callbackOf(provider: Provider): Callback {
  let callback = callbacks.get(provider);
  if (!callback) {
    callback = provider.callback() as unknown as Callback;
    callbacks.set(provider, callback);
  }
  return callback;
}

/**
 * Hands every request under /oidc (discovery, authorization, token, userinfo, JWKS, sign-out) to
 * oidc-provider, which answers on the raw Node request. Its own context has no body parsers, so
 * the token endpoint's form body reaches the provider unread. The interaction pages and their
 * JSON steps are ordinary routes: Fastify prefers them to this wildcard.
 */
export async function mountProvider(app: FastifyInstance, holder: ProviderHolder): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.all(`${OIDC_MOUNT_PATH}/*`, async (request, reply) => {
      const provider = await holder.get();
      reply.hijack();
      const req = request.raw as IncomingMessage & { originalUrl?: string };
      const res = reply.raw;
      // The hook that adds these to Fastify's answers does not run for a hijacked reply.
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'same-origin');
      res.setHeader('x-frame-options', 'DENY');
      // The provider routes without the mount path; originalUrl tells it where it is mounted.
      const url = req.url ?? '/';
      req.originalUrl = url;
      req.url = url.slice(OIDC_MOUNT_PATH.length) || '/';
      await callbackOf(provider)(req, res);
    });
  });
}
