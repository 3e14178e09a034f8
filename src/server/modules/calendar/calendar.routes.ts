import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/http/request-context.js';
import {
  calendarYearListSchema,
  calendarYearSchema,
  calendarYearViewSchema,
  workingDayComputationSchema,
  workingDaysQuerySchema,
  yearArrangementSchema,
} from '../../../contracts/calendar.contract.js';
import type { CalendarService } from './calendar.service.js';

const yearParams = z.strictObject({ year: calendarYearSchema });
const langQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
/** Public and the same for everyone; an administrator's change shows within a minute. */
const PUBLIC_CACHE = 'public, max-age=60';

export function calendarRoutes(service: CalendarService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/calendar/working-days',
      {
        schema: {
          tags: ['calendar'],
          summary:
            'The due date N working days after a day of acceptance (today by default), with the computation',
          querystring: workingDaysQuerySchema,
          response: { 200: workingDayComputationSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_CACHE).send(await service.computeWorkingDays(request.query)),
    );
    app.get(
      '/api/v1/calendar/years',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Years whose official holiday arrangement the calendar knows',
          querystring: langQuery,
          response: { 200: calendarYearListSchema },
        },
      },
      async (_request, reply) => reply.header('cache-control', PUBLIC_CACHE).send(await service.listYears()),
    );
    app.get(
      '/api/v1/calendar/years/:year',
      {
        schema: {
          tags: ['calendar'],
          summary: 'A known year’s holidays and make-up working days',
          params: yearParams,
          querystring: langQuery,
          response: { 200: calendarYearViewSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_CACHE).send(await service.getYear(request.params.year)),
    );
    app.put(
      '/api/v1/calendar/years/:year',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Enter a year’s official arrangement (system administrator, coordination office)',
          params: yearParams,
          body: yearArrangementSchema,
          response: { 200: calendarYearViewSchema },
        },
      },
      async (request) =>
        service.enterYear({
          actor: requireActor(request),
          year: request.params.year,
          arrangement: request.body,
        }),
    );
  };
}
