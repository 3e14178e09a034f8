import type { Actor } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import type {
  AccessRecordList,
  AccessRecordView,
  AuditAccessRecordList,
} from '../../../contracts/access-records.contract.js';
import type { DirectoryModule } from '../directory/index.js';
import { accessRecordsErrors } from './access-records.errors.js';
import { auditsRecords, readsOwnRecords } from './access-records.policy.js';
import type {
  AccessRecordCursor,
  AccessRecordFilter,
  AccessRecordRow,
  AccessRecordsRepository,
} from './access-records.repository.js';

function encodeCursor(row: AccessRecordRow): string {
  return Buffer.from(JSON.stringify([row.accessedAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string | undefined): AccessRecordCursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const accessedAt = new Date(at);
    if (Number.isNaN(accessedAt.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) {
      throw new Error('bad cursor');
    }
    return { accessedAt, id };
  } catch {
    throw platformErrors.badRequest();
  }
}

export interface AccessRecordsDeps {
  database: Database;
  repository: AccessRecordsRepository;
  directory: Pick<DirectoryModule, 'findCity' | 'findOrganisation'>;
}

/** Reading the data tracker: the applicant their own records, the coordination office all of them. */
export function createAccessRecordsService({ database, repository, directory }: AccessRecordsDeps) {
  /** The record with its city and department named in both languages, as they are now. */
  async function toView(tx: Tx, row: AccessRecordRow): Promise<AccessRecordView> {
    const city = row.cityCode ? await directory.findCity(tx, row.cityCode) : null;
    const org = row.orgId ? await directory.findOrganisation(tx, row.orgId) : null;
    return {
      id: row.id,
      source: row.source,
      caseId: row.caseId,
      caseNumber: row.caseNumber,
      accessorName: row.accessorName,
      accessorRole: row.accessorRole,
      city: city
        ? { code: city.code, name: city.name, nameEn: city.nameEn }
        : row.cityCode
          ? { code: row.cityCode, name: row.cityCode, nameEn: row.cityCode }
          : null,
      org: org ? { name: org.name, nameEn: org.nameEn } : null,
      purpose: row.purpose,
      reason: row.reason,
      seen: row.seen,
      registry: row.registry,
      accessedAt: row.accessedAt.toISOString(),
    };
  }

  async function page(tx: Tx, filter: AccessRecordFilter, after: AccessRecordCursor | null) {
    const rows = await repository.list(tx, filter, after);
    const visible = rows.slice(0, repository.pageSize);
    const last = visible[visible.length - 1];
    return {
      visible,
      nextCursor: rows.length > repository.pageSize && last ? encodeCursor(last) : null,
    };
  }

  return {
    /** Who used the signed-in applicant's data, newest first; optionally for one of their cases. */
    async listMine({
      actor,
      caseId,
      cursor,
    }: {
      actor: Actor;
      caseId?: string | undefined;
      cursor?: string | undefined;
    }): Promise<AccessRecordList> {
      if (!readsOwnRecords(actor)) throw accessRecordsErrors.applicantsOnly();
      const after = decodeCursor(cursor);
      return database.withActor(actor, async (tx) => {
        const { visible, nextCursor } = await page(tx, { subjectId: actor.userId, caseId }, after);
        const items = [];
        for (const row of visible) items.push(await toView(tx, row));
        return { items, nextCursor };
      });
    },

    /** The coordination office's audit: every record, filtered by applicant, case or staff member. */
    async listForAudit({
      actor,
      filter,
      cursor,
    }: {
      actor: Actor;
      filter: AccessRecordFilter;
      cursor?: string | undefined;
    }): Promise<AuditAccessRecordList> {
      if (!auditsRecords(actor)) throw accessRecordsErrors.auditOnly();
      const after = decodeCursor(cursor);
      return database.withActor(actor, async (tx) => {
        const { visible, nextCursor } = await page(tx, filter, after);
        const items = [];
        for (const row of visible)
          items.push({ ...(await toView(tx, row)), subjectId: row.subjectId, accessorId: row.accessorId });
        return { items, nextCursor };
      });
    },
  };
}

export type AccessRecordsService = ReturnType<typeof createAccessRecordsService>;
