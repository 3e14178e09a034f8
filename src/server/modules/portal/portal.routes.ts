import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { siteSettingsSchema, siteSettingsUpdateSchema } from '../../../contracts/portal.contract.js';
import { requireActor } from '../../platform/http/request-context.js';
import type { PortalService } from './portal.service.js';

export function portalRoutes(service: PortalService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/portal/site',
      { schema: { tags: ['portal'], response: { 200: siteSettingsSchema } } },
      async (_request, reply) =>
        reply.header('cache-control', 'public, max-age=60').send(await service.getSiteSettings()),
    );
    app.put(
      '/api/v1/portal/site',
      {
        schema: {
          tags: ['portal'],
          summary: 'Set the header and footer texts (coordination office)',
          body: siteSettingsUpdateSchema,
          response: { 200: siteSettingsSchema },
        },
      },
      async (request) => service.updateSiteSettings({ actor: requireActor(request), settings: request.body }),
    );
  };
}
