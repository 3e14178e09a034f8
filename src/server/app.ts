import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import { newId } from './platform/ids.js';
import { createJobRunner, type JobHandler, type JobRunner } from './platform/jobs/index.js';
import { loggerOptions } from './platform/logger.js';
import { registerHealthRoutes } from './platform/http/health-routes.js';
import { installProblemHandler, sendProblem } from './platform/http/problem.js';
import { platformErrors } from './platform/http/platform-errors.js';
import { installRequestContext } from './platform/http/request-context.js';
import { installSecurityHeaders } from './platform/http/security-headers.js';
import { zodValidatorCompiler } from './platform/http/validation.js';
import { createModules, type Modules } from './modules.js';

export interface BuiltApp {
  app: FastifyInstance;
  modules: Modules;
  /** The outbox's job runner with every module's handlers; main.ts starts and stops it, tests call runOnce(). */
  jobs: JobRunner;
}

/** Builds the whole HTTP application from the platform and the modules, without listening. */
export async function buildApp({
  config,
  database,
}: {
  config: Config;
  database: Database;
}): Promise<BuiltApp> {
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL),
    genReqId: () => newId(),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY ? config.TRUST_PROXY.split(',').map((s) => s.trim()) : false,
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandler(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tongcheng 同城 API',
        version: '1',
        description:
          'Cross-city public services of the Chengdu metropolitan area. Errors are RFC 9457 problem+json.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installSecurityHeaders(app);

  const modules = createModules({ config, database });
  installRequestContext(app, modules.identity.resolveSession);
  registerHealthRoutes(app, database);
  for (const module of Object.values(modules)) await app.register(module.routes);
  const jobs = createJobRunner({ database, pollMs: config.JOBS_POLL_MS, log: app.log });
  // Every module that reacts to outbox events exposes `jobHandlers`.
  for (const module of Object.values(modules)) {
    if (!('jobHandlers' in module)) continue;
    for (const [type, handler] of Object.entries(module.jobHandlers as Record<string, JobHandler>))
      jobs.register(type, handler);
  }
  // And every module with work to do once per period exposes `periodicJobs` (see jobs.every).
  for (const module of Object.values(modules)) {
    if (!('periodicJobs' in module)) continue;
    const periodic = module.periodicJobs as Record<string, { periodMs: number; handler: JobHandler }>;
    for (const [name, job] of Object.entries(periodic)) jobs.every(name, job.periodMs, job.handler);
  }

  const webRoot = path.resolve(config.WEB_DIST_DIR);
  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.setNotFoundHandler(async (request, reply) => {
    // The single-page app owns every non-API path; the API answers unknown paths as problems.
    // A missing built asset is a real 404: answering index.html would hand HTML to a script tag.
    const isAsset = request.url.startsWith('/assets/');
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/') && !isAsset) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, platformErrors.routeNotFound());
  });
  return { app, modules, jobs };
}
