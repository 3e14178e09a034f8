// Placeholder face of the identity module; replaced by the full module.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config.js';
import type { Database, Tx } from '../../platform/db/database.js';
import type { SessionResolver } from '../../platform/http/request-context.js';
import type { DemoAccount } from '../../demo-accounts.js';
import type { DirectoryModule } from '../directory/index.js';

export interface ApplicantProfile {
  accountId: string;
  kind: 'citizen' | 'enterprise' | 'staff';
  displayName: string;
  idNumber: string | null;
  creditCode: string | null;
  mobile: string | null;
}

export function createIdentityModule(_deps: {
  database: Database;
  config: Config;
  directory: Pick<DirectoryModule, 'findOrganisation' | 'findOrganisationByKey' | 'findCity'>;
}) {
  const routes: FastifyPluginAsyncZod = async () => undefined;
  const resolveSession: SessionResolver = async () => null;
  return {
    routes,
    resolveSession,
    async seedDemoAccounts(_input: { accounts: DemoAccount[]; password: string }): Promise<void> {},
    async findApplicantProfile(_tx: Tx, _accountId: string): Promise<ApplicantProfile | null> {
      return null;
    },
  };
}
export type IdentityModule = ReturnType<typeof createIdentityModule>;
