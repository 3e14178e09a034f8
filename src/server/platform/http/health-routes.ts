import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { appliedMigrationCount, shippedMigrationCount } from '../db/migrate.js';

const readySchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['pglite', 'postgres']),
  migrations: z.object({ applied: z.number().int(), shipped: z.number().int() }),
});

/** Liveness (the process answers) and readiness (database reachable, migrations applied). */
export function registerHealthRoutes(app: FastifyInstance, database: Database): void {
  const shipped = shippedMigrationCount();
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/health',
    {
      schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok') }) } },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );
  typed.get(
    '/api/ready',
    { schema: { tags: ['platform'], response: { 200: readySchema, 503: readySchema } } },
    async (_request, reply) => {
      let applied = 0;
      let reachable = true;
      try {
        await database.db.execute(sql`select 1`);
        applied = await appliedMigrationCount(database);
      } catch {
        reachable = false;
      }
      const ready = reachable && applied >= shipped;
      return reply.status(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'not_ready',
        database: database.kind,
        migrations: { applied, shipped },
      });
    },
  );
}
