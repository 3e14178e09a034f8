import type { Actor } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import { enqueueEvent } from '../../platform/jobs/index.js';
import type {
  CaseTransferRequest,
  CaseTransferResult,
  CaseTransferTarget,
} from '../../../contracts/cases.contract.js';
import type { CatalogModule } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import { actionIsFor, nextStatus } from './case-lifecycle.js';
import { caseStaffErrors } from './case-staff.errors.js';
import { CASE_STAFF_NOTICE, type CaseStaffNoticePayload } from './case-staff-notice.js';
import { casesErrors } from './cases.errors.js';
import { relationTo } from './cases.policy.js';
import type { CaseRow, CasesRepository } from './cases.repository.js';

export interface CaseTransferDeps {
  database: Database;
  repository: CasesRepository;
  catalog: Pick<CatalogModule, 'findApplicableImplementation'>;
  directory: Pick<DirectoryModule, 'findCity' | 'findOrganisation' | 'listCityCodes'>;
  now?: () => Date;
}

type Target = CaseTransferTarget & { implementationId: string };

/**
 * 转办 of a misrouted case. The rule: to the competent department (实施主体) of the same item's
 * published implementation in any of the four cities, other than the case's own department. For
 * 通办 that is usually the same item in another city (the applicant chose the wrong deciding
 * city); within one city, the department now named by the item's current implementation. The case
 * takes that implementation's city, version and promised days, waits there for acceptance anew,
 * and leaves the old department's worklist; its history keeps both.
 */
export function createCaseTransfer(deps: CaseTransferDeps) {
  const { database, repository, catalog, directory } = deps;
  const now = deps.now ?? (() => new Date());

  async function targetsOf(tx: Tx, row: CaseRow): Promise<Target[]> {
    const targets: Target[] = [];
    for (const cityCode of await directory.listCityCodes(tx)) {
      const found = await catalog.findApplicableImplementation(tx, row.itemCode, cityCode);
      if (!found || found.implementation.orgId === row.decidingOrgId) continue;
      const org = await directory.findOrganisation(tx, found.implementation.orgId);
      targets.push({
        orgId: found.implementation.orgId,
        orgName: org?.name ?? '',
        cityCode,
        cityName: (await directory.findCity(tx, cityCode))?.name ?? cityCode,
        promisedDays: found.implementation.promisedDays,
        implementationId: found.implementation.id,
      });
    }
    return targets;
  }

  /** The case, if the actor is its deciding officer; "not found" if unseen, 403 if not theirs to move. */
  async function officersCase(tx: Tx, actor: Actor, caseId: string): Promise<CaseRow> {
    const row = await repository.findCase(tx, caseId);
    const relation = row && relationTo(actor, row);
    if (!row || !relation) throw casesErrors.notFound();
    if (!actionIsFor('transfer', relation)) throw platformErrors.forbidden();
    return row;
  }

  return {
    /** The departments this case may be transferred to, while it may be transferred. */
    async listTransferTargets({
      actor,
      caseId,
    }: {
      actor: Actor;
      caseId: string;
    }): Promise<{ targets: CaseTransferTarget[] }> {
      return database.withActor(actor, async (tx) => {
        const row = await officersCase(tx, actor, caseId);
        if (!nextStatus(row.status, 'transfer', 'deciding_officer')) throw casesErrors.transitionNotAllowed();
        const targets = await targetsOf(tx, row);
        return { targets: targets.map(({ implementationId: _, ...target }) => target) };
      });
    },

    /**
     * Transfers the case with the officer's reason. The event is appended while the case is still
     * the officer's (its policy needs the case visible), then the database moves the case only if
     * that event is there; the applicant and the receiving department are told after commit.
     */
    async transferCase({
      actor,
      caseId,
      request,
    }: {
      actor: Actor;
      caseId: string;
      request: CaseTransferRequest;
    }): Promise<CaseTransferResult> {
      return database.withActor(actor, async (tx) => {
        await officersCase(tx, actor, caseId);
        const row = await repository.findCase(tx, caseId, { forUpdate: true });
        if (!row) throw casesErrors.notFound();
        const to = nextStatus(row.status, 'transfer', 'deciding_officer');
        if (!to) throw casesErrors.transitionNotAllowed();
        const target = (await targetsOf(tx, row)).find((t) => t.orgId === request.toOrgId);
        if (!target)
          throw caseStaffErrors.transferTargetInvalid({
            fieldErrors: [{ field: 'body.toOrgId', code: 'cases.transfer_target_invalid' }],
          });
        const events = await repository.listEvents(tx, row.id);
        const seq = (events[events.length - 1]?.seq ?? 0) + 1;
        const at = now();
        const fromOrgName = (await directory.findOrganisation(tx, row.decidingOrgId))?.name ?? '';
        await repository.insertEvent(tx, {
          caseId: row.id,
          seq,
          cityCode: row.cityCode,
          type: 'transfer',
          fromStatus: row.status,
          toStatus: to,
          actorId: actor.userId,
          actorRole: 'case_officer',
          actorCityCode: actor.cityCode,
          actorOrgId: row.decidingOrgId,
          channel: 'online',
          note: request.reason.trim(),
          details: {
            transfer: {
              fromOrgId: row.decidingOrgId,
              fromOrgName,
              fromCityCode: row.cityCode,
              toOrgId: target.orgId,
              toOrgName: target.orgName,
              toCityCode: target.cityCode,
            },
          },
          createdAt: at,
        });
        if (!(await repository.transfer(tx, row.id, target.implementationId, at)))
          throw casesErrors.transitionNotAllowed();
        await enqueueEvent(tx, { type: 'case.event', payload: { caseId: row.id, seq, type: 'transfer' } });
        const notice: CaseStaffNoticePayload = {
          kind: 'transfer_in',
          caseId: row.id,
          caseNumber: row.caseNumber,
          itemCode: row.itemCode,
          orgId: target.orgId,
          supervisorsOfCity: null,
          fromOrgId: row.decidingOrgId,
          dueDate: null,
          dedupeKey: `transfer:${row.id}:${seq}`,
        };
        await enqueueEvent(tx, { type: CASE_STAFF_NOTICE, payload: { ...notice } });
        return {
          id: row.id,
          caseNumber: row.caseNumber,
          status: to,
          toOrgName: target.orgName,
          toCityCode: target.cityCode,
        };
      });
    },
  };
}

export type CaseTransfer = ReturnType<typeof createCaseTransfer>;
