import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.js';
import type { DirectoryModule } from '../directory/index.js';
import type { CatalogModule } from '../catalog/index.js';
export function createCasesModule(_deps: {
  database: Database;
  catalog: CatalogModule;
  directory: DirectoryModule;
}) {
  const routes: FastifyPluginAsyncZod = async () => undefined;
  return { routes };
}
