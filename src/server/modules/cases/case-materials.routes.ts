import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendStoredFile } from '../../platform/blobs/index.js';
import { requireActor } from '../../platform/http/request-context.js';
import type { CasesService } from './cases.service.js';

export function caseMaterialsRoutes(service: CasesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/cases/:id/materials/:materialId/content',
      {
        schema: {
          tags: ['cases'],
          summary:
            'The file of one material, inline with its stored type, for whoever may read the case (preview)',
          params: z.strictObject({ id: z.uuid(), materialId: z.uuid() }),
          querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
        },
      },
      async (request, reply) => {
        const { material, sha256, content } = await service.openMaterial({
          actor: requireActor(request),
          caseId: request.params.id,
          materialId: request.params.materialId,
        });
        return sendStoredFile(
          reply,
          {
            mediaType: material.mediaType ?? 'application/octet-stream',
            size: material.size ?? 0,
            displayName: material.displayName ?? material.name,
            sha256,
          },
          content,
        );
      },
    );
  };
}
