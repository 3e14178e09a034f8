import pg from 'pg';
import type { InjectOptions } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';

/** One message the server sent to PostgreSQL: SQL text and, for the extended protocol, its parameters. */
export interface CapturedQuery {
  text: string;
  values: unknown[];
}

export interface CapturedRequest {
  queries: CapturedQuery[];
  status: number;
  body: unknown;
  /** The session cookie the answer set, as `tc_session=…`, if any. */
  sessionCookie: string | null;
  /** When the request ran, to tell ids it generated from older ones. */
  startedAt: number;
  endedAt: number;
}

export interface InProcessApp {
  /** Runs the request once to warm caches, then again recording every query the driver sends. */
  capture(request: InjectOptions, warmUp?: InjectOptions): Promise<CapturedRequest>;
  close(): Promise<void>;
}

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * The real application in this process, on the benchmark database, with the driver's query
 * method wrapped while a request runs: what is recorded is exactly what the server sends.
 */
export async function openInProcessApp(databaseUrl: string): Promise<InProcessApp> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: './no-web',
  });
  const database = await openDatabase({ databaseUrl, poolSize: 2 });
  const { app } = await buildApp({ config, database });
  await app.ready();
  const prototype = pg.Client.prototype as unknown as { query: QueryFn };
  return {
    async capture(request, warmUp) {
      if (warmUp) await app.inject(warmUp);
      const queries: CapturedQuery[] = [];
      const original = prototype.query;
      prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const [first, second] = args;
        const config =
          typeof first === 'string' ? { text: first } : (first as { text: string; values?: unknown[] });
        const values = Array.isArray(second) ? second : (config.values ?? []);
        queries.push({ text: config.text, values });
        return original.apply(this, args);
      };
      const startedAt = Date.now();
      try {
        const response = await app.inject(request);
        const endedAt = Date.now();
        const body: unknown = String(response.headers['content-type'] ?? '').includes('json')
          ? response.json()
          : response.body;
        const cookie = response.cookies.find((c) => c.name === 'tc_session');
        const sessionCookie = cookie ? `tc_session=${cookie.value}` : null;
        return { queries, status: response.statusCode, body, sessionCookie, startedAt, endedAt };
      } finally {
        prototype.query = original;
      }
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
