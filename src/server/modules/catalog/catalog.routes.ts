import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { itemSummarySchema, itemViewSchema } from '../../../contracts/catalog.contract.js';
import type { CatalogService } from './catalog.service.js';

export function catalogRoutes(service: CatalogService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/catalog/items',
      {
        schema: {
          tags: ['catalog'],
          querystring: z.strictObject({
            keyword: z.string().trim().max(50).optional(),
            lang: z.enum(['zh-CN', 'en']).optional(),
          }),
          response: {
            200: z.object({ items: z.array(itemSummarySchema), nextCursor: z.string().nullable() }),
          },
        },
      },
      async (request) => ({
        items: await service.listItems(request.query.keyword || undefined),
        nextCursor: null,
      }),
    );
    app.get(
      '/api/v1/catalog/items/:code',
      {
        schema: {
          tags: ['catalog'],
          params: z.strictObject({ code: z.string().min(1).max(40) }),
          querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
          response: { 200: itemViewSchema },
        },
      },
      async (request) => service.getItem(request.params.code),
    );
  };
}
