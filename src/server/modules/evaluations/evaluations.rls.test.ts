import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import type { Actor } from '../../platform/actor.js';
import { newId } from '../../platform/ids.js';
import { createDirectoryModule } from '../directory/index.js';
import { cases } from '../cases/cases.tables.js';
import { caseEvaluations, rectificationTasks } from './evaluations.tables.js';

/** Drizzle wraps the driver's error; PostgreSQL reports both a policy and a grant refusal as 42501. */
function sqlState(error: unknown): { code?: string; message?: string } {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code ? e.cause : e;
}
const isRowLevelSecurityViolation = (error: unknown) =>
  sqlState(error).code === '42501' && /row-level security/.test(sqlState(error).message ?? '');
const isPermissionDenied = (error: unknown) =>
  sqlState(error).code === '42501' && /permission denied/.test(sqlState(error).message ?? '');
const isUniqueViolation = (error: unknown) => sqlState(error).code === '23505';

function citizen(userId: string): Actor {
  return { userId, kind: 'citizen', roles: [], cityCode: null, orgIds: [], displayName: '市民' };
}
function staff(roles: Actor['roles'], cityCode: string | null, orgIds: string[]): Actor {
  return { userId: newId(), kind: 'staff', roles, cityCode, orgIds, displayName: '工作人员' };
}

/**
 * The second line of defence: the same questions the services ask, put in SQL as the application
 * role, answered by PostgreSQL's row-level security alone.
 */
describe.each(databaseKinds())('row-level security of ratings and rectification tasks on %s', (kind) => {
  let test: TestDatabase;
  const [a, b] = [newId(), newId()];
  const org: Record<string, string> = {};
  const caseIds: Record<string, string> = {};
  const evalA = newId();
  const evalB = newId();
  const taskA = newId();

  const evaluation = (over: Partial<typeof caseEvaluations.$inferInsert>) => ({
    id: newId(),
    raterId: a,
    raterKind: 'citizen' as const,
    raterName: '张丽华',
    raterMobile: '13880001234',
    grade: 1,
    scoreOverall: 1,
    scoreEfficiency: 1,
    scoreGuideAccuracy: 2,
    scoreConvenience: 1,
    scoreUsability: 3,
    comment: '跑了三趟才办成',
    channel: 'online' as const,
    cityCode: '510100',
    orgId: org.cdGjj as string,
    createdAt: new Date(),
    ...over,
  });
  const task = (over: Partial<typeof rectificationTasks.$inferInsert>) => ({
    id: newId(),
    evaluationId: evalA,
    orgId: org.cdGjj as string,
    cityCode: '510100',
    status: 'open' as const,
    dueDate: '2026-06-01',
    createdAt: new Date(),
    updatedAt: new Date(),
    ...over,
  });

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const directory = createDirectoryModule({ database: test.database });
    await directory.seedDirectory();
    for (const [name, city, key] of [
      ['cdGjj', '510100', 'gjj'],
      ['zyGjj', '512000', 'gjj'],
      ['cdHall', '510100', 'zwfw'],
    ] as const) {
      const found = await directory.findOrganisationByKey(undefined, city, key);
      if (!found) throw new Error('directory not seeded');
      org[name] = found.id;
    }
    await test.database.withSystem(async (tx) => {
      const at = new Date();
      for (const [name, applicantId, cityCode, orgId, status] of [
        ['a', a, '510100', org.cdGjj, 'closed'],
        ['aOpen', a, '510100', org.cdGjj, 'granted'],
        ['aSpare', a, '510100', org.cdGjj, 'closed'],
        ['b', b, '512000', org.zyGjj, 'closed'],
      ] as const) {
        const id = newId();
        caseIds[name] = id;
        await tx.insert(cases).values({
          id,
          caseNumber: `RLS-${name}-${id.slice(-6)}`,
          queryCode: 'Q',
          itemCode: '000125008000',
          implementationId: newId(),
          implementationVersion: 1,
          cityCode,
          decidingOrgId: orgId as string,
          receivingCityCode: cityCode,
          channel: 'online',
          applicantId,
          applicantKind: 'citizen',
          applicantName: '测试申请人',
          form: {},
          status,
          promisedDays: 5,
          submittedAt: at,
          updatedAt: at,
        });
      }
      await tx.insert(caseEvaluations).values(evaluation({ id: evalA, caseId: caseIds.a }));
      await tx.insert(caseEvaluations).values(
        evaluation({
          id: evalB,
          caseId: caseIds.b,
          raterId: b,
          grade: 5,
          comment: null,
          cityCode: '512000',
          orgId: org.zyGjj as string,
        }),
      );
      await tx.insert(rectificationTasks).values(task({ id: taskA }));
    });
  });
  afterAll(() => test.dispose());

  const ratingsSeenBy = async (actor: Actor | null) =>
    (
      await test.database.withActor(actor, (tx) =>
        tx.select({ id: caseEvaluations.id }).from(caseEvaluations).orderBy(caseEvaluations.cityCode),
      )
    ).map((r) => r.id);
  const tasksSeenBy = async (actor: Actor | null) =>
    (
      await test.database.withActor(actor, (tx) =>
        tx.select({ id: rectificationTasks.id }).from(rectificationTasks),
      )
    ).map((r) => r.id);

  it('shows a rating to its rater, the organisation that served, its city and the office only', async () => {
    expect(await ratingsSeenBy(citizen(a))).toEqual([evalA]);
    expect(await ratingsSeenBy(citizen(b))).toEqual([evalB]);
    expect(await ratingsSeenBy(citizen(newId()))).toEqual([]);
    expect(await ratingsSeenBy(null)).toEqual([]);
    expect(await ratingsSeenBy(staff(['case_officer'], '510100', [org.cdGjj as string]))).toEqual([evalA]);
    expect(await ratingsSeenBy(staff(['case_officer'], '512000', [org.zyGjj as string]))).toEqual([evalB]);
    // A window clerk of the Chengdu hall, a Chengdu officer of no department, a Meishan administrator.
    expect(await ratingsSeenBy(staff(['window_clerk'], '510100', [org.cdHall as string]))).toEqual([]);
    expect(await ratingsSeenBy(staff(['case_officer'], '510100', []))).toEqual([]);
    expect(await ratingsSeenBy(staff(['city_admin'], '511400', []))).toEqual([]);
    expect(await ratingsSeenBy(staff(['city_admin'], '510100', []))).toEqual([evalA]);
    expect(await ratingsSeenBy(staff(['coordination_office'], '510100', []))).toEqual([evalA, evalB]);
  });

  it('shows a task to its rater and to those who see its rating as staff', async () => {
    expect(await tasksSeenBy(citizen(a))).toEqual([taskA]);
    expect(await tasksSeenBy(citizen(b))).toEqual([]);
    expect(await tasksSeenBy(staff(['case_officer'], '510100', [org.cdGjj as string]))).toEqual([taskA]);
    expect(await tasksSeenBy(staff(['case_officer'], '512000', [org.zyGjj as string]))).toEqual([]);
    expect(await tasksSeenBy(staff(['city_admin'], '512000', []))).toEqual([]);
    expect(await tasksSeenBy(staff(['coordination_office'], '510100', []))).toEqual([taskA]);
  });

  it('lets a person rate only their own closed case, as the department and city that decided it', async () => {
    const attempts: [Actor | ReturnType<typeof staff>, Partial<typeof caseEvaluations.$inferInsert>][] = [
      // Someone else's case, in one's own name and in the applicant's.
      [citizen(b), { caseId: caseIds.aSpare, raterId: b }],
      [citizen(b), { caseId: caseIds.aSpare, raterId: a }],
      // One's own case before it is closed; or named with another city's department.
      [citizen(a), { caseId: caseIds.aOpen }],
      [citizen(a), { caseId: caseIds.aSpare, orgId: org.zyGjj as string, cityCode: '512000' }],
      // Staff do not rate; nor does anyone leave their own rating out of statistics.
      [staff(['case_officer'], '510100', [org.cdGjj as string]), { caseId: caseIds.aSpare }],
      [citizen(a), { caseId: caseIds.aSpare, excluded: true }],
      // A "visit" to a department instead of a service hall.
      [citizen(a), { visitOrgId: org.cdGjj, visitWindow: 'A01', visitDate: '2026-03-02', channel: 'window' }],
    ];
    for (const [actor, over] of attempts) {
      await expect(
        test.database.withActor(actor, (tx) => tx.insert(caseEvaluations).values(evaluation(over))),
      ).rejects.toSatisfy(isRowLevelSecurityViolation);
    }
    // A second rating of the same case is refused by the unique index, whoever's policy passes.
    await expect(
      test.database.withActor(citizen(a), (tx) =>
        tx.insert(caseEvaluations).values(evaluation({ caseId: caseIds.a, grade: 5 })),
      ),
    ).rejects.toSatisfy(isUniqueViolation);
    await test.database.withActor(citizen(a), (tx) =>
      tx.insert(caseEvaluations).values(
        evaluation({
          visitOrgId: org.cdHall,
          visitWindow: 'A01',
          visitDate: '2026-03-02',
          channel: 'window',
          orgId: org.cdHall as string,
          grade: 4,
        }),
      ),
    );
  });

  it('opens a task only with the rater’s own 差评, open and empty, or writes neither', async () => {
    const good = newId();
    await test.database.withActor(citizen(a), async (tx) => {
      await tx.insert(caseEvaluations).values(evaluation({ id: good, caseId: caseIds.aSpare, grade: 4 }));
    });
    for (const over of [
      { evaluationId: good },
      { evaluationId: evalB, orgId: org.zyGjj as string, cityCode: '512000' },
      { evaluationId: evalA, status: 'closed' as const },
    ]) {
      await expect(
        test.database.withActor(citizen(a), (tx) => tx.insert(rectificationTasks).values(task(over))),
      ).rejects.toSatisfy(isRowLevelSecurityViolation);
    }
    // A rating and a task that fails its policy, in one transaction: neither is stored.
    const [spare] = await test.database.withSystem((tx) =>
      tx
        .insert(cases)
        .values({
          id: newId(),
          caseNumber: `RLS-tx-${newId().slice(-6)}`,
          queryCode: 'Q',
          itemCode: '000125008000',
          implementationId: newId(),
          implementationVersion: 1,
          cityCode: '510100',
          decidingOrgId: org.cdGjj as string,
          receivingCityCode: '510100',
          channel: 'online',
          applicantId: a,
          applicantKind: 'citizen',
          applicantName: '测试申请人',
          form: {},
          status: 'closed',
          promisedDays: 5,
          submittedAt: new Date(),
          updatedAt: new Date(),
        })
        .returning({ id: cases.id }),
    );
    const halfWritten = newId();
    await expect(
      test.database.withActor(citizen(a), async (tx) => {
        await tx.insert(caseEvaluations).values(evaluation({ id: halfWritten, caseId: spare?.id }));
        await tx.insert(rectificationTasks).values(task({ evaluationId: halfWritten, status: 'responded' }));
      }),
    ).rejects.toSatisfy(isRowLevelSecurityViolation);
    const left = await test.database.withSystem((tx) =>
      tx.select().from(caseEvaluations).where(eq(caseEvaluations.id, halfWritten)),
    );
    expect(left).toEqual([]);
  });

  it('lets the department answer and appeal, and only the office decide', async () => {
    const change = (actor: Actor, status: (typeof rectificationTasks.$inferInsert)['status']) =>
      test.database.withActor(actor, (tx) =>
        tx
          .update(rectificationTasks)
          .set({ status, updatedAt: new Date() })
          .where(eq(rectificationTasks.id, taskA))
          .returning({ id: rectificationTasks.id }),
      );
    const chengdu = staff(['case_officer'], '510100', [org.cdGjj as string]);
    const office = staff(['coordination_office'], '510100', []);
    expect(await change(staff(['case_officer'], '512000', [org.zyGjj as string]), 'responded')).toEqual([]);
    expect(await change(staff(['city_admin'], '510100', []), 'responded')).toEqual([]);
    expect(await change(citizen(a), 'closed')).toEqual([]);
    // The office has nothing to decide while no appeal is pending.
    expect(await change(office, 'appeal_upheld')).toEqual([]);
    await expect(change(chengdu, 'appeal_upheld')).rejects.toSatisfy(isRowLevelSecurityViolation);
    expect(await change(chengdu, 'appealed')).toEqual([{ id: taskA }]);
    // Appealed, the task is out of the department's hands until the office decides.
    expect(await change(chengdu, 'responded')).toEqual([]);
    await expect(change(office, 'responded')).rejects.toSatisfy(isRowLevelSecurityViolation);
    expect(await change(office, 'appeal_rejected')).toEqual([{ id: taskA }]);
    expect(await change(chengdu, 'responded')).toEqual([{ id: taskA }]);
    expect(await change(chengdu, 'closed')).toEqual([{ id: taskA }]);
    expect(await change(chengdu, 'responded')).toEqual([]);
  });

  it('lets only the office leave a rating out of statistics, and nobody change what was rated', async () => {
    const exclude = (actor: Actor) =>
      test.database.withActor(actor, (tx) =>
        tx
          .update(caseEvaluations)
          .set({ excluded: true })
          .where(eq(caseEvaluations.id, evalA))
          .returning({ id: caseEvaluations.id }),
      );
    expect(await exclude(staff(['case_officer'], '510100', [org.cdGjj as string]))).toEqual([]);
    expect(await exclude(citizen(a))).toEqual([]);
    await expect(
      test.database.withActor(citizen(a), (tx) =>
        tx.update(caseEvaluations).set({ grade: 5 }).where(eq(caseEvaluations.id, evalA)),
      ),
    ).rejects.toSatisfy(isPermissionDenied);
    expect(await exclude(staff(['coordination_office'], '510100', []))).toEqual([{ id: evalA }]);
  });
});
