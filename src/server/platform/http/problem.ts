import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from './errors.js';
import { translate } from './i18n.js';
import { platformErrors } from './platform-errors.js';
import { RequestValidationError, toFieldErrors } from './validation.js';

/** RFC 9457 problem details, as every error leaves the API. */
export interface Problem {
  type: string;
  code: string;
  title: string;
  status: number;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

function problemFor(request: FastifyRequest, error: AppError, fieldErrors?: FieldError[]): Problem {
  const locale = request.locale;
  const title = translate(error.code, locale, error.params) ?? error.code;
  const errors =
    fieldErrors ??
    error.fieldErrors.map((f) => ({
      field: f.field,
      code: f.code,
      message: translate(f.code, locale, error.params) ?? f.code,
    }));
  return {
    type: `/problems/${error.code}`,
    code: error.code,
    title,
    status: error.status,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: String(request.id),
    ...(errors.length ? { errors } : {}),
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  fieldErrors?: FieldError[],
) {
  const problem = problemFor(request, error, fieldErrors);
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

const fastifyCodes: Record<string, () => AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => platformErrors.malformedJson(),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => platformErrors.malformedJson(),
  FST_ERR_CTP_BODY_TOO_LARGE: () => platformErrors.tooLarge(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => platformErrors.unsupportedMediaType(),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => platformErrors.badRequest(),
};

/**
 * A failed query's message carries its parameters (ID numbers, mobiles); the log keeps the SQL
 * state and the statement, never the values.
 */
function withoutQueryParameters(error: Error & { cause?: unknown }): Record<string, unknown> {
  const strip = (text: string | undefined) => text?.replace(/\nparams:[\s\S]*$/, '\nparams: [redacted]');
  const cause = error.cause as (Error & { code?: string }) | undefined;
  return {
    type: error.name,
    message: strip(error.message),
    stack: strip(error.stack),
    ...(cause ? { cause: { type: cause.name, code: cause.code, message: cause.message } } : {}),
  };
}

/** One renderer for every error: ours, zod's, Fastify's and the unexpected. */
export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((rawError: FastifyError | AppError | RequestValidationError, request, reply) => {
    if (rawError instanceof AppError) return sendProblem(request, reply, rawError);
    if (rawError instanceof RequestValidationError) {
      const fieldErrors = toFieldErrors(rawError.issues, request.locale, rawError.validationContext ?? '');
      return sendProblem(request, reply, platformErrors.invalidRequest(), fieldErrors);
    }
    const error = rawError as FastifyError;
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return sendProblem(request, reply, platformErrors.malformedJson());
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return sendProblem(request, reply, known());
    if (error.statusCode === 429) return sendProblem(request, reply, platformErrors.rateLimited());
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return sendProblem(request, reply, platformErrors.badRequest());
    }
    request.log.error({ failure: withoutQueryParameters(error) }, 'unexpected error');
    return sendProblem(request, reply, platformErrors.internal());
  });
}
