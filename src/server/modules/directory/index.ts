import type { Database } from '../../platform/db/database.js';
import { createDirectoryRepository } from './directory.repository.js';
import { directoryRoutes } from './directory.routes.js';
import { createDirectoryService } from './directory.service.js';

/** The directory: metro area, cities, GB/T 2260 divisions, organisations, halls and windows. */
export function createDirectoryModule({ database }: { database: Database }) {
  const service = createDirectoryService({ database, repository: createDirectoryRepository() });
  return { ...service, routes: directoryRoutes(service) };
}

export type DirectoryModule = ReturnType<typeof createDirectoryModule>;
