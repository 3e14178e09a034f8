import type { Database } from '../../platform/db/database.js';
import type { DirectoryModule } from '../directory/index.js';
import { createAccessRecordsRepository } from './access-records.repository.js';
import { accessRecordsRoutes } from './access-records.routes.js';
import { createAccessRecordsService } from './access-records.service.js';

// Writing happens inside other modules' transactions (the one that read the data), so these are
// plain functions of a transaction, like enqueueEvent.
export {
  recordAccess,
  recordCaseView,
  STAFF_VIEW_PERIOD_MS,
  type AccessRecordInput,
  type CaseView,
  type ViewedCase,
} from './access-records.recorder.js';

/** The applicant's data tracker: who used their personal data, from where, when and why. */
export function createAccessRecordsModule({
  database,
  directory,
}: {
  database: Database;
  directory: Pick<DirectoryModule, 'findCity' | 'findOrganisation'>;
}) {
  const service = createAccessRecordsService({
    database,
    directory,
    repository: createAccessRecordsRepository(),
  });
  return { ...service, routes: accessRecordsRoutes(service) };
}

export type AccessRecordsModule = ReturnType<typeof createAccessRecordsModule>;
