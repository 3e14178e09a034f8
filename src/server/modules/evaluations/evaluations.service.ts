import type { Actor } from '../../platform/actor.js';
import type { Database, Executor, Tx } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import { runIdempotent, type IdempotencyClaim } from '../../platform/http/idempotency.js';
import { enqueueEvent } from '../../platform/jobs/index.js';
import {
  isBadGrade,
  type CaseEvaluationState,
  type EvaluationInput,
  type EvaluationList,
  type EvaluationView,
} from '../../../contracts/evaluations.contract.js';
import type { CalendarModule } from '../calendar/index.js';
import { toShanghaiDate } from '../calendar/index.js';
import type { DirectoryModule } from '../directory/index.js';
import type { IdentityModule } from '../identity/index.js';
import type { CaseRatingFacts } from '../cases/index.js';
import { evaluationsErrors } from './evaluations.errors.js';
import { canRate, relationTo } from './evaluations.policy.js';
import type { EvaluationsPresenter } from './evaluations.presenter.js';
import { isUniqueViolation, type EvaluationsRepository } from './evaluations.repository.js';
import { decodeCursor, encodeCursor } from './keyset-cursor.js';
import { RECTIFICATION_EVENT } from './rectification-event.js';

/** 国办发〔2019〕51号: a 差评 is verified and put right within 15 working days. */
export const RECTIFICATION_WORKING_DAYS = 15;
/** How far back a window visit may still be rated. */
const VISIT_RATING_DAYS = 30;

export interface EvaluationsDeps {
  database: Database;
  repository: EvaluationsRepository;
  presenter: EvaluationsPresenter;
  cases: { findCaseRatingFacts(tx: Executor, caseId: string): Promise<CaseRatingFacts | null> };
  directory: Pick<DirectoryModule, 'findOrganisation'>;
  identity: Pick<IdentityModule, 'findApplicantProfile'>;
  calendar: Pick<CalendarModule, 'dueDate'>;
  now: () => Date;
}

/** 'YYYY-MM-DD' minus n days. */
function daysBefore(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - n * 86_400_000).toISOString().slice(0, 10);
}

/** Who and what a rating is about, settled before anything is written. */
interface Subject {
  caseId: string | null;
  caseNumber: string | null;
  itemCode: string | null;
  visitOrgId: string | null;
  visitWindow: string | null;
  visitDate: string | null;
  orgId: string;
  cityCode: string;
  channel: 'online' | 'window';
}

/** Rating a case or a window visit once, and reading ratings as the rater or the staff concerned. */
export function createEvaluationsService(deps: EvaluationsDeps) {
  const { database, repository, presenter, cases, directory, identity, calendar, now } = deps;

  async function caseSubject(tx: Tx, actor: Actor, caseId: string): Promise<Subject> {
    const facts = await cases.findCaseRatingFacts(tx, caseId);
    // Row-level security shows a citizen only their own cases: anyone else's is "not found".
    if (!facts || facts.applicantId !== actor.userId) throw evaluationsErrors.caseNotFound();
    if (facts.status !== 'closed') throw evaluationsErrors.caseNotClosed();
    if (await repository.findEvaluationOfCase(tx, caseId)) throw evaluationsErrors.alreadyRated();
    return {
      caseId: facts.id,
      caseNumber: facts.caseNumber,
      itemCode: facts.itemCode,
      visitOrgId: null,
      visitWindow: null,
      visitDate: null,
      orgId: facts.decidingOrgId,
      cityCode: facts.cityCode,
      channel: facts.channel,
    };
  }

  async function visitSubject(
    tx: Tx,
    actor: Actor,
    visit: { hallId: string; window: string; date: string },
  ): Promise<Subject> {
    const hall = await directory.findOrganisation(tx, visit.hallId);
    if (!hall || hall.kind !== 'service_hall') throw evaluationsErrors.hallNotFound();
    const today = toShanghaiDate(now());
    if (visit.date > today || visit.date < daysBefore(today, VISIT_RATING_DAYS)) {
      throw evaluationsErrors.visitDateInvalid({
        fieldErrors: [{ field: 'body.visit.date', code: 'evaluations.visit_date_out_of_range' }],
      });
    }
    const window = visit.window.toUpperCase();
    const existing = await repository.findVisitEvaluation(tx, {
      raterId: actor.userId,
      orgId: hall.id,
      window,
      date: visit.date,
    });
    if (existing) throw evaluationsErrors.alreadyRated();
    return {
      caseId: null,
      caseNumber: null,
      itemCode: null,
      visitOrgId: hall.id,
      visitWindow: window,
      visitDate: visit.date,
      orgId: hall.id,
      cityCode: hall.cityCode,
      channel: 'window',
    };
  }

  /** Writes the rating and, for a 差评, its rectification task and the department's notice. */
  async function fileRating(tx: Tx, actor: Actor, parsed: EvaluationInput): Promise<EvaluationView> {
    const profile = await identity.findApplicantProfile(tx, actor.userId);
    if (!profile || profile.kind === 'staff') throw evaluationsErrors.onlyRaters();
    const subject = parsed.caseId
      ? await caseSubject(tx, actor, parsed.caseId)
      : parsed.visit
        ? await visitSubject(tx, actor, parsed.visit)
        : null;
    if (!subject) throw evaluationsErrors.notFound();
    const at = now();
    const id = newId();
    try {
      await repository.insertEvaluation(tx, {
        id,
        ...subject,
        raterId: actor.userId,
        raterKind: profile.kind,
        raterName: profile.displayName,
        raterMobile: profile.mobile,
        grade: parsed.grade,
        scoreOverall: parsed.indicators.overall,
        scoreEfficiency: parsed.indicators.efficiency,
        scoreGuideAccuracy: parsed.indicators.guideAccuracy,
        scoreConvenience: parsed.indicators.convenience,
        scoreUsability: parsed.indicators.usability,
        comment: parsed.comment || null,
        excluded: false,
        createdAt: at,
      });
    } catch (error) {
      // Two ratings of the same case racing: the unique index lets one through.
      if (isUniqueViolation(error)) throw evaluationsErrors.alreadyRated();
      throw error;
    }
    if (isBadGrade(parsed.grade)) {
      const due = await calendar.dueDate(tx, { start: at, days: RECTIFICATION_WORKING_DAYS });
      const taskId = newId();
      await repository.insertTask(tx, {
        id: taskId,
        evaluationId: id,
        orgId: subject.orgId,
        cityCode: subject.cityCode,
        status: 'open',
        dueDate: due.dueDate,
        createdAt: at,
        updatedAt: at,
      });
      await enqueueEvent(tx, { type: RECTIFICATION_EVENT, payload: { taskId, type: 'opened' } });
    }
    const row = await repository.findEvaluation(tx, id);
    if (!row) throw evaluationsErrors.notFound();
    return presenter.evaluationView(
      presenter.namer(tx),
      row,
      'rater',
      await repository.findTaskOfEvaluation(tx, id),
    );
  }

  return {
    /** 好差评: the person served rates a closed case or a window visit, once; requires an Idempotency-Key. */
    async rate({
      actor,
      request,
      claim,
    }: {
      actor: Actor;
      request: EvaluationInput;
      claim: IdempotencyClaim;
    }): Promise<{ view: EvaluationView; replayed: boolean }> {
      if (!canRate(actor)) throw evaluationsErrors.onlyRaters();
      return database.withActor(actor, async (tx) => {
        const outcome = await runIdempotent(tx, { accountId: actor.userId, claim }, async () => ({
          status: 201,
          body: await fileRating(tx, actor, request),
        }));
        return { view: outcome.body, replayed: outcome.replayed };
      });
    },

    /** A rating the actor may see; anything else is "not found", whether it exists or not. */
    async getEvaluation({ actor, id }: { actor: Actor; id: string }): Promise<EvaluationView> {
      return database.withActor(actor, async (tx) => {
        const row = await repository.findEvaluation(tx, id);
        const relation = row && relationTo(actor, row);
        if (!row || !relation) throw evaluationsErrors.notFound();
        return presenter.evaluationView(
          presenter.namer(tx),
          row,
          relation,
          await repository.findTaskOfEvaluation(tx, row.id),
        );
      });
    },

    async listMine({ actor, cursor }: { actor: Actor; cursor?: string }): Promise<EvaluationList> {
      if (!canRate(actor)) throw platformErrors.forbidden();
      const after = decodeCursor(cursor);
      return database.withActor(actor, async (tx) => {
        const rows = await repository.listByRater(tx, actor.userId, after);
        const visible = rows.slice(0, repository.pageSize);
        const names = presenter.namer(tx);
        const items: EvaluationView[] = [];
        for (const row of visible)
          items.push(
            await presenter.evaluationView(
              names,
              row,
              'rater',
              await repository.findTaskOfEvaluation(tx, row.id),
            ),
          );
        const last = visible.at(-1);
        return { items, nextCursor: rows.length > repository.pageSize && last ? encodeCursor(last) : null };
      });
    },

    /**
     * The rating of a case as the viewer may see it, and whether they may rate it now: only its
     * applicant, once it is closed, and once. A case the viewer cannot see is "not found".
     */
    async caseState({ actor, caseId }: { actor: Actor; caseId: string }): Promise<CaseEvaluationState> {
      return database.withActor(actor, async (tx) => {
        const facts = await cases.findCaseRatingFacts(tx, caseId);
        if (!facts) throw evaluationsErrors.caseNotFound();
        const row = await repository.findEvaluationOfCase(tx, caseId);
        const relation = row && relationTo(actor, row);
        const task = row && relation ? await repository.findTaskOfEvaluation(tx, row.id) : null;
        return {
          rateable: !row && canRate(actor) && facts.applicantId === actor.userId && facts.status === 'closed',
          evaluation:
            row && relation ? await presenter.evaluationView(presenter.namer(tx), row, relation, task) : null,
          rectificationId: task && relation && relation !== 'rater' ? task.id : null,
        };
      });
    },
  };
}

export type EvaluationsService = ReturnType<typeof createEvaluationsService>;
