import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { queryRows } from '../../platform/db/database.js';
import type { CalendarModule } from '../calendar/index.js';
// The 补正 pause rule lives with the case engine; a past case's due date follows it too.
import { supplementPauses } from '../cases/index.js';

/** A step of a past case's history, as its officer or applicant took it. */
export type HistoryAction =
  | 'accept'
  | 'not_accept'
  | 'request_supplement'
  | 'supplement'
  | 'begin_review'
  | 'grant'
  | 'refuse'
  | 'deliver'
  | 'close'
  | 'withdraw';

export interface HistoricalApplicant {
  id: string;
  kind: 'citizen' | 'enterprise';
  /** The person's name, or the enterprise's. */
  name: string;
  /** The person's ID number, or the legal representative's. */
  idNumber: string;
  creditCode: string | null;
}

export interface HistoricalCase {
  itemCode: string;
  implementationId: string;
  implementationVersion: number;
  promisedDays: number;
  /** The deciding city and department. */
  cityCode: string;
  casePrefix: string;
  decidingOrgId: string;
  channel: 'online' | 'window';
  receivingCityCode: string;
  /** The hall whose window received it; required for the window channel. */
  receivingOrgId: string | null;
  applicant: HistoricalApplicant;
  form: Record<string, string | number>;
  submittedAt: Date;
  steps: { action: HistoryAction; at: Date; note?: string }[];
  /** Who acted for the department (and, for a window case, at the hall), named on the events. */
  officerId: string;
}

const DECISIONS = new Set(['granted', 'refused', 'not_accepted']);

const nextStatusOf: Record<Exclude<HistoryAction, 'supplement'>, string> = {
  accept: 'accepted',
  not_accept: 'not_accepted',
  request_supplement: 'supplement_requested',
  begin_review: 'under_review',
  grant: 'granted',
  refuse: 'refused',
  deliver: 'delivered',
  close: 'closed',
  withdraw: 'withdrawn',
};

const APPLICANT_ACTIONS = new Set<HistoryAction>(['supplement', 'withdraw']);

const QUERY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const queryCode = () =>
  Array.from({ length: 8 }, () => QUERY_ALPHABET[randomInt(QUERY_ALPHABET.length)]).join('');

/** The year in Asia/Shanghai, as case numbers count it. */
const businessYear = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();

interface EventRow {
  type: string;
  fromStatus: string | null;
  toStatus: string;
  createdAt: Date;
  byApplicant: boolean;
  note: string | null;
}

/** The case's status, dates and events after its steps, as the lifecycle would have left them. */
function replay(c: HistoricalCase) {
  const events: EventRow[] = [
    {
      type: 'submitted',
      fromStatus: null,
      toStatus: 'submitted',
      createdAt: c.submittedAt,
      byApplicant: c.channel === 'online',
      note: null,
    },
  ];
  let status = 'submitted';
  let resumeTo = 'submitted';
  let acceptedAt: Date | null = null;
  let decidedAt: Date | null = null;
  let decisionReason: string | null = null;
  let deliveryMethod: 'online' | 'window' | null = null;
  for (const step of c.steps) {
    const to = step.action === 'supplement' ? resumeTo : nextStatusOf[step.action];
    if (step.action === 'request_supplement') resumeTo = status;
    if (to === 'accepted' && !acceptedAt) acceptedAt = step.at;
    if (DECISIONS.has(to)) {
      decidedAt = step.at;
      decisionReason = step.note ?? null;
    }
    // A window case's result waits at the hall that received it; an online one is sent online.
    if (step.action === 'deliver') deliveryMethod = c.channel === 'window' ? 'window' : 'online';
    events.push({
      type: step.action,
      fromStatus: status,
      toStatus: to,
      createdAt: step.at,
      byApplicant: APPLICANT_ACTIONS.has(step.action),
      note: step.note ?? null,
    });
    status = to;
  }
  return { events, status, acceptedAt, decidedAt, decisionReason, deliveryMethod };
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Writes cases that happened before, with their whole history, as the schema owner: the rows the
 * case engine would have written had it been there, numbered by the same counters and with the
 * due date its rule gives. updated_at is the time of writing, so whatever follows changes (the
 * statistics) sees them as new. For the demo history and for tests that need cases spread over time;
 * no notice is sent to anyone. Returns the new cases' ids in the order given.
 */
export async function writeHistoricalCases(
  tx: Tx,
  calendar: Pick<CalendarModule, 'dueDate'>,
  list: HistoricalCase[],
): Promise<string[]> {
  // Case numbers: one bump of each (city, year) counter for all its cases, in time order.
  const order = list.map((c, index) => ({ c, index })).sort((a, b) => +a.c.submittedAt - +b.c.submittedAt);
  const numbers = new Map<number, string>();
  const groups = new Map<string, typeof order>();
  for (const entry of order) {
    const key = `${entry.c.cityCode}/${businessYear(entry.c.submittedAt)}`;
    const group = groups.get(key) ?? [];
    if (!group.length) groups.set(key, group);
    group.push(entry);
  }
  for (const [key, group] of groups) {
    const [cityCode, year] = key.split('/') as [string, string];
    const [counter] = await queryRows<{ last: number }>(
      tx,
      sql`insert into case_number_counters (city_code, year, last_value) values (${cityCode}, ${Number(year)}, ${group.length})
          on conflict (city_code, year) do update set last_value = case_number_counters.last_value + ${group.length}
          returning last_value as last`,
    );
    const first = Number(counter?.last ?? group.length) - group.length + 1;
    group.forEach(({ c, index }, i) => {
      numbers.set(index, `${c.casePrefix}-${year}-${String(first + i).padStart(6, '0')}`);
    });
  }

  const ids: string[] = [];
  const caseRows: SqlRow[] = [];
  const eventRows: SqlRow[] = [];
  for (const [index, c] of list.entries()) {
    const id = newId();
    ids.push(id);
    const r = replay(c);
    const last = r.events[r.events.length - 1]?.createdAt ?? c.submittedAt;
    const dueDate = r.acceptedAt
      ? (
          await calendar.dueDate(tx, {
            start: r.acceptedAt,
            days: c.promisedDays,
            pauses: supplementPauses(r.events, last).pauses,
          })
        ).dueDate
      : null;
    caseRows.push(
      sql`(${id}, ${numbers.get(index) ?? ''}, ${queryCode()}, ${c.itemCode}, ${c.implementationId},
        ${c.implementationVersion}, ${c.cityCode}, ${c.decidingOrgId}, ${c.receivingCityCode},
        ${c.receivingOrgId}::uuid, ${c.channel}, ${c.applicant.id}, ${c.applicant.kind}, ${c.applicant.name},
        ${c.applicant.idNumber}, ${c.applicant.creditCode},
        ${c.channel === 'window' ? c.submittedAt.toISOString() : null}::timestamptz,
        ${JSON.stringify(c.form)}::jsonb, ${r.status}, ${r.decisionReason}, ${c.promisedDays}, ${dueDate}::date,
        ${c.submittedAt.toISOString()}::timestamptz, ${r.acceptedAt?.toISOString() ?? null}::timestamptz,
        ${r.decidedAt?.toISOString() ?? null}::timestamptz, ${r.deliveryMethod}, now())`,
    );
    for (const [seq, e] of r.events.entries()) {
      const atWindow = seq === 0 && c.channel === 'window';
      const role = e.byApplicant ? c.applicant.kind : atWindow ? 'window_clerk' : 'case_officer';
      eventRows.push(
        sql`(${id}, ${seq + 1}, ${c.cityCode}, ${e.type}, ${e.fromStatus}, ${e.toStatus},
          ${e.byApplicant ? c.applicant.id : c.officerId}, ${role},
          ${e.byApplicant ? null : atWindow ? c.receivingCityCode : c.cityCode},
          ${e.byApplicant ? null : atWindow ? c.receivingOrgId : c.decidingOrgId}::uuid,
          ${atWindow ? 'window' : 'online'}, ${e.note}, ${e.createdAt.toISOString()}::timestamptz)`,
      );
    }
  }
  for (const rows of chunks(caseRows, 100))
    await tx.execute(sql`
      insert into cases (id, case_number, query_code, item_code, implementation_id, implementation_version,
        city_code, deciding_org_id, receiving_city_code, receiving_org_id, channel, applicant_id,
        applicant_kind, applicant_name, applicant_id_number, applicant_credit_code, consent_recorded_at, form,
        status, decision_reason, promised_days, due_date, submitted_at, accepted_at, decided_at,
        delivery_method, updated_at)
      values ${sql.join(rows, sql`, `)}`);
  for (const rows of chunks(eventRows, 200))
    await tx.execute(sql`
      insert into case_events (case_id, seq, city_code, type, from_status, to_status, actor_id, actor_role,
        actor_city_code, actor_org_id, channel, note, created_at)
      values ${sql.join(rows, sql`, `)}`);
  return ids;
}

type SqlRow = ReturnType<typeof sql>;
