import type { Actor } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { translate, type Locale } from '../../platform/http/i18n.js';
import { runIdempotent, type IdempotencyClaim } from '../../platform/http/idempotency.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import type {
  BulkCaseActionRequest,
  BulkCaseActionResult,
  CaseActionRequest,
  CaseDetail,
  CaseStatusName,
} from '../../../contracts/cases.contract.js';
import { casesErrors } from './cases.errors.js';
import { canActInBulk } from './cases.policy.js';
import type { CaseRow, CasesRepository } from './cases.repository.js';

type Outcome = Omit<BulkCaseActionResult['results'][number], 'problem'> & {
  problem: { status: number; code: string } | null;
};

/** Department, item, receiving city, id: the key order of the counter rows a transition updates. */
function byCounterKey(a: CaseRow, b: CaseRow): number {
  const key = (r: CaseRow) => [r.decidingOrgId, r.itemCode, r.receivingCityCode, r.id];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i += 1) {
    const [p, q] = [x[i] as string, y[i] as string];
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/**
 * One action on many cases of the worklist (批量受理). Each case's transition runs in a savepoint
 * of its own, so it happens whole or not at all and one case's problem stops no other; the
 * request's Idempotency-Key and its answer commit with the lot.
 */
export function createCaseBulk({
  database,
  repository,
  takeAction,
}: {
  database: Database;
  repository: CasesRepository;
  takeAction: (input: {
    actor: Actor;
    caseId: string;
    request: CaseActionRequest;
    tx: Tx;
  }) => Promise<CaseDetail>;
}) {
  return {
    async actInBulk({
      actor,
      request,
      claim,
      locale,
    }: {
      actor: Actor;
      request: BulkCaseActionRequest;
      claim: IdempotencyClaim;
      locale: Locale;
    }): Promise<{ result: BulkCaseActionResult; replayed: boolean }> {
      if (!canActInBulk(actor)) throw platformErrors.forbidden();
      const outcome = await database.withActor(actor, (tx) =>
        runIdempotent(tx, { accountId: actor.userId, claim }, async () => {
          // Every row is locked before any changes, in id order, so two bulk requests over
          // overlapping cases wait for each other instead of deadlocking; the cases then go in
          // the counter rows' key order for the same reason.
          const locked = await repository.lockCases(tx, request.caseIds);
          const outcomes = new Map<string, Outcome>();
          for (const row of [...locked].sort(byCounterKey)) {
            try {
              const detail = await tx.transaction((savepoint) =>
                takeAction({ actor, caseId: row.id, request: { action: request.action }, tx: savepoint }),
              );
              outcomes.set(row.id, {
                caseId: row.id,
                ok: true,
                caseNumber: detail.caseNumber,
                status: detail.status,
                problem: null,
              });
            } catch (error) {
              if (!(error instanceof AppError)) throw error;
              outcomes.set(row.id, {
                caseId: row.id,
                ok: false,
                caseNumber: row.caseNumber,
                status: row.status as CaseStatusName,
                problem: { status: error.status, code: error.code },
              });
            }
          }
          // A case the officer may not change is reported as not found, whether it exists or not.
          const notFound = casesErrors.notFound();
          const results = request.caseIds.map(
            (id): Outcome =>
              outcomes.get(id) ?? {
                caseId: id,
                ok: false,
                caseNumber: null,
                status: null,
                problem: { status: notFound.status, code: notFound.code },
              },
          );
          return { status: 200, body: results };
        }),
      );
      // Titles in the caller's language, also when the answer is a replay.
      const results = outcome.body.map((r) => ({
        ...r,
        problem: r.problem && { ...r.problem, title: translate(r.problem.code, locale) ?? r.problem.code },
      }));
      return {
        result: {
          results,
          done: results.filter((r) => r.ok).length,
          failed: results.filter((r) => !r.ok).length,
        },
        replayed: outcome.replayed,
      };
    },
  };
}

export type CaseBulk = ReturnType<typeof createCaseBulk>;
