import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/http/request-context.js';
import {
  appealDecisionSchema,
  appealRequestSchema,
  callbackRequestSchema,
  rectificationDetailSchema,
  rectificationListQuerySchema,
  rectificationListSchema,
  rectificationResponseSchema,
} from '../../../contracts/evaluations.contract.js';
import type { RectificationsService } from './rectifications.service.js';

const idParams = z.strictObject({ id: z.uuid() });
const langQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
const step = { params: idParams, querystring: langQuery, response: { 200: rectificationDetailSchema } };

export function rectificationsRoutes(service: RectificationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/rectifications',
      {
        schema: {
          tags: ['rectifications'],
          summary:
            'Rectification tasks of 差评: the department’s own, a city’s for its administrator, all for the coordination office',
          querystring: rectificationListQuerySchema,
          response: { 200: rectificationListSchema },
        },
      },
      async (request) =>
        service.list({
          actor: requireActor(request),
          status: request.query.status,
          cursor: request.query.cursor,
        }),
    );
    app.get(
      '/api/v1/rectifications/:id',
      { schema: { tags: ['rectifications'], ...step } },
      async (request) => service.get({ actor: requireActor(request), id: request.params.id }),
    );
    app.post(
      '/api/v1/rectifications/:id/response',
      {
        schema: {
          tags: ['rectifications'],
          summary: 'The department’s written response (整改答复); the rater is told',
          body: rectificationResponseSchema,
          ...step,
        },
      },
      async (request) =>
        service.respond({ actor: requireActor(request), id: request.params.id, request: request.body }),
    );
    app.post(
      '/api/v1/rectifications/:id/callback',
      {
        schema: {
          tags: ['rectifications'],
          summary: 'Record the call-back to the rater (回访); closes the task',
          body: callbackRequestSchema,
          ...step,
        },
      },
      async (request) =>
        service.callback({ actor: requireActor(request), id: request.params.id, request: request.body }),
    );
    app.post(
      '/api/v1/rectifications/:id/appeal',
      {
        schema: {
          tags: ['rectifications'],
          summary: 'The department appeals a malicious rating (申诉) to the coordination office',
          body: appealRequestSchema,
          ...step,
        },
      },
      async (request) =>
        service.appeal({ actor: requireActor(request), id: request.params.id, request: request.body }),
    );
    app.post(
      '/api/v1/rectifications/:id/appeal-decision',
      {
        schema: {
          tags: ['rectifications'],
          summary: 'The coordination office upholds (the rating leaves the statistics) or rejects an appeal',
          body: appealDecisionSchema,
          ...step,
        },
      },
      async (request) =>
        service.decideAppeal({ actor: requireActor(request), id: request.params.id, request: request.body }),
    );
  };
}
