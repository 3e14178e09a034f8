import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyClaim } from '../../platform/http/idempotency.js';
import { requireActor } from '../../platform/http/request-context.js';
import {
  bulkCaseActionRequestSchema,
  bulkCaseActionResultSchema,
  caseTransferRequestSchema,
  caseTransferResultSchema,
  caseTransferTargetsSchema,
} from '../../../contracts/cases.contract.js';
import type { CaseBulk } from './case-bulk.js';
import type { CaseTransfer } from './case-transfer.js';

const caseParams = z.strictObject({ id: z.uuid() });
const langQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });

/** The department's own tools: 转办 of a misrouted case and bulk acceptance from the worklist. */
export function caseStaffRoutes(service: CaseTransfer & CaseBulk): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/cases/actions/bulk',
      {
        schema: {
          tags: ['cases'],
          summary:
            'Accept up to 50 cases at once; each is accepted or reported with its problem. Requires an Idempotency-Key header',
          querystring: langQuery,
          body: bulkCaseActionRequestSchema,
          response: { 200: bulkCaseActionResultSchema },
        },
      },
      async (request, reply) => {
        const { result, replayed } = await service.actInBulk({
          actor: requireActor(request),
          request: request.body,
          claim: idempotencyClaim(request),
          locale: request.locale,
        });
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.send(result);
      },
    );
    app.get(
      '/api/v1/cases/:id/transfer-targets',
      {
        schema: {
          tags: ['cases'],
          summary: 'The departments a misrouted case may be transferred to (转办)',
          params: caseParams,
          querystring: langQuery,
          response: { 200: caseTransferTargetsSchema },
        },
      },
      async (request) =>
        service.listTransferTargets({ actor: requireActor(request), caseId: request.params.id }),
    );
    app.post(
      '/api/v1/cases/:id/transfer',
      {
        schema: {
          tags: ['cases'],
          summary: 'Transfer a misrouted case to the competent department (转办), with the reason',
          params: caseParams,
          querystring: langQuery,
          body: caseTransferRequestSchema,
          response: { 200: caseTransferResultSchema },
        },
      },
      async (request) =>
        service.transferCase({
          actor: requireActor(request),
          caseId: request.params.id,
          request: request.body,
        }),
    );
  };
}
