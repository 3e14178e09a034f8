import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  notificationListQuerySchema,
  notificationListSchema,
  notificationViewSchema,
} from '../../../contracts/notifications.contract.js';
import { requireActor } from '../../platform/http/request-context.js';
import type { NotificationsService } from './notifications.service.js';

export function notificationsRoutes(service: NotificationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: 'The signed-in person’s notices, newest first',
          querystring: notificationListQuerySchema,
          response: { 200: notificationListSchema },
        },
      },
      async (request, reply) => {
        const list = await service.listMine({
          actor: requireActor(request),
          cursor: request.query.cursor,
          locale: request.locale,
        });
        return reply.header('cache-control', 'no-store').send(list);
      },
    );
    app.post(
      '/api/v1/notifications/:id/read',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Mark one of one’s own notices read',
          params: z.strictObject({ id: z.uuid() }),
          querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
          response: { 200: notificationViewSchema },
        },
      },
      async (request) =>
        service.markRead({ actor: requireActor(request), id: request.params.id, locale: request.locale }),
    );
  };
}
