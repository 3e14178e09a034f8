import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import type { Actor } from '../../platform/actor.js';
import { queryRows } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { createDirectoryModule } from '../directory/index.js';
import { cases } from '../cases/cases.tables.js';
import { recordAccess, recordCaseView, STAFF_VIEW_PERIOD_MS, type ViewedCase } from './index.js';
import { accessRecords } from './access-records.tables.js';

/** PostgreSQL reports both a policy violation and a missing grant as SQLSTATE 42501. */
function sqlState(error: unknown): { code?: string; message?: string } {
  return (error as { cause?: { code?: string; message?: string } }).cause ?? {};
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const { code, message } = sqlState(error);
    expect(code).toBe('42501');
    return message ?? '';
  }
  throw new Error('the statement was allowed');
}

function staff(roles: Actor['roles'], cityCode: string | null, orgIds: string[], name: string): Actor {
  return { userId: newId(), kind: 'staff', roles, cityCode, orgIds, displayName: name };
}

function applicant(): Actor {
  return { userId: newId(), kind: 'citizen', roles: [], cityCode: null, orgIds: [], displayName: '申请人' };
}

/**
 * The second line of defence for the data tracker: issued in SQL as the application role, only
 * the policies and grants stand between a request and the records.
 */
describe.each(databaseKinds())('row-level security of the data tracker on %s', (kind) => {
  let test: TestDatabase;
  const owner = applicant();
  const stranger = applicant();
  let officer: Actor;
  let ziyangOfficer: Actor;
  let office: Actor;
  let viewedCase: ViewedCase;
  const t0 = new Date('2026-03-02T02:00:00Z');

  const rowsAs = (actor: Actor | null) =>
    test.database.withActor(actor, (tx) =>
      tx.select().from(accessRecords).where(eq(accessRecords.caseId, viewedCase.id)),
    );

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const directory = createDirectoryModule({ database: test.database });
    await directory.seedDirectory();
    const [chengduGjj, ziyangGjj, tchb] = await test.database.withSystem(async (tx) => [
      await directory.findOrganisationByKey(tx, '510100', 'gjj'),
      await directory.findOrganisationByKey(tx, '512000', 'gjj'),
      await directory.findOrganisationByKey(tx, '510100', 'tchb'),
    ]);
    if (!chengduGjj || !ziyangGjj || !tchb) throw new Error('directory not seeded');
    officer = staff(['case_officer'], '510100', [chengduGjj.id], '陈思远');
    ziyangOfficer = staff(['case_officer'], '512000', [ziyangGjj.id], '刘慧敏');
    office = staff(['coordination_office'], '510100', [tchb.id], '周明轩');
    const id = newId();
    await test.database.withSystem((tx) =>
      tx.insert(cases).values({
        id,
        caseNumber: 'CD-2026-000001',
        queryCode: 'Q1',
        itemCode: '000125008000',
        implementationId: newId(),
        implementationVersion: 1,
        cityCode: '510100',
        decidingOrgId: chengduGjj.id,
        receivingCityCode: '510100',
        channel: 'online',
        applicantId: owner.userId,
        applicantKind: 'citizen',
        applicantName: '王小明',
        form: {},
        status: 'submitted',
        promisedDays: 5,
        submittedAt: t0,
        updatedAt: t0,
      }),
    );
    const [row] = await test.database.withSystem((tx) => tx.select().from(cases).where(eq(cases.id, id)));
    if (!row) throw new Error('case not stored');
    viewedCase = row;
  });
  afterAll(() => test.dispose());

  it('lets the deciding officer append a record but not read it back, not even their own', async () => {
    await test.database.withActor(officer, (tx) =>
      recordCaseView(tx, {
        actor: officer,
        viewedCase,
        relation: 'deciding_officer',
        seen: 'case_detail',
        at: t0,
      }),
    );
    expect(await rowsAs(officer)).toEqual([]);
    const [row] = await rowsAs(owner);
    expect(row).toMatchObject({
      subjectId: owner.userId,
      accessorId: officer.userId,
      accessorName: '陈思远',
      accessorRole: 'case_officer',
      cityCode: '510100',
      orgId: viewedCase.decidingOrgId,
      purpose: 'case_review',
      seen: 'case_detail',
    });
  });

  it('keeps one record per staff member, case and thing seen within the period, then records again', async () => {
    const view = (at: Date, seen = 'case_detail') =>
      test.database.withActor(officer, (tx) =>
        recordCaseView(tx, { actor: officer, viewedCase, relation: 'deciding_officer', seen, at }),
      );
    await view(new Date(t0.getTime() + 1_000));
    expect(await rowsAs(owner)).toHaveLength(1);
    await view(new Date(t0.getTime() + 1_000), 'material_preview');
    expect(await rowsAs(owner)).toHaveLength(2);
    await view(new Date(t0.getTime() + STAFF_VIEW_PERIOD_MS));
    expect(await rowsAs(owner)).toHaveLength(3);
  });

  it('records nothing for the applicant reading their own case', async () => {
    await test.database.withActor(owner, (tx) =>
      recordCaseView(tx, { actor: owner, viewedCase, relation: 'applicant', seen: 'case_detail', at: t0 }),
    );
    expect(await rowsAs(owner)).toHaveLength(3);
  });

  it('shows the records to their subject and the coordination office only', async () => {
    expect(await rowsAs(stranger)).toEqual([]);
    expect(await rowsAs(ziyangOfficer)).toEqual([]);
    expect(await rowsAs(null)).toEqual([]);
    expect(await rowsAs(office)).toHaveLength(3);
  });

  it('lets nobody update or delete a record through the application role', async () => {
    for (const actor of [owner, officer, office]) {
      const update = await refusal(() =>
        test.database.withActor(actor, (tx) =>
          tx
            .update(accessRecords)
            .set({ accessorName: '某人' })
            .where(eq(accessRecords.caseId, viewedCase.id)),
        ),
      );
      expect(update).toMatch(/permission denied/);
      const remove = await refusal(() =>
        test.database.withActor(actor, (tx) =>
          tx.delete(accessRecords).where(eq(accessRecords.caseId, viewedCase.id)),
        ),
      );
      expect(remove).toMatch(/permission denied/);
      await refusal(() => test.database.withActor(actor, (tx) => tx.execute(sql`truncate access_records`)));
    }
    expect(await rowsAs(owner)).toHaveLength(3);
    const [names] = await queryRows<{ n: number }>(
      test.database.db,
      sql`select count(distinct accessor_name)::int as n from access_records`,
    );
    expect(names?.n).toBe(1);
  });

  it('refuses records an applicant writes, or staff write in another’s name or about a case they cannot see', async () => {
    const base = {
      source: 'staff_view' as const,
      subjectId: owner.userId,
      caseId: viewedCase.id,
      caseNumber: viewedCase.caseNumber,
      cityCode: '510100',
      orgId: viewedCase.decidingOrgId,
      purpose: 'case_review',
      seen: 'case_detail',
      at: t0,
    };
    const attempt = (actor: Actor, input: Parameters<typeof recordAccess>[1]) =>
      refusal(() => test.database.withActor(actor, (tx) => recordAccess(tx, input)));
    const rls = /row-level security/;
    // The applicant cannot plant records about themselves.
    expect(
      await attempt(owner, { ...base, accessor: { id: owner.userId, name: '王小明', role: 'case_officer' } }),
    ).toMatch(rls);
    // An officer cannot record in a colleague's name.
    expect(
      await attempt(officer, { ...base, accessor: { id: newId(), name: '另一人', role: 'case_officer' } }),
    ).toMatch(rls);
    // Nor for a department they do not work for.
    expect(
      await attempt(officer, {
        ...base,
        orgId: ziyangOfficer.orgIds[0] ?? null,
        accessor: { id: officer.userId, name: '陈思远', role: 'case_officer' },
      }),
    ).toMatch(rls);
    // Nor tie a case to someone who is not its applicant.
    expect(
      await attempt(officer, {
        ...base,
        subjectId: stranger.userId,
        accessor: { id: officer.userId, name: '陈思远', role: 'case_officer' },
      }),
    ).toMatch(rls);
    // An officer of another city cannot see the case, so cannot record about it.
    expect(
      await attempt(ziyangOfficer, {
        ...base,
        orgId: ziyangOfficer.orgIds[0] ?? null,
        accessor: { id: ziyangOfficer.userId, name: '刘慧敏', role: 'case_officer' },
      }),
    ).toMatch(rls);
    expect(await rowsAs(office)).toHaveLength(3);
  });

  it('takes a registry query by the deciding officer, with its registry and purpose', async () => {
    await test.database.withActor(officer, (tx) =>
      recordAccess(tx, {
        source: 'registry_query',
        subjectId: owner.userId,
        caseId: viewedCase.id,
        caseNumber: viewedCase.caseNumber,
        accessor: { id: officer.userId, name: '陈思远', role: 'case_officer' },
        cityCode: '510100',
        orgId: viewedCase.decidingOrgId,
        purpose: 'eligibility_check',
        reason: '核验转出地缴存记录',
        seen: 'registry_record',
        registry: 'housing_fund',
        at: t0,
      }),
    );
    const rows = await rowsAs(owner);
    expect(rows.filter((r) => r.source === 'registry_query')).toEqual([
      expect.objectContaining({ registry: 'housing_fund', reason: '核验转出地缴存记录', dedupeKey: null }),
    ]);
  });
});
