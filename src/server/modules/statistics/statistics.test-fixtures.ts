import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Tx } from '../../platform/db/database.js';
import type { CalendarModule } from '../calendar/index.js';
import { histogramMedian } from './days-histogram.js';
import { writeHistoricalCases, type HistoricalCase, type HistoryAction } from './history-writer.js';

export const CD = '510100';
export const DY = '510600';
export const MS = '511400';
export const ZY = '512000';

/** An instant from an Asia/Shanghai wall-clock time. */
export function shanghai(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export interface Implementation {
  id: string;
  itemCode: string;
  cityCode: string;
  orgId: string;
  version: number;
  promisedDays: number;
  instant: boolean;
}

/** The published implementations, and the halls and case prefixes of the four cities. */
export async function loadReferences(database: Database) {
  return database.withSystem(async (tx) => {
    const implementations = await queryRows<Implementation>(
      tx,
      sql`select id, item_code as "itemCode", city_code as "cityCode", org_id as "orgId", version,
                 promised_days as "promisedDays", instant
            from item_implementations where status = 'published' order by item_code, city_code`,
    );
    const halls = await queryRows<{ id: string; cityCode: string }>(
      tx,
      sql`select id, city_code as "cityCode" from organisations where kind = 'service_hall'`,
    );
    const prefixes = await queryRows<{ code: string; prefix: string }>(
      tx,
      sql`select code, case_prefix as prefix from cities`,
    );
    return {
      implementations,
      hallOf: (city: string) => halls.find((h) => h.cityCode === city)?.id ?? '',
      prefixOf: (city: string) => prefixes.find((p) => p.code === city)?.prefix ?? '',
    };
  });
}

type References = Awaited<ReturnType<typeof loadReferences>>;

let applicantSerial = 0;

/** A past case of the item in the deciding city, received online or at a hall's window. */
export function pastCase(
  refs: References,
  spec: {
    item: 'regular' | 'instant' | 'other';
    city: string;
    receivedAt?: string;
    submittedAt: Date;
    steps: [HistoryAction, Date][];
  },
): HistoricalCase {
  // Fixed items, so the scenario's promised limits are known: 7, 10, 10 and 8 working days for
  // the regular item in Chengdu, Deyang, Meishan and Ziyang; decided at once for the instant one.
  const code = { regular: '000125011000', other: '000141004000', instant: '000105031000' }[spec.item];
  const pick =
    refs.implementations.find((i) => i.cityCode === spec.city && i.itemCode === code) ??
    (spec.item === 'instant'
      ? refs.implementations.find((i) => i.cityCode === spec.city && i.instant)
      : undefined);
  if (!pick) throw new Error(`no ${spec.item} implementation in ${spec.city}`);
  applicantSerial += 1;
  return {
    itemCode: pick.itemCode,
    implementationId: pick.id,
    implementationVersion: pick.version,
    promisedDays: pick.promisedDays,
    cityCode: spec.city,
    casePrefix: refs.prefixOf(spec.city),
    decidingOrgId: pick.orgId,
    channel: spec.receivedAt ? 'window' : 'online',
    receivingCityCode: spec.receivedAt ?? spec.city,
    receivingOrgId: spec.receivedAt ? refs.hallOf(spec.receivedAt) : null,
    applicant: {
      id: `00000000-0000-4000-8000-${String(applicantSerial).padStart(12, '0')}`,
      kind: 'citizen',
      name: '测试申请人',
      idNumber: '11010519491231002X',
      creditCode: null,
    },
    form: {},
    submittedAt: spec.submittedAt,
    steps: spec.steps.map(([action, at]) => ({ action, at })),
    officerId: '00000000-0000-4000-8000-ffffffffffff',
  };
}

/**
 * Cases across the four cities, both channels and several city pairs, from September to November
 * 2025 (国庆 and its 调休 included): decided on time and late, with 补正 before acceptance (no
 * pause) and during review (a pause), twice in one case, same-day decisions, one not accepted,
 * withdrawals, one still open, and submissions just either side of midnight in Asia/Shanghai.
 */
export function scenario(refs: References): HistoricalCase[] {
  const d = shanghai;
  return [
    pastCase(refs, {
      item: 'regular',
      city: CD,
      submittedAt: d('2025-09-01', '09:00'),
      steps: [
        ['accept', d('2025-09-02')],
        ['grant', d('2025-09-05')],
        ['deliver', d('2025-09-05', '15:00')],
        ['close', d('2025-09-08')],
      ],
    }),
    // Received in Deyang for Chengdu, decided long after its due date.
    pastCase(refs, {
      item: 'regular',
      city: CD,
      receivedAt: DY,
      submittedAt: d('2025-09-03'),
      steps: [
        ['accept', d('2025-09-04')],
        ['begin_review', d('2025-09-05')],
        ['grant', d('2025-10-20')],
      ],
    }),
    // 补正 during review: the pause keeps a decision on time that would otherwise be late.
    pastCase(refs, {
      item: 'regular',
      city: DY,
      submittedAt: d('2025-09-10', '08:30'),
      steps: [
        ['accept', d('2025-09-10', '11:00')],
        ['request_supplement', d('2025-09-12')],
        ['supplement', d('2025-09-22')],
        ['begin_review', d('2025-09-23')],
        ['grant', d('2025-09-26')],
      ],
    }),
    // 补正 before acceptance: the clock had not started, nothing is paused.
    pastCase(refs, {
      item: 'regular',
      city: DY,
      submittedAt: d('2025-09-15'),
      steps: [
        ['request_supplement', d('2025-09-15', '15:00')],
        ['supplement', d('2025-09-18', '09:00')],
        ['accept', d('2025-09-18', '10:00')],
        ['grant', d('2025-09-19')],
      ],
    }),
    // 即办 at a Ziyang window for Meishan: decided within the hour.
    pastCase(refs, {
      item: 'instant',
      city: MS,
      receivedAt: ZY,
      submittedAt: d('2025-09-16', '10:00'),
      steps: [
        ['accept', d('2025-09-16', '10:05')],
        ['grant', d('2025-09-16', '10:30')],
      ],
    }),
    // Filed just before midnight on 30 September; decided after the National Day holiday.
    pastCase(refs, {
      item: 'instant',
      city: MS,
      submittedAt: d('2025-09-30', '23:30'),
      steps: [
        ['accept', d('2025-10-09', '09:00')],
        ['grant', d('2025-10-09', '09:10')],
      ],
    }),
    pastCase(refs, {
      item: 'regular',
      city: ZY,
      submittedAt: d('2025-10-09'),
      steps: [['not_accept', d('2025-10-10')]],
    }),
    pastCase(refs, {
      item: 'other',
      city: ZY,
      submittedAt: d('2025-10-10'),
      steps: [['withdraw', d('2025-10-11')]],
    }),
    // Still under review.
    pastCase(refs, {
      item: 'other',
      city: CD,
      submittedAt: d('2025-10-13'),
      steps: [
        ['accept', d('2025-10-14')],
        ['begin_review', d('2025-10-15')],
      ],
    }),
    // Received in Meishan for Chengdu and refused.
    pastCase(refs, {
      item: 'other',
      city: CD,
      receivedAt: MS,
      submittedAt: d('2025-10-20'),
      steps: [
        ['accept', d('2025-10-21')],
        ['refuse', d('2025-10-24')],
      ],
    }),
    // 1 November 01:00 in Shanghai is still 31 October in UTC.
    pastCase(refs, {
      item: 'regular',
      city: DY,
      receivedAt: DY,
      submittedAt: d('2025-11-01', '01:00'),
      steps: [
        ['accept', d('2025-11-03')],
        ['grant', d('2025-11-04')],
      ],
    }),
    pastCase(refs, {
      item: 'instant',
      city: ZY,
      receivedAt: CD,
      submittedAt: d('2025-11-05', '14:00'),
      steps: [
        ['accept', d('2025-11-05', '14:02')],
        ['grant', d('2025-11-05', '14:20')],
      ],
    }),
    // 补正 during review, then withdrawn while it was awaited.
    pastCase(refs, {
      item: 'regular',
      city: MS,
      submittedAt: d('2025-11-06'),
      steps: [
        ['accept', d('2025-11-07')],
        ['request_supplement', d('2025-11-10')],
        ['withdraw', d('2025-11-12')],
      ],
    }),
    // Two 补正 pauses in one case.
    pastCase(refs, {
      item: 'regular',
      city: CD,
      submittedAt: d('2025-11-10'),
      steps: [
        ['accept', d('2025-11-10', '11:00')],
        ['request_supplement', d('2025-11-11')],
        ['supplement', d('2025-11-14')],
        ['request_supplement', d('2025-11-17')],
        ['supplement', d('2025-11-19')],
        ['grant', d('2025-11-28')],
      ],
    }),
    // Two more Chengdu decisions in November, so a median falls between two values.
    pastCase(refs, {
      item: 'regular',
      city: CD,
      submittedAt: d('2025-11-03'),
      steps: [
        ['accept', d('2025-11-03')],
        ['grant', d('2025-11-05')],
      ],
    }),
    pastCase(refs, {
      item: 'regular',
      city: CD,
      submittedAt: d('2025-11-03', '16:00'),
      steps: [
        ['accept', d('2025-11-04')],
        ['grant', d('2025-11-11')],
      ],
    }),
  ];
}

export async function writeScenario(
  database: Database,
  calendar: Pick<CalendarModule, 'dueDate'>,
  cases: HistoricalCase[],
): Promise<string[]> {
  return database.withSystem((tx) => writeHistoricalCases(tx, calendar, cases));
}

/** A Shanghai calendar date of a timestamptz column, without relying on time zone names. */
const day = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/**
 * The statistics computed straight from cases, case_events, calendar_days and case_evaluations in
 * SQL alone, independently of the refresh: what the rollup rows must say.
 */
function oracleSql(groupBy: [column: string, alias: string][]) {
  const keys = groupBy.map(([c]) => c).join(', ');
  const selected = groupBy.map(([c, a]) => `${c} as "${a}"`).join(', ');
  return sql.raw(`
    with base as materialized (
      select c.id, c.city_code, c.receiving_city_code, c.channel, c.item_code, c.deciding_org_id, c.due_date,
             c.decided_at is not null as decided,
             ${day('c.submitted_at')} as s_day, ${day('c.decided_at')} as d_day, ${day('c.accepted_at')} as a_day,
             (select e.to_status from case_events e where e.case_id = c.id
                and e.to_status in ('granted', 'refused', 'not_accepted') order by e.seq desc limit 1) as outcome,
             (select ${day('v.created_at')} from case_evaluations v where v.case_id = c.id and not v.excluded) as r_day,
             (select v.grade >= 4 from case_evaluations v where v.case_id = c.id and not v.excluded) as satisfied
        from cases c
    ),
    pauses as materialized (
      select r.case_id, ${day('r.created_at')} as p_from, ${day('x.created_at')} as p_to
        from case_events r
        join lateral (select e.created_at from case_events e where e.case_id = r.case_id and e.seq > r.seq
                        and e.type in ('supplement', 'withdraw') order by e.seq limit 1) x on true
       where r.type = 'request_supplement' and r.from_status in ('accepted', 'under_review')
    ),
    wd as materialized (
      select b.id, (
        select count(*)::int from generate_series((b.a_day + 1)::timestamp, b.d_day::timestamp, interval '1 day') g(day)
         where ((extract(isodow from g.day) < 6
                 and not exists (select 1 from calendar_days h where h.date = g.day::date and h.kind = 'holiday'))
                or exists (select 1 from calendar_days m where m.date = g.day::date and m.kind = 'makeup_workday'))
           and not exists (select 1 from pauses p where p.case_id = b.id and g.day::date >= p.p_from and g.day::date < p.p_to)
      ) as working_days
      from base b where b.decided and b.a_day is not null
    ),
    sides as (
      select 's' as side, date_trunc('month', b.s_day)::date as month, b.*, null::int as working_days from base b
      union all
      select 'd', date_trunc('month', b.d_day)::date, b.*, wd.working_days from base b left join wd on wd.id = b.id where b.decided
      union all
      select 'r', date_trunc('month', b.r_day)::date, b.*, null from base b where b.r_day is not null
    )
    select to_char(month, 'YYYY-MM') as month, ${selected},
      count(*) filter (where side = 's')::int as submitted,
      count(*) filter (where side = 's' and channel = 'online')::int as "submittedOnline",
      count(*) filter (where side = 's' and receiving_city_code <> city_code)::int as "submittedOffSite",
      count(*) filter (where side = 'd')::int as decided,
      count(*) filter (where side = 'd' and outcome = 'granted')::int as granted,
      count(*) filter (where side = 'd' and outcome = 'refused')::int as refused,
      count(*) filter (where side = 'd' and outcome = 'not_accepted')::int as "notAccepted",
      count(*) filter (where side = 'd' and d_day = s_day)::int as "decidedSameDay",
      count(*) filter (where side = 'd' and due_date is not null)::int as "withDeadline",
      count(*) filter (where side = 'd' and d_day <= due_date)::int as "decidedOnTime",
      (percentile_cont(0.5) within group (order by working_days) filter (where side = 'd' and working_days is not null))::float8 as median,
      count(*) filter (where side = 'r')::int as rated,
      count(*) filter (where side = 'r' and satisfied)::int as satisfied
    from sides group by month, ${keys} order by month, ${keys}`);
}

export interface OracleRow {
  month: string;
  submitted: number;
  submittedOnline: number;
  submittedOffSite: number;
  decided: number;
  granted: number;
  refused: number;
  notAccepted: number;
  decidedSameDay: number;
  withDeadline: number;
  decidedOnTime: number;
  median: number | null;
  rated: number;
  satisfied: number;
  [key: string]: unknown;
}

const ROLLUP_COUNTS = `submitted, submitted_online as "submittedOnline", submitted_off_site as "submittedOffSite",
  decided, granted, refused, not_accepted as "notAccepted", decided_same_day as "decidedSameDay",
  with_deadline as "withDeadline", decided_on_time as "decidedOnTime", days_histogram as "daysHistogram",
  rated, satisfied`;

/** Oracle and rollup side by side, in one order, each row with its median. */
export async function compareMonthly(tx: Tx) {
  await withoutJit(tx);
  const expected = await queryRows<OracleRow>(
    tx,
    oracleSql([
      ['city_code', 'cityCode'],
      ['receiving_city_code', 'receivingCityCode'],
      ['channel', 'channel'],
    ]),
  );
  const actual = await queryRows<OracleRow & { daysHistogram: number[] }>(
    tx,
    sql.raw(`select to_char(month, 'YYYY-MM') as month, city_code as "cityCode",
      receiving_city_code as "receivingCityCode", channel, ${ROLLUP_COUNTS}
      from case_stats_monthly order by month, city_code, receiving_city_code, channel`),
  );
  return { expected: expected.map(normalise), actual: actual.map(fromRollup) };
}

export async function compareItems(tx: Tx) {
  await withoutJit(tx);
  const expected = await queryRows<OracleRow>(
    tx,
    oracleSql([
      ['city_code', 'cityCode'],
      ['deciding_org_id', 'decidingOrgId'],
      ['item_code', 'itemCode'],
    ]),
  );
  const actual = await queryRows<OracleRow & { daysHistogram: number[] }>(
    tx,
    sql.raw(`select to_char(month, 'YYYY-MM') as month, city_code as "cityCode",
      deciding_org_id as "decidingOrgId", item_code as "itemCode", ${ROLLUP_COUNTS}
      from case_stats_item_monthly order by month, city_code, deciding_org_id, item_code`),
  );
  return { expected: expected.map(normalise), actual: actual.map(fromRollup) };
}

/** The oracle's estimated cost would have PostgreSQL compile it first, which takes seconds. */
async function withoutJit(tx: Tx) {
  const [setting] = await queryRows<{ present: boolean }>(
    tx,
    sql`select exists (select 1 from pg_settings where name = 'jit') as present`,
  );
  if (setting?.present) await tx.execute(sql`set local jit = off`);
}

function normalise(row: OracleRow): OracleRow {
  return { ...row, median: row.median === null ? null : Number(row.median) };
}

function fromRollup({ daysHistogram, ...row }: OracleRow & { daysHistogram: number[] }): OracleRow {
  return { ...row, median: histogramMedian(daysHistogram.map(Number)) };
}
