import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/http/request-context.js';
import {
  conformanceListSchema,
  implementationDraftSchema,
  implementationViewSchema,
  itemComparisonSchema,
  itemListQuerySchema,
  itemListSchema,
  itemViewSchema,
} from '../../../contracts/catalog.contract.js';
import type { CatalogService } from './catalog.service.js';

const langQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
const itemParams = z.strictObject({ code: z.string().min(1).max(40) });
const implementationParams = itemParams.extend({ cityCode: z.string().regex(/^\d{6}$/) });
/** Public, identical for everyone: a short shared cache keeps the open-data API cheap. */
const PUBLIC_CACHE = 'public, max-age=60';

export function catalogRoutes(service: CatalogService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/catalog/items',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Search and browse service items (open data)',
          querystring: itemListQuerySchema,
          response: { 200: itemListSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_CACHE).send(await service.listItems(request.query)),
    );
    app.get(
      '/api/v1/catalog/items/:code',
      {
        schema: {
          tags: ['catalog'],
          summary: 'An item with its guide and each city’s published implementation (open data)',
          params: itemParams,
          querystring: langQuery,
          response: { 200: itemViewSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_CACHE).send(await service.getItem(request.params.code)),
    );
    app.get(
      '/api/v1/catalog/items/:code/comparison',
      {
        schema: {
          tags: ['catalog'],
          summary: 'The four cities’ implementations side by side, with the conformance score (open data)',
          params: itemParams,
          querystring: langQuery,
          response: { 200: itemComparisonSchema },
        },
      },
      async (request, reply) =>
        reply
          .header('cache-control', PUBLIC_CACHE)
          .send(await service.getComparison(request.params.code, request.locale)),
    );
    app.get(
      '/api/v1/catalog/conformance',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Items by conformance (无差别受理), least uniform first',
          querystring: langQuery,
          response: { 200: conformanceListSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_CACHE).send(await service.getConformance(request.locale)),
    );
    app.get(
      '/api/v1/catalog/items/:code/cities/:cityCode/versions',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Versions of one city’s implementation; drafts only for that city’s administrators',
          params: implementationParams,
          querystring: langQuery,
          response: { 200: z.object({ items: z.array(implementationViewSchema) }) },
        },
      },
      async (request) => ({
        items: await service.listVersions({ actor: requireActor(request), ...request.params }),
      }),
    );
    app.put(
      '/api/v1/catalog/items/:code/cities/:cityCode/draft',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Save the city’s draft (a new version; published versions never change)',
          params: implementationParams,
          body: implementationDraftSchema,
          response: { 200: implementationViewSchema },
        },
      },
      async (request) =>
        service.saveDraft({ actor: requireActor(request), ...request.params, draft: request.body }),
    );
    app.post(
      '/api/v1/catalog/items/:code/cities/:cityCode/draft/publish',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Publish the city’s draft',
          params: implementationParams,
          response: { 200: implementationViewSchema },
        },
      },
      async (request) => service.publishDraft({ actor: requireActor(request), ...request.params }),
    );
    app.delete(
      '/api/v1/catalog/items/:code/cities/:cityCode/draft',
      { schema: { tags: ['catalog'], summary: 'Discard the city’s draft', params: implementationParams } },
      async (request, reply) => {
        await service.discardDraft({ actor: requireActor(request), ...request.params });
        return reply.status(204).send();
      },
    );
  };
}
