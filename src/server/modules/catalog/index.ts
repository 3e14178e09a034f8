import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import type { DirectoryModule } from '../directory/index.js';
import { createCatalogRepository } from './catalog.repository.js';
import { catalogRoutes } from './catalog.routes.js';
import { createCatalogService } from './catalog.service.js';
import { catalogSpreadsheetRoutes } from './spreadsheet/catalog-spreadsheet.routes.js';
import { createCatalogSpreadsheetService } from './spreadsheet/catalog-spreadsheet.service.js';

export { buildFormSchema } from './form-schema.js';
export type { FormFieldDefinition } from './catalog.tables.js';
export type { CatalogEntry, ImplementationContent, ItemDefinition } from './catalog-entry.js';
export { runCatalogImportCommand } from './spreadsheet/import-command.js';

/** The service catalogue: items (事项) and each city's versioned implementation (实施清单). */
export function createCatalogModule({
  database,
  directory,
}: {
  database: Database;
  directory: DirectoryModule;
}) {
  const service = createCatalogService({ database, repository: createCatalogRepository(), directory });
  const spreadsheet = createCatalogSpreadsheetService({ database, catalog: service, directory });
  // Two child plugins, so the spreadsheet routes' raw-body parser stays theirs alone.
  const routes: FastifyPluginAsync = async (app) => {
    await app.register(catalogRoutes(service));
    await app.register(catalogSpreadsheetRoutes(spreadsheet));
  };
  return {
    seedCatalog: service.seedCatalog,
    applyEntries: service.applyEntries,
    exportEntries: service.exportEntries,
    listDraftKeys: service.listDraftKeys,
    findApplicableImplementation: service.findApplicableImplementation,
    findItem: service.findItem,
    /** Spreadsheet import (all or nothing) for the CLI; the HTTP routes use the same service. */
    importCatalogWorkbook: spreadsheet.importCatalogWorkbook,
    routes,
  };
}

export type CatalogModule = ReturnType<typeof createCatalogModule>;
