import type { Database } from '../../platform/db/database.js';
import type { DirectoryModule } from '../directory/index.js';
import { createCatalogRepository } from './catalog.repository.js';
import { catalogRoutes } from './catalog.routes.js';
import { createCatalogService } from './catalog.service.js';

export { buildFormSchema } from './form-schema.js';
export type { FormFieldDefinition } from './catalog.tables.js';
export type { CatalogEntry, ImplementationContent, ItemDefinition } from './catalog-entry.js';

/** The service catalogue: items (事项) and each city's versioned implementation (实施清单). */
export function createCatalogModule({
  database,
  directory,
}: {
  database: Database;
  directory: DirectoryModule;
}) {
  const service = createCatalogService({ database, repository: createCatalogRepository(), directory });
  return {
    seedCatalog: service.seedCatalog,
    applyEntries: service.applyEntries,
    exportEntries: service.exportEntries,
    listDraftKeys: service.listDraftKeys,
    findApplicableImplementation: service.findApplicableImplementation,
    findItem: service.findItem,
    routes: catalogRoutes(service),
  };
}

export type CatalogModule = ReturnType<typeof createCatalogModule>;
