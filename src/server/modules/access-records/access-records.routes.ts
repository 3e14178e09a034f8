import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accessRecordListSchema,
  auditAccessRecordListSchema,
  auditAccessRecordsQuerySchema,
  myAccessRecordsQuerySchema,
} from '../../../contracts/access-records.contract.js';
import { requireActor } from '../../platform/http/request-context.js';
import type { AccessRecordsService } from './access-records.service.js';

export function accessRecordsRoutes(service: AccessRecordsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/access-records',
      {
        schema: {
          tags: ['access-records'],
          summary:
            'Who used the signed-in applicant’s personal data: staff who opened their cases, registry queries; newest first',
          querystring: myAccessRecordsQuerySchema,
          response: { 200: accessRecordListSchema },
        },
      },
      async (request, reply) => {
        const list = await service.listMine({
          actor: requireActor(request),
          caseId: request.query.caseId,
          cursor: request.query.cursor,
        });
        return reply.header('cache-control', 'no-store').send(list);
      },
    );
    app.get(
      '/api/v1/access-records',
      {
        schema: {
          tags: ['access-records'],
          summary: 'The coordination office audits every data-use record (read-only)',
          querystring: auditAccessRecordsQuerySchema,
          response: { 200: auditAccessRecordListSchema },
        },
      },
      async (request, reply) => {
        const { cursor, lang: _lang, ...filter } = request.query;
        const list = await service.listForAudit({ actor: requireActor(request), filter, cursor });
        return reply.header('cache-control', 'no-store').send(list);
      },
    );
  };
}
