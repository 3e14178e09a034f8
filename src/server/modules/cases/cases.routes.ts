import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/http/request-context.js';
import { idempotencyClaim } from '../../platform/http/idempotency.js';
import {
  applicationSchema,
  caseActionRequestSchema,
  caseDetailSchema,
  caseListSchema,
  windowApplicationSchema,
  worklistQuerySchema,
  worklistSchema,
} from '../../../contracts/cases.contract.js';
import type { CasesService } from './cases.service.js';

const caseParams = z.strictObject({ id: z.uuid() });
const listQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

export function casesRoutes(service: CasesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/cases',
      {
        schema: {
          tags: ['cases'],
          summary: 'Apply online (线上办); requires an Idempotency-Key header',
          body: applicationSchema,
          response: { 201: caseDetailSchema },
        },
      },
      async (request, reply) => {
        const { detail, replayed } = await service.submitApplication({
          actor: requireActor(request),
          application: request.body,
          claim: idempotencyClaim(request),
        });
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(detail);
      },
    );
    app.post(
      '/api/v1/cases/window',
      {
        schema: {
          tags: ['cases'],
          summary:
            'A window clerk receives an application on the applicant’s behalf (异地代收代办); requires an Idempotency-Key header',
          body: windowApplicationSchema,
          response: { 201: caseDetailSchema },
        },
      },
      async (request, reply) => {
        const { detail, replayed } = await service.submitWindowApplication({
          actor: requireActor(request),
          application: request.body,
          claim: idempotencyClaim(request),
        });
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(detail);
      },
    );
    app.get(
      '/api/v1/cases/window-worklist',
      {
        schema: {
          tags: ['cases'],
          summary:
            'Cases received at the window clerk’s service hall, filtered, with counts on the first page',
          querystring: worklistQuerySchema,
          response: { 200: worklistSchema },
        },
      },
      async (request) => service.listWindowWorklist({ actor: requireActor(request), query: request.query }),
    );
    app.get(
      '/api/v1/cases/mine',
      { schema: { tags: ['cases'], querystring: listQuery, response: { 200: caseListSchema } } },
      async (request) => service.listMyCases({ actor: requireActor(request), cursor: request.query.cursor }),
    );
    app.get(
      '/api/v1/cases/worklist',
      {
        schema: {
          tags: ['cases'],
          summary:
            'Cases routed to the officer’s departments, filtered (status, item, receiving and deciding city, deadline light), with counts on the first page',
          querystring: worklistQuerySchema,
          response: { 200: worklistSchema },
        },
      },
      async (request) => service.listWorklist({ actor: requireActor(request), query: request.query }),
    );
    app.get(
      '/api/v1/cases/:id',
      {
        schema: {
          tags: ['cases'],
          params: caseParams,
          querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
          response: { 200: caseDetailSchema },
        },
      },
      async (request) => service.getCase({ actor: requireActor(request), caseId: request.params.id }),
    );
    app.post(
      '/api/v1/cases/:id/actions',
      {
        schema: {
          tags: ['cases'],
          summary:
            'Accept, refuse to accept, ask for 补正, decide, deliver, close, withdraw or hand over at the window',
          params: caseParams,
          body: caseActionRequestSchema,
          response: { 200: caseDetailSchema },
        },
      },
      async (request) =>
        service.takeAction({
          actor: requireActor(request),
          caseId: request.params.id,
          request: request.body,
        }),
    );
  };
}
