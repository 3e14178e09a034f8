import type { FastifyInstance } from 'fastify';

/** Headers every answer carries; API answers are personal and never cached. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/v1/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    // Titles, messages and rule texts follow Accept-Language, so a shared cache must key on it.
    if (request.url.startsWith('/api/')) {
      const vary = reply.getHeader('vary');
      if (
        !String(vary ?? '')
          .toLowerCase()
          .includes('accept-language')
      ) {
        reply.header('vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language');
      }
    }
  });
}
