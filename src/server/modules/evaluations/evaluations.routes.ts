import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/http/request-context.js';
import { idempotencyClaim } from '../../platform/http/idempotency.js';
import {
  caseEvaluationStateSchema,
  evaluationListSchema,
  evaluationRequestSchema,
  evaluationViewSchema,
} from '../../../contracts/evaluations.contract.js';
import type { EvaluationsService } from './evaluations.service.js';

const idParams = z.strictObject({ id: z.uuid() });
const langQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
const listQuery = langQuery.extend({ cursor: z.string().max(200).optional() });

export function evaluationsRoutes(service: EvaluationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/evaluations',
      {
        schema: {
          tags: ['evaluations'],
          summary:
            'Rate a closed case or a window visit (好差评), once; a 差评 opens a rectification task. Requires an Idempotency-Key header',
          body: evaluationRequestSchema,
          response: { 201: evaluationViewSchema },
        },
      },
      async (request, reply) => {
        const { view, replayed } = await service.rate({
          actor: requireActor(request),
          request: request.body,
          claim: idempotencyClaim(request),
        });
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(view);
      },
    );
    app.get(
      '/api/v1/evaluations/mine',
      {
        schema: {
          tags: ['evaluations'],
          summary: 'The signed-in person’s ratings, newest first',
          querystring: listQuery,
          response: { 200: evaluationListSchema },
        },
      },
      async (request) => service.listMine({ actor: requireActor(request), cursor: request.query.cursor }),
    );
    app.get(
      '/api/v1/evaluations/cases/:id',
      {
        schema: {
          tags: ['evaluations'],
          summary: 'The rating of a case as the viewer may see it, and whether the viewer may rate it now',
          params: idParams,
          querystring: langQuery,
          response: { 200: caseEvaluationStateSchema },
        },
      },
      async (request) => service.caseState({ actor: requireActor(request), caseId: request.params.id }),
    );
    app.get(
      '/api/v1/evaluations/:id',
      {
        schema: {
          tags: ['evaluations'],
          params: idParams,
          querystring: langQuery,
          response: { 200: evaluationViewSchema },
        },
      },
      async (request) => service.getEvaluation({ actor: requireActor(request), id: request.params.id }),
    );
  };
}
