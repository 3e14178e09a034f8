import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { metroAreaViewSchema, organisationViewSchema } from '../../../contracts/directory.contract.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import type { DirectoryService } from './directory.service.js';

export function directoryRoutes(service: DirectoryService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/directory/metro-area',
      { schema: { tags: ['directory'], response: { 200: metroAreaViewSchema } } },
      async (_request, reply) => {
        const area = await service.getMetroArea();
        if (!area) throw platformErrors.routeNotFound();
        return reply.header('cache-control', 'public, max-age=300').send(area);
      },
    );
    app.get(
      '/api/v1/directory/organisations',
      {
        schema: {
          tags: ['directory'],
          querystring: z.strictObject({
            cityCode: z
              .string()
              .regex(/^\d{6}$/)
              .optional(),
            lang: z.enum(['zh-CN', 'en']).optional(),
          }),
          response: { 200: z.object({ items: z.array(organisationViewSchema) }) },
        },
      },
      async (request) => ({ items: await service.listOrganisations(request.query.cityCode) }),
    );
  };
}
