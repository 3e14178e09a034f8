import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  oidcClientIdSchema,
  oidcClientListSchema,
  oidcClientRegistrationSchema,
  oidcRegisteredClientSchema,
  oidcSigningKeyListSchema,
} from '../../../contracts/oidc.contract.js';
import { requireActor } from '../../platform/http/request-context.js';
import type { OidcAdminService } from './oidc-admin.service.js';

const tags = ['oidc'];
const clientParams = z.strictObject({ clientId: oidcClientIdSchema });

/** The system administrator's API: registered sites and signing keys. */
export function oidcAdminRoutes(service: OidcAdminService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/oidc/clients',
      {
        schema: {
          tags,
          summary: 'Sites that sign people in through Tongcheng',
          response: { 200: oidcClientListSchema },
        },
      },
      async (request) => ({ items: await service.listClients(requireActor(request)) }),
    );

    app.post(
      '/api/v1/admin/oidc/clients',
      {
        schema: {
          tags,
          summary: 'Register a site; a confidential site’s secret is answered this once',
          body: oidcClientRegistrationSchema,
          response: { 201: oidcRegisteredClientSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.registerClient(requireActor(request), request.body)),
    );

    app.delete(
      '/api/v1/admin/oidc/clients/:clientId',
      {
        schema: {
          tags,
          summary: 'Remove a site and what it was issued',
          params: clientParams,
          response: { 204: z.void() },
        },
      },
      async (request, reply) => {
        await service.deleteClient(requireActor(request), request.params.clientId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/v1/admin/oidc/keys',
      { schema: { tags, summary: 'Published signing keys', response: { 200: oidcSigningKeyListSchema } } },
      async (request) => ({ items: await service.listKeys(requireActor(request)) }),
    );

    app.post(
      '/api/v1/admin/oidc/keys/rotate',
      {
        schema: {
          tags,
          summary: 'Make a new signing key; it is published at once and signs ten minutes later',
          response: { 201: oidcSigningKeyListSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ items: await service.rotateKeys(requireActor(request)) }),
    );
  };
}
