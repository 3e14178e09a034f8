import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { isBadGrade } from '../../../contracts/evaluations.contract.js';
import type { CalendarModule } from '../calendar/index.js';
import { toShanghaiDate } from '../calendar/index.js';
import type { DirectoryModule } from '../directory/index.js';
import type { IdentityModule } from '../identity/index.js';
import type { EvaluationsRepository } from './evaluations.repository.js';
import { RECTIFICATION_WORKING_DAYS } from './evaluations.service.js';

const DAY_MS = 86_400_000;

/** Window visits rated by the demo citizens, so the statistics and the 整改任务 page have data. */
const demoVisits = [
  {
    idNumber: '510104199003071237',
    cityCode: '510100',
    window: 'A01',
    daysAgo: 12,
    grade: 5,
    scores: [5, 5, 5, 5, 4],
    comment: '窗口工作人员一次性讲清了公积金转移需要的材料，十分钟就办完了。',
  },
  {
    idNumber: '512002198506122314',
    cityCode: '512000',
    window: 'A02',
    daysAgo: 9,
    grade: 4,
    scores: [4, 4, 5, 4, 4],
    comment: '排队时间稍长，但办理很顺利。',
  },
  {
    idNumber: '512002198506122314',
    cityCode: '511400',
    window: 'A01',
    daysAgo: 6,
    grade: 3,
    scores: [3, 3, 4, 3, 3],
    comment: null,
  },
  {
    idNumber: '512002198506122314',
    cityCode: '510600',
    window: 'B01',
    daysAgo: 2,
    grade: 2,
    scores: [2, 1, 3, 2, 3],
    comment: '帮办代办窗口中午无人值守，等了四十分钟才有人受理，希望安排错时轮岗。',
  },
] as const;

/**
 * Loads the demo ratings once; the 差评 among them comes with its open task. No notice is queued:
 * demo data should not fill inboxes (or the outbox that tests count) at every start.
 */
export async function seedDemoEvaluations(deps: {
  database: Database;
  repository: EvaluationsRepository;
  directory: Pick<DirectoryModule, 'findOrganisationByKey'>;
  identity: Pick<IdentityModule, 'findCitizenByIdNumber'>;
  calendar: Pick<CalendarModule, 'dueDate'>;
  now?: () => Date;
}): Promise<void> {
  const { database, repository, directory, identity, calendar } = deps;
  const now = deps.now ?? (() => new Date());
  if (await database.withSystem((tx) => repository.hasAnyEvaluation(tx))) return;
  // Read before the seeding transaction: each lookup runs in a transaction of its own.
  const raters = new Map<string, Awaited<ReturnType<typeof identity.findCitizenByIdNumber>>>();
  for (const visit of demoVisits)
    if (!raters.has(visit.idNumber))
      raters.set(visit.idNumber, await identity.findCitizenByIdNumber(visit.idNumber));

  await database.withSystem(async (tx) => {
    for (const visit of demoVisits) {
      const rater = raters.get(visit.idNumber);
      const hall = await directory.findOrganisationByKey(tx, visit.cityCode, 'zwfw');
      if (!rater || rater.kind === 'staff' || !hall) continue;
      const at = new Date(now().getTime() - visit.daysAgo * DAY_MS);
      const [overall, efficiency, guideAccuracy, convenience, usability] = visit.scores;
      const id = newId();
      await repository.insertEvaluation(tx, {
        id,
        visitOrgId: hall.id,
        visitWindow: visit.window,
        visitDate: toShanghaiDate(at),
        raterId: rater.accountId,
        raterKind: rater.kind,
        raterName: rater.displayName,
        raterMobile: rater.mobile,
        grade: visit.grade,
        scoreOverall: overall,
        scoreEfficiency: efficiency,
        scoreGuideAccuracy: guideAccuracy,
        scoreConvenience: convenience,
        scoreUsability: usability,
        comment: visit.comment,
        channel: 'window',
        cityCode: hall.cityCode,
        orgId: hall.id,
        excluded: false,
        createdAt: at,
      });
      if (!isBadGrade(visit.grade)) continue;
      const due = await calendar.dueDate(tx, { start: at, days: RECTIFICATION_WORKING_DAYS });
      await repository.insertTask(tx, {
        id: newId(),
        evaluationId: id,
        orgId: hall.id,
        cityCode: hall.cityCode,
        status: 'open',
        dueDate: due.dueDate,
        createdAt: at,
        updatedAt: at,
      });
    }
  });
}
