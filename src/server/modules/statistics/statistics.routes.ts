import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/request-context.js';
import {
  cityPairStatisticsSchema,
  departmentStatisticsSchema,
  itemStatisticsQuerySchema,
  itemStatisticsSchema,
  statisticsOverviewSchema,
  statisticsQuerySchema,
} from '../../../contracts/statistics.contract.js';
import type { StatisticsService } from './statistics.service.js';

/** Public and the same for everyone: a short shared cache, as for the catalogue's open data. */
const PUBLIC_CACHE = 'public, max-age=60';

export function statisticsRoutes(service: StatisticsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/statistics/overview',
      {
        schema: {
          tags: ['statistics'],
          summary:
            'Case statistics per deciding city and channel, with the monthly trend (open data; counts only)',
          querystring: statisticsQuerySchema,
          response: { 200: statisticsOverviewSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_CACHE).send(await service.overview(request.query)),
    );
    app.get(
      '/api/v1/statistics/city-pairs',
      {
        schema: {
          tags: ['statistics'],
          summary: 'Cases per receiving → deciding city pair (异地代收代办; open data)',
          querystring: statisticsQuerySchema,
          response: { 200: cityPairStatisticsSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_CACHE).send(await service.cityPairs(request.query)),
    );
    app.get(
      '/api/v1/statistics/items',
      {
        schema: {
          tags: ['statistics'],
          summary: 'Per item: what the catalogue declares against what the cases achieved (open data)',
          querystring: itemStatisticsQuerySchema,
          response: { 200: itemStatisticsSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_CACHE).send(await service.items(request.query)),
    );
    app.get(
      '/api/v1/statistics/departments',
      {
        schema: {
          tags: ['statistics'],
          summary:
            'Per department, with open 差评: the coordination office (all cities) and city administrators (their city)',
          querystring: statisticsQuerySchema,
          response: { 200: departmentStatisticsSchema },
        },
      },
      async (request, reply) =>
        reply
          .header('cache-control', 'private, no-store')
          .send(await service.departments({ actor: requireActor(request), query: request.query })),
    );
  };
}
