import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountViewSchema,
  citizenRegistrationSchema,
  enterpriseRegistrationSchema,
  loginSchema,
  newPasswordSchema,
  sessionViewSchema,
  staffCreationSchema,
} from '../../../contracts/identity.contract.js';
import type { Config } from '../../platform/config.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import { requireActor, SESSION_COOKIE } from '../../platform/http/request-context.js';
import type { IdentityService, SignedIn, SignInContext } from './identity.service.js';
import { containsIdentifier, isCommonPassword } from './passwords.js';

const tags = ['identity'];

/** The contract's length rule plus the common-password list, which only the server carries. */
const acceptablePasswordSchema = newPasswordSchema.refine((password) => !isCommonPassword(password), {
  message: 'identity.password_common',
});

function rejectIdentifiersInPassword(
  password: string,
  identifiers: (string | null | undefined)[],
  ctx: z.RefinementCtx,
): void {
  if (containsIdentifier(password, identifiers)) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'identity.password_contains_identifier' });
  }
}

const citizenRegistrationBody = citizenRegistrationSchema
  .extend({ password: acceptablePasswordSchema })
  .superRefine((f, ctx) => rejectIdentifiersInPassword(f.password, [f.idNumber, f.mobile], ctx));

const enterpriseRegistrationBody = enterpriseRegistrationSchema
  .extend({ password: acceptablePasswordSchema })
  .superRefine((f, ctx) =>
    rejectIdentifiersInPassword(f.password, [f.creditCode, f.mobile, f.legalRepresentativeIdNumber], ctx),
  );

const staffCreationBody = staffCreationSchema
  .extend({ password: acceptablePasswordSchema })
  .superRefine((f, ctx) => rejectIdentifiersInPassword(f.password, [f.username, f.mobile], ctx));

const accountParams = z.strictObject({ accountId: z.uuid() });

/** The identity API: registration, sign-in and sign-out, the current session, staff accounts. */
export function identityRoutes(
  service: IdentityService,
  config: Pick<Config, 'COOKIE_SECURE'>,
): FastifyPluginAsyncZod {
  // No Max-Age: the cookie ends with the browser, which matters on shared computers in service halls.
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.COOKIE_SECURE,
  } as const;

  function signInContext(request: FastifyRequest): SignInContext {
    return {
      previousToken: request.cookies[SESSION_COOKIE] ?? null,
      client: { ipAddress: request.ip, userAgent: request.headers['user-agent']?.slice(0, 512) ?? null },
    };
  }

  function sendSignedIn(reply: FastifyReply, signedIn: SignedIn) {
    return reply.setCookie(SESSION_COOKIE, signedIn.token, cookieOptions).status(201).send(signedIn.session);
  }

  return async (app) => {
    app.post(
      '/api/v1/identity/citizens',
      { schema: { tags, body: citizenRegistrationBody, response: { 201: sessionViewSchema } } },
      async (request, reply) =>
        sendSignedIn(
          reply,
          await service.registerCitizen({ form: request.body, context: signInContext(request) }),
        ),
    );

    app.post(
      '/api/v1/identity/enterprises',
      { schema: { tags, body: enterpriseRegistrationBody, response: { 201: sessionViewSchema } } },
      async (request, reply) =>
        sendSignedIn(
          reply,
          await service.registerEnterprise({ form: request.body, context: signInContext(request) }),
        ),
    );

    app.post(
      '/api/v1/identity/sessions',
      { schema: { tags, body: loginSchema, response: { 201: sessionViewSchema } } },
      async (request, reply) =>
        sendSignedIn(reply, await service.signIn({ ...request.body, context: signInContext(request) })),
    );

    app.get(
      '/api/v1/identity/session',
      { schema: { tags, response: { 200: sessionViewSchema } } },
      async (request) => {
        if (!request.actor || !request.session) throw platformErrors.authenticationRequired();
        return service.getSession({ actor: request.actor, session: request.session });
      },
    );

    app.delete(
      '/api/v1/identity/session',
      { schema: { tags, response: { 204: z.void() } } },
      async (request, reply) => {
        await service.signOut({ actor: request.actor, session: request.session });
        return reply.clearCookie(SESSION_COOKIE, cookieOptions).status(204).send();
      },
    );

    app.post(
      '/api/v1/identity/staff',
      { schema: { tags, body: staffCreationBody, response: { 201: accountViewSchema } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createStaff({ actor: requireActor(request), form: request.body })),
    );

    app.get(
      '/api/v1/identity/accounts/:accountId',
      { schema: { tags, params: accountParams, response: { 200: accountViewSchema } } },
      async (request) =>
        service.getAccount({ actor: requireActor(request), accountId: request.params.accountId }),
    );
  };
}
