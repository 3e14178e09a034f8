import type { Config } from '../../platform/config.js';
import type { Database, Tx } from '../../platform/db/database.js';
import type { SessionResolver } from '../../platform/http/request-context.js';
import type { DirectoryModule } from '../directory/index.js';
import { createIdentityRepository } from './identity.repository.js';
import { identityRoutes } from './identity.routes.js';
import { createIdentityService } from './identity.service.js';

export type { ApplicantProfile } from './identity.presenter.js';
export { maskApplicantProfile } from './identity.presenter.js';
// Who receives a department's or a city's staff notices.
export { listStaffAccountIds } from './staff-recipients.js';
export { listCityAdminAccountIds } from './supervisor-recipients.js';

/** Identity: citizen, enterprise and staff accounts, passwords, sessions and staff roles. */
export function createIdentityModule({
  database,
  config,
  directory,
}: {
  database: Database;
  config: Config;
  directory: Pick<DirectoryModule, 'findOrganisation' | 'findOrganisationByKey' | 'findCity'>;
}) {
  const repository = createIdentityRepository();
  const service = createIdentityService({ database, config, directory, repository });
  const resolveSession: SessionResolver = service.resolveSession;
  return {
    routes: identityRoutes(service, config),
    resolveSession,
    seedDemoAccounts: service.seedDemoAccounts,
    findApplicantProfile: service.findApplicantProfile,
    /** The account's e-mail address for notices, if it has one; inside the caller's transaction. */
    findContactEmail: async (tx: Tx, accountId: string): Promise<string | null> =>
      (await repository.findAccountById(tx, accountId))?.email ?? null,
    findCitizenByIdNumber: service.findCitizenByIdNumber,
  };
}

export type IdentityModule = ReturnType<typeof createIdentityModule>;
