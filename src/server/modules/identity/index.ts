import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/database.js';
import type { SessionResolver } from '../../platform/http/request-context.js';
import type { DirectoryModule } from '../directory/index.js';
import { createIdentityRepository } from './identity.repository.js';
import { identityRoutes } from './identity.routes.js';
import { createIdentityService } from './identity.service.js';

export type { ApplicantProfile } from './identity.presenter.js';
export { maskApplicantProfile } from './identity.presenter.js';

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
  const service = createIdentityService({
    database,
    config,
    directory,
    repository: createIdentityRepository(),
  });
  const resolveSession: SessionResolver = service.resolveSession;
  return {
    routes: identityRoutes(service, config),
    resolveSession,
    seedDemoAccounts: service.seedDemoAccounts,
    findApplicantProfile: service.findApplicantProfile,
  };
}

export type IdentityModule = ReturnType<typeof createIdentityModule>;
