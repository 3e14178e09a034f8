import type { Actor } from '../../platform/actor.js';
import type { Tx } from '../../platform/db/database.js';
import type {
  CaseLight,
  CaseStatusName,
  WorklistCounts,
  WorklistQuery,
} from '../../../contracts/cases.contract.js';
import { caseStatusSchema } from '../../../contracts/cases.contract.js';
import type { DirectoryModule } from '../directory/index.js';
import { isClockRunning } from './case-lifecycle.js';
import { lightRange, type LightDates } from './case-lights.js';
import { caseStaffErrors } from './case-staff.errors.js';
import type {
  CaseRow,
  CasesRepository,
  StatusCounts,
  WorklistCursor,
  WorklistScope,
} from './cases.repository.js';

type Order = WorklistCursor['order'];

export function encodeWorklistCursor(row: CaseRow, order: Order): string {
  const key = order === 'due' ? row.dueDate : row.submittedAt.toISOString();
  return Buffer.from(JSON.stringify([order === 'due' ? 'd' : 's', key, row.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A cursor of the same list order, or a 400: a cursor is opaque and never crafted by hand. */
export function decodeWorklistCursor(cursor: string | undefined, order: Order): WorklistCursor | null {
  if (!cursor) return null;
  try {
    const [kind, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof id !== 'string' || !UUID.test(id) || typeof key !== 'string') throw new Error('bad cursor');
    if (kind === 'd' && order === 'due' && /^\d{4}-\d{2}-\d{2}$/.test(key))
      return { order: 'due', dueDate: key, id };
    const submittedAt = new Date(key);
    if (kind === 's' && order === 'submitted' && !Number.isNaN(submittedAt.getTime()))
      return { order: 'submitted', submittedAt, id };
  } catch {
    // fall through
  }
  throw caseStaffErrors.cursorInvalid();
}

export interface WorklistPage {
  rows: CaseRow[];
  nextCursor: string | null;
  counts: WorklistCounts | null;
  order: Order;
}

const RUNNING_LIGHTS: CaseLight[] = ['green', 'yellow', 'red'];

/** How a worklist counts its cases by status, and by light within each status. */
type Counting = (tx: Tx, scope: WorklistScope, dates: LightDates) => Promise<StatusCounts>;

/** A light that cannot hold a case of that status: nothing to look up. */
function contradicts(status: CaseStatusName | undefined, light: CaseLight | undefined): boolean {
  if (!status || !light) return false;
  return RUNNING_LIGHTS.includes(light) !== isClockRunning(status);
}

function emptyCounts(): WorklistCounts {
  return {
    total: 0,
    byStatus: Object.fromEntries(caseStatusSchema.options.map((s) => [s, 0])) as WorklistCounts['byStatus'],
    byLight: { green: 0, yellow: 0, red: 0, none: 0 },
  };
}

/**
 * The staff worklists: the department's (cases routed to it) and the window's (cases its hall
 * received), with the filters as index-friendly predicates, keyset pages and counts.
 */
export function createWorklist({
  repository,
  directory,
}: {
  repository: CasesRepository;
  directory: Pick<DirectoryModule, 'findOrganisation'>;
}) {
  async function counts(
    tx: Tx,
    scope: WorklistScope,
    dates: LightDates,
    counting: Counting,
  ): Promise<WorklistCounts> {
    const result = emptyCounts();
    for (const [status, n] of await counting(tx, scope, dates)) {
      result.byStatus[status] = n.cases;
      result.total += n.cases;
      // Lights under the status filter too: how many of the accepted cases are overdue, say.
      if (scope.status && scope.status !== status) continue;
      result.byLight.red += n.red;
      result.byLight.yellow += n.yellow;
      result.byLight.green += n.green;
      result.byLight.none += n.cases - n.red - n.yellow - n.green;
    }
    return result;
  }

  async function list(
    tx: Tx,
    scope: WorklistScope,
    query: WorklistQuery,
    dates: LightDates,
    counting: Counting,
  ): Promise<WorklistPage> {
    // Lights of running cases read best by due date, most urgent first; everything else newest first.
    const order: Order = query.light && query.light !== 'none' ? 'due' : 'submitted';
    const cursor = decodeWorklistCursor(query.cursor, order);
    const first = !query.cursor;
    if (scope.orgIds.length === 0 || contradicts(query.status, query.light)) {
      return { rows: [], nextCursor: null, counts: first ? emptyCounts() : null, order };
    }
    const filtered: WorklistScope = {
      ...scope,
      ...(query.light ? { light: lightRange(query.light, dates) } : {}),
    };
    const rows = await repository.listWorklist(tx, filtered, order, cursor);
    const visible = rows.slice(0, repository.pageSize);
    const last = visible[visible.length - 1];
    return {
      rows: visible,
      nextCursor: rows.length > repository.pageSize && last ? encodeWorklistCursor(last, order) : null,
      counts: first ? await counts(tx, scope, dates, counting) : null,
      order,
    };
  }

  function filters(query: WorklistQuery) {
    return {
      status: query.status,
      itemCode: query.itemCode,
      receivingCityCode: query.receivingCityCode,
      cityCode: query.cityCode,
    };
  }

  return {
    /** Cases routed to the officer's departments; a deciding-city filter keeps that city's departments. */
    async department(tx: Tx, actor: Actor, query: WorklistQuery, dates: LightDates): Promise<WorklistPage> {
      let orgIds = actor.orgIds;
      if (query.cityCode) {
        const inCity: string[] = [];
        for (const id of orgIds)
          if ((await directory.findOrganisation(tx, id))?.cityCode === query.cityCode) inCity.push(id);
        orgIds = inCity;
      }
      // From the maintained counts: a department may hold hundreds of thousands of cases, and
      // counting them under row-level security costs microseconds each.
      return list(tx, { side: 'deciding', orgIds, ...filters(query) }, query, dates, (t, sc, d) =>
        repository.countDepartment(t, sc, d),
      );
    },

    /** Cases the clerk's halls received at their windows. */
    async window(tx: Tx, actor: Actor, query: WorklistQuery, dates: LightDates): Promise<WorklistPage> {
      // Counted on the hall's own rows: what one hall received at its windows stays modest.
      return list(
        tx,
        { side: 'receiving', orgIds: actor.orgIds, ...filters(query) },
        query,
        dates,
        (t, sc, d) => repository.countCases(t, sc, d),
      );
    },
  };
}

export type CaseWorklist = ReturnType<typeof createWorklist>;
