import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import type { Actor } from '../../platform/actor.js';
import { queryRows } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { createDirectoryModule } from '../directory/index.js';
import { jobSchedules } from '../../platform/jobs/jobs.tables.js';
import { caseDeadlineAlerts } from './case-deadline-alerts.tables.js';
import { caseWorklistCounts } from './case-worklist-counts.tables.js';
import { caseEvents, cases } from './cases.tables.js';

/** Drizzle wraps the driver's error; PostgreSQL reports a policy violation as SQLSTATE 42501. */
function isRowLevelSecurityViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code === '42501' && /row-level security/.test(cause.message ?? '');
}

const cityCodes = ['510100', '510600', '511400', '512000'] as const;

function staff(roles: Actor['roles'], cityCode: string | null, orgIds: string[]): Actor {
  return { userId: newId(), kind: 'staff', roles, cityCode, orgIds, displayName: 'staff' };
}

/**
 * The second line of defence: the same questions the services ask, issued in SQL as the
 * application role, must be answered by PostgreSQL's row-level security alone.
 */
describe.each(databaseKinds())('row-level security of cases on %s', (kind) => {
  let test: TestDatabase;
  const applicants = cityCodes.map(() => newId());
  const gjj: Record<string, string> = {};
  const caseIds: Record<string, string> = {};
  const halls: Record<string, string> = {};
  /** A Meishan-decided case received at the Deyang hall, its result waiting there. */
  const windowCaseId = newId();

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const directory = createDirectoryModule({ database: test.database });
    await directory.seedDirectory();
    await test.database.withSystem(async (tx) => {
      for (const [i, cityCode] of cityCodes.entries()) {
        const org = await directory.findOrganisationByKey(tx, cityCode, 'gjj');
        if (!org) throw new Error('directory not seeded');
        gjj[cityCode] = org.id;
        const id = newId();
        caseIds[cityCode] = id;
        const at = new Date();
        await tx.insert(cases).values({
          id,
          caseNumber: `T${i}-2026-000001`,
          queryCode: `Q${i}`,
          itemCode: '000125008000',
          implementationId: newId(),
          implementationVersion: 1,
          cityCode,
          decidingOrgId: org.id,
          receivingCityCode: cityCode,
          channel: 'online',
          applicantId: applicants[i] as string,
          applicantKind: 'citizen',
          applicantName: '测试申请人',
          form: {},
          status: 'submitted',
          promisedDays: 3,
          submittedAt: at,
          updatedAt: at,
        });
        const hall = await directory.findOrganisationByKey(tx, cityCode, 'zwfw');
        if (!hall) throw new Error('directory not seeded');
        halls[cityCode] = hall.id;
        await tx.insert(caseEvents).values({
          caseId: id,
          seq: 1,
          cityCode,
          type: 'submitted',
          toStatus: 'submitted',
          actorId: applicants[i] as string,
          actorRole: 'citizen',
          channel: 'online',
          createdAt: at,
        });
      }
      const at = new Date();
      await tx.insert(cases).values({
        id: windowCaseId,
        caseNumber: 'W1-2026-000001',
        queryCode: 'W1',
        itemCode: '000125008000',
        implementationId: newId(),
        implementationVersion: 1,
        cityCode: '511400',
        decidingOrgId: gjj['511400'] as string,
        receivingCityCode: '510600',
        receivingOrgId: halls['510600'] as string,
        consentRecordedAt: at,
        channel: 'window',
        applicantId: applicants[2] as string,
        applicantKind: 'citizen',
        applicantName: '窗口申请人',
        form: {},
        status: 'delivered',
        deliveryMethod: 'window',
        promisedDays: 5,
        submittedAt: at,
        updatedAt: at,
      });
    });
  });
  afterAll(() => test.dispose());

  async function visibleCities(actor: Actor | null): Promise<string[]> {
    const rows = await test.database.withActor(actor, (tx) =>
      tx.select({ cityCode: cases.cityCode }).from(cases).orderBy(cases.cityCode),
    );
    return rows.map((r) => r.cityCode);
  }

  it('runs request transactions as the application role, not as the owner', async () => {
    const [row] = await test.database.withActor(null, (tx) =>
      queryRows<{ role: string }>(tx, sql`select current_user as role`),
    );
    expect(row?.role).toBe('tongcheng_app');
  });

  it('shows a citizen only their own case', async () => {
    const citizen: Actor = {
      userId: applicants[0] as string,
      kind: 'citizen',
      roles: [],
      cityCode: null,
      orgIds: [],
      displayName: '',
    };
    expect(await visibleCities(citizen)).toEqual(['510100']);
  });

  it('shows an anonymous visitor no case', async () => {
    expect(await visibleCities(null)).toEqual([]);
  });

  it('shows a case officer only cases routed to their department', async () => {
    for (const cityCode of cityCodes) {
      const officer = staff(['case_officer'], cityCode, [gjj[cityCode] as string]);
      // Meishan also decides the case the Deyang window received.
      expect(await visibleCities(officer)).toEqual(cityCode === '511400' ? [cityCode, cityCode] : [cityCode]);
    }
  });

  it('shows a city administrator their city, and the coordination office every city', async () => {
    expect(await visibleCities(staff(['city_admin'], '511400', []))).toEqual(['511400', '511400']);
    expect(await visibleCities(staff(['coordination_office'], '510100', []))).toEqual([
      '510100',
      '510600',
      '511400',
      '511400',
      '512000',
    ]);
  });

  it('shows a staff member without a case role nothing, whatever city they claim', async () => {
    expect(await visibleCities(staff(['window_clerk'], '510600', [gjj['510600'] as string]))).toEqual([]);
  });

  it('shows a window clerk only the cases their hall received, with their history', async () => {
    const deyang = staff(['window_clerk'], '510600', [halls['510600'] as string]);
    const rows = await test.database.withActor(deyang, (tx) => tx.select({ id: cases.id }).from(cases));
    expect(rows).toEqual([{ id: windowCaseId }]);
    for (const cityCode of ['510100', '511400', '512000']) {
      expect(await visibleCities(staff(['window_clerk'], cityCode, [halls[cityCode] as string]))).toEqual([]);
    }
  });

  it('lets the receiving clerk only close a result awaiting collection, and no other clerk touch it', async () => {
    const change = (actor: Actor, status: 'granted' | 'closed') =>
      test.database.withActor(actor, (tx) =>
        tx.update(cases).set({ status }).where(eq(cases.id, windowCaseId)).returning({ id: cases.id }),
      );
    const chengdu = staff(['window_clerk'], '510100', [halls['510100'] as string]);
    expect(await change(chengdu, 'closed')).toEqual([]);
    const deyang = staff(['window_clerk'], '510600', [halls['510600'] as string]);
    await expect(change(deyang, 'granted')).rejects.toSatisfy(isRowLevelSecurityViolation);
    // Nor may a clerk touch a case that is not waiting at their window.
    const onlineRows = await test.database.withActor(deyang, (tx) =>
      tx
        .update(cases)
        .set({ status: 'closed' })
        .where(eq(cases.id, caseIds['510600'] as string))
        .returning({ id: cases.id }),
    );
    expect(onlineRows).toEqual([]);
    expect(await change(deyang, 'closed')).toEqual([{ id: windowCaseId }]);
  });

  it('lets a clerk file only a window case of their own hall', async () => {
    const deyang = staff(['window_clerk'], '510600', [halls['510600'] as string]);
    const at = new Date();
    const filing = (receivingOrgId: string, channel: 'online' | 'window') => ({
      id: newId(),
      caseNumber: `W-${newId().slice(-8)}`,
      queryCode: 'W',
      itemCode: '000125008000',
      implementationId: newId(),
      implementationVersion: 1,
      cityCode: '511400',
      decidingOrgId: gjj['511400'] as string,
      receivingCityCode: '510600',
      receivingOrgId,
      consentRecordedAt: at,
      channel,
      applicantId: applicants[2] as string,
      applicantKind: 'citizen' as const,
      applicantName: '窗口申请人',
      form: {},
      status: 'submitted' as const,
      promisedDays: 5,
      submittedAt: at,
      updatedAt: at,
    });
    await expect(
      test.database.withActor(deyang, (tx) =>
        tx.insert(cases).values(filing(halls['510100'] as string, 'window')),
      ),
    ).rejects.toSatisfy(isRowLevelSecurityViolation);
    await expect(
      test.database.withActor(deyang, (tx) =>
        tx.insert(cases).values(filing(halls['510600'] as string, 'online')),
      ),
    ).rejects.toSatisfy(isRowLevelSecurityViolation);
    await test.database.withActor(deyang, (tx) =>
      tx.insert(cases).values(filing(halls['510600'] as string, 'window')),
    );
  });

  it('lets no officer change a case of another city', async () => {
    const chengduOfficer = staff(['case_officer'], '510100', [gjj['510100'] as string]);
    const changed = await test.database.withActor(chengduOfficer, (tx) =>
      tx
        .update(cases)
        .set({ status: 'granted' })
        .where(eq(cases.id, caseIds['512000'] as string))
        .returning({ id: cases.id }),
    );
    expect(changed).toEqual([]);
    const [row] = await test.database.withSystem((tx) =>
      tx
        .select({ status: cases.status })
        .from(cases)
        .where(eq(cases.id, caseIds['512000'] as string)),
    );
    expect(row?.status).toBe('submitted');
  });

  it('lets the coordination office read but not change', async () => {
    const office = staff(['coordination_office'], '510100', []);
    const changed = await test.database.withActor(office, (tx) =>
      tx
        .update(cases)
        .set({ status: 'granted' })
        .where(eq(cases.id, caseIds['510100'] as string))
        .returning({ id: cases.id }),
    );
    expect(changed).toEqual([]);
  });

  it('refuses a case filed in another person’s name', async () => {
    const citizen: Actor = {
      userId: newId(),
      kind: 'citizen',
      roles: [],
      cityCode: null,
      orgIds: [],
      displayName: '',
    };
    const at = new Date();
    await expect(
      test.database.withActor(citizen, (tx) =>
        tx.insert(cases).values({
          id: newId(),
          caseNumber: 'FORGED-1',
          queryCode: 'F',
          itemCode: '000125008000',
          implementationId: newId(),
          implementationVersion: 1,
          cityCode: '510100',
          decidingOrgId: gjj['510100'] as string,
          receivingCityCode: '510100',
          channel: 'online',
          applicantId: applicants[1] as string,
          applicantKind: 'citizen',
          applicantName: '冒名',
          form: {},
          status: 'submitted',
          promisedDays: 3,
          submittedAt: at,
          updatedAt: at,
        }),
      ),
    ).rejects.toSatisfy(isRowLevelSecurityViolation);
  });

  it('refuses a history event written in someone else’s name or on an invisible case', async () => {
    const officer = staff(['case_officer'], '510100', [gjj['510100'] as string]);
    const event = (caseId: string, actorId: string) => ({
      caseId,
      seq: 2,
      cityCode: '510100',
      type: 'grant',
      toStatus: 'granted',
      actorId,
      actorRole: 'case_officer',
      channel: 'online',
      createdAt: new Date(),
    });
    await expect(
      test.database.withActor(officer, (tx) =>
        tx.insert(caseEvents).values(event(caseIds['510100'] as string, applicants[0] as string)),
      ),
    ).rejects.toSatisfy(isRowLevelSecurityViolation);
    await expect(
      test.database.withActor(officer, (tx) =>
        tx.insert(caseEvents).values(event(caseIds['512000'] as string, officer.userId)),
      ),
    ).rejects.toSatisfy(isRowLevelSecurityViolation);
  });

  it('shows the worklist counts exactly to whoever sees the cases counted, and lets nobody write them', async () => {
    const counted = (actor: Actor | null) =>
      test.database.withActor(actor, async (tx) => {
        const rows = await tx.select().from(caseWorklistCounts);
        return {
          orgs: [...new Set(rows.map((r) => r.decidingOrgId))].sort(),
          cities: [...new Set(rows.map((r) => r.cityCode))].sort(),
          total: rows.reduce((sum, r) => sum + r.cases, 0),
        };
      });
    const visibleCount = async (actor: Actor) => (await visibleCities(actor)).length;
    for (const cityCode of cityCodes) {
      const officer = staff(['case_officer'], cityCode, [gjj[cityCode] as string]);
      const counts = await counted(officer);
      expect(counts.orgs).toEqual([gjj[cityCode]]);
      expect(counts.total).toBe(await visibleCount(officer));
      const admin = staff(['city_admin'], cityCode, []);
      expect((await counted(admin)).cities).toEqual([cityCode]);
      expect((await counted(admin)).total).toBe(await visibleCount(admin));
    }
    const office = staff(['coordination_office'], '510100', []);
    expect((await counted(office)).total).toBe(await visibleCount(office));
    const citizen: Actor = {
      userId: applicants[0] as string,
      kind: 'citizen',
      roles: [],
      cityCode: null,
      orgIds: [],
      displayName: '',
    };
    expect((await counted(citizen)).total).toBe(0);
    expect((await counted(null)).total).toBe(0);
    expect((await counted(staff(['window_clerk'], '510600', [halls['510600'] as string]))).total).toBe(0);

    const officer = staff(['case_officer'], '510100', [gjj['510100'] as string]);
    const write = test.database.withActor(officer, (tx) =>
      tx
        .update(caseWorklistCounts)
        .set({ cases: 1000 })
        .where(eq(caseWorklistCounts.decidingOrgId, gjj['510100'] as string)),
    );
    await expect(write).rejects.toSatisfy(
      (error: unknown) => (error as { cause?: { code?: string } }).cause?.code === '42501',
    );
  });

  it('keeps deadline alerts and job schedules from the application role, and transfers only as the function allows', async () => {
    const officer = staff(['case_officer'], '510100', [gjj['510100'] as string]);
    for (const table of [caseDeadlineAlerts, jobSchedules]) {
      const read = await test.database
        .withActor(officer, (tx) => tx.select().from(table))
        .then(
          () => 'read',
          (error: { cause?: { code?: string } }) => error.cause?.code,
        );
      expect(read).toBe('42501');
    }
    // A case officer of the case's department, without the transfer in its history: nothing moves.
    const moved = await test.database.withActor(officer, async (tx) => {
      const [row] = await queryRows<{ done: boolean }>(
        tx,
        sql`select transfer_case(${caseIds['510100'] as string}::uuid, ${newId()}::uuid, now()) as done`,
      );
      return row?.done;
    });
    expect(moved).toBe(false);
    const [row] = await test.database.withSystem((tx) =>
      tx
        .select()
        .from(cases)
        .where(eq(cases.id, caseIds['510100'] as string)),
    );
    expect(row?.decidingOrgId).toBe(gjj['510100']);
  });

  it('keeps the settings inside the transaction that set them', async () => {
    const officer = staff(['case_officer'], '510100', [gjj['510100'] as string]);
    await test.database.withActor(officer, async () => undefined);
    const [row] = await queryRows<{ uid: string | null; role: string }>(
      test.database.db,
      sql`select current_setting('app.user_id', true) as uid, current_user as role`,
    );
    expect(row?.uid ?? '').toBe('');
    expect(row?.role).not.toBe('tongcheng_app');
  });
});
