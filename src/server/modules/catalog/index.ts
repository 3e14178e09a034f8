import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.js';
import type { DirectoryModule } from '../directory/index.js';
export function createCatalogModule(_deps: { database: Database; directory: DirectoryModule }) {
  const routes: FastifyPluginAsyncZod = async () => undefined;
  return { routes, async seedCatalog() {} };
}
export type CatalogModule = ReturnType<typeof createCatalogModule>;
