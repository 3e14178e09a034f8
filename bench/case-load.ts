import { sql } from 'drizzle-orm';
import type { Database, Db } from '../src/server/platform/db/database.js';
import { queryRows } from '../src/server/platform/db/database.js';
import { seedItems } from '../src/server/modules/catalog/seed/all-items.js';

/**
 * Loads `count` cases of two years across the four cities in set-based SQL (INSERT … SELECT …
 * FROM generate_series) as the schema owner, with the applicants, officers and clerks they
 * name, every event of their history, the case-number counters where the load left them, and
 * statistics for the planner. Run after the demo data (directory, catalogue, demo accounts).
 *
 * The shape follows a city cluster's caseload: 成都 takes about two thirds; housing-fund, social
 * security, ID card and medical-insurance items lead, so 成都住房公积金管理中心 is the busiest
 * department; a quarter of citizens' applications come in at a window, a third of those at a
 * hall of another city (异地代收); older cases are finished (granted, refused, not accepted or
 * withdrawn, some after a 补正), recent ones are at every stage of the lifecycle.
 */

/** Relative popularity of seed items; other seed items weigh 1. */
const ITEM_WEIGHTS: Record<string, number> = {
  '000125006000': 14, // 住房公积金个人账户提取
  '000125008000': 12, // 住房公积金异地转移接续
  '000141007000': 10, // 异地就医备案
  '000117031000': 8, // 社会保障卡申领
  '000105011000': 8, // 居民身份证换领
  '000117032000': 5, // 社会保障卡挂失与补换
  '000105015000': 5, // 居住证申领
  '000117015000': 5, // 城镇职工基本养老保险关系转移接续
  '000125011000': 4, // 异地购房住房公积金贷款
  '000105012000': 4, // 居民身份证异地补领
  '000136004000': 4, // 个体工商户设立登记
  '000141004000': 4, // 基本医疗保险关系转移接续
  '000121003000': 4, // 不动产转移登记
  '000147005000': 4, // 个人所得税纳税记录开具
  '000125001000': 2, // 住房公积金单位缴存登记
};

/** Deciding cities by share of cases (cumulative upper bounds of a uniform draw). */
const CITY_SHARES: [string, number][] = [
  ['510100', 0.68],
  ['510600', 0.8],
  ['511400', 0.91],
  ['512000', 1],
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文',
  '华',
  '红',
  '玉兰',
  '晓梅',
  '志强',
  '思远',
  '雨涵',
  '子轩',
  '浩然',
  '欣怡',
  '梓涵',
  '宇航',
  '佳怡',
  '俊杰',
  '诗涵',
  '建国',
  '丽华',
  '海燕',
  '春梅',
  '德明',
  '天佑',
];
const FIRM_WORDS = [
  '天府',
  '锦城',
  '蜀都',
  '龙泉',
  '金沙',
  '青城',
  '岷江',
  '沱江',
  '东坡',
  '雁江',
  '三星堆',
  '彭祖',
];
const FIRM_TRADES = [
  '科技',
  '商贸',
  '建筑工程',
  '餐饮管理',
  '物流',
  '文化传媒',
  '农业开发',
  '医药',
  '电子',
  '食品',
  '家政服务',
  '机械制造',
];
/** Districts (GB/T 2260) the generated ID numbers are registered in. */
const HOME_DISTRICTS = [
  '510104',
  '510105',
  '510106',
  '510107',
  '510108',
  '510112',
  '510603',
  '510681',
  '511402',
  '511421',
  '512002',
  '512021',
];

/**
 * Lifecycle paths: the actions of a case from submission to its end, and the status each leaves.
 * A case stops somewhere along its path when it is recent; 'close' becomes 'hand_over' for a
 * result collected at the window that received the application (收受分离).
 */
const PATHS: { share: number; types: string[]; statuses: string[] }[] = [
  {
    share: 0.62,
    types: ['submitted', 'accept', 'begin_review', 'grant', 'deliver', 'close'],
    statuses: ['submitted', 'accepted', 'under_review', 'granted', 'delivered', 'closed'],
  },
  {
    share: 0.07,
    types: [
      'submitted',
      'request_supplement',
      'supplement',
      'accept',
      'begin_review',
      'grant',
      'deliver',
      'close',
    ],
    statuses: [
      'submitted',
      'supplement_requested',
      'submitted',
      'accepted',
      'under_review',
      'granted',
      'delivered',
      'closed',
    ],
  },
  {
    share: 0.06,
    types: [
      'submitted',
      'accept',
      'begin_review',
      'request_supplement',
      'supplement',
      'grant',
      'deliver',
      'close',
    ],
    statuses: [
      'submitted',
      'accepted',
      'under_review',
      'supplement_requested',
      'under_review',
      'granted',
      'delivered',
      'closed',
    ],
  },
  {
    share: 0.08,
    types: ['submitted', 'accept', 'begin_review', 'refuse', 'deliver', 'close'],
    statuses: ['submitted', 'accepted', 'under_review', 'refused', 'delivered', 'closed'],
  },
  {
    share: 0.07,
    types: ['submitted', 'not_accept', 'close'],
    statuses: ['submitted', 'not_accepted', 'closed'],
  },
  { share: 0.05, types: ['submitted', 'withdraw'], statuses: ['submitted', 'withdrawn'] },
  {
    share: 0.05,
    types: ['submitted', 'accept', 'withdraw'],
    statuses: ['submitted', 'accepted', 'withdrawn'],
  },
];

const REFUSAL_REASONS = [
  '申请人不符合异地转移接续条件：转出地账户已封存未满六个月',
  '经核查，申请材料与登记信息不一致',
  '申请事项不属于本机关职权范围，已告知向有权机关申请',
];
const NOT_ACCEPTED_REASONS = [
  '申请材料不齐全且逾期未补正',
  '同一事项已在其他窗口受理，请勿重复申请',
  '申请人未能提供有效身份证件',
];

/** Account ids of generated applicants: fixed-width numbers, so pgbench can pick one at random. */
export const CITIZEN_ID_PREFIX = '00000000-0000-4000-8000-';
export const ENTERPRISE_ID_PREFIX = '00000000-0000-4000-9000-';
/** n-th generated citizen (from 1); its id's last group is 100000000000 + n. */
export const citizenAccountId = (n: number) => `${CITIZEN_ID_PREFIX}${100_000_000_000 + n}`;

export interface LoadedCases {
  /** Cases in the database after the load, the demo data's included. */
  cases: number;
  loaded: number;
  events: number;
  citizens: number;
  enterprises: number;
  seconds: number;
}

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const textArray = (values: string[]) => `array[${values.map(literal).join(', ')}]::text[]`;

/** A step of the load: statements run once, or one statement run over consecutive ranges of cases. */
type LoadStep =
  | {
      label: string;
      sql: string;
      /** Rows made from rows of the same load: a superuser may skip their foreign-key checks. */
      generatedReferences?: true;
    }
  | { label: string; chunked: (lo: number, hi: number) => string };

export function loadSteps(count: number, citizens: number, enterprises: number): LoadStep[] {
  // The real seed items only: the catalogue the full run grows for search holds derived copies.
  const itemWeights = seedItems
    .map(({ code }) => `(${literal(code)}, ${ITEM_WEIGHTS[code] ?? 1})`)
    .join(', ');
  const cityCase = CITY_SHARES.map(([code, upTo]) => `when r_city < ${upTo} then ${literal(code)}`).join(' ');
  let cumulative = 0;
  const pathRows = PATHS.map((p, i) => {
    const lo = cumulative;
    cumulative += p.share;
    return `(${i + 1}, ${lo}, ${cumulative}, ${textArray(p.types)}, ${textArray(p.statuses)})`;
  }).join(',\n      ');
  const name = (n: string) =>
    `substr(${literal(SURNAMES)}, (1 + (${n} * 7) % ${[...SURNAMES].length})::int, 1) || (${textArray(GIVEN_NAMES)})[(1 + (${n} * 13) % ${GIVEN_NAMES.length})::int]`;
  const checkedId = (first17: string) =>
    `${first17} || substr('10X98765432', 1 + (select sum(substr(${first17}, k, 1)::int * (array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k]) from generate_series(1, 17) k)::int % 11, 1)`;
  const creditCode = (first17: string) =>
    `${first17} || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', 1 + (31 - (select sum(substr(${first17}, k, 1)::int * (array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28])[k]) from generate_series(1, 17) k)::int % 31) % 31, 1)`;
  const v7 = (at: string, seed: string) =>
    `(lpad(to_hex((extract(epoch from ${at}) * 1000)::bigint), 12, '0') || '7' || substr(md5(${seed}), 1, 3) || '8' || substr(md5(${seed}), 4, 15))::uuid`;

  return [
    {
      label: 'reference tables',
      sql: `
create temp table bench_item_weight as
  select i.code as item_code, w.weight
  from service_items i join (values ${itemWeights}) w(code, weight) on w.code = i.code
  where exists (select 1 from item_implementations m where m.item_code = i.code and m.status = 'published');
create temp table bench_item_slot as
  select s as slot, item_code from (
    select item_code, weight, sum(weight) over (order by item_code) - weight as lo from bench_item_weight
  ) c, generate_series(c.lo::int, (c.lo + c.weight - 1)::int) s;
create unique index on bench_item_slot (slot);
create temp table bench_path (id int primary key, lo float8, hi float8, types text[], statuses text[]);
insert into bench_path values
      ${pathRows};
-- A filled-in form per implementation: the first option of a list, plausible text and numbers.
create temp table bench_impl as
  select m.id, m.item_code, m.city_code, m.org_id, m.version, m.promised_days, m.delivery,
         m.off_site_city_codes as off_site, i.subject,
         coalesce((select jsonb_object_agg(f->>'key', case f->>'type'
              when 'select' then to_jsonb(f->'options'->0->>'value')
              when 'number' then to_jsonb(10)
              when 'date' then to_jsonb('2025-06-18'::text)
              when 'city' then to_jsonb('510100'::text)
              else to_jsonb(left(case
                when f->>'key' ilike '%phone%' or f->>'key' ilike '%contact%' then '13880001234'
                when f->>'key' ilike '%address%' or f->>'key' ilike '%location%' then '成都市武侯区人民南路四段12号'
                when f->>'key' ilike '%month%' then '2025-06'
                when f->>'key' ilike '%city%' or f->>'key' ilike '%region%' or f->>'key' ilike '%province%' then '重庆市'
                when f->>'key' ilike '%centre%' or f->>'key' ilike '%agency%' then '重庆市住房公积金管理中心'
                when f->>'key' ilike '%bank%' then '中国建设银行成都分行'
                when f->>'key' ilike '%employer%' or f->>'key' ilike '%company%' or f->>'key' ilike '%unit%' or f->>'key' ilike '%contractor%' then '四川天府同城科技有限公司'
                when f->>'key' ilike '%name%' or f->>'key' ilike '%manager%' or f->>'key' ilike '%clerk%' then '王晓梅'
                when f->>'key' = 'creditCode' then '91510100MA6CJ8K2XJ'
                else '详见所附材料'
              end, coalesce((f->>'maxLength')::int, 40))) end)
            from jsonb_array_elements(m.form) f where (f->>'required')::boolean), '{}'::jsonb) as form
  from item_implementations m join service_items i on i.code = m.item_code
  where m.status = 'published';
create unique index on bench_impl (item_code, city_code);
create temp table bench_hall as
  select o.city_code, o.id as org_id, o.name from organisations o where o.kind = 'service_hall';`,
    },
    {
      label: 'officers and clerks',
      sql: `
-- One case officer per department and one window clerk per hall, named like the demo accounts
-- (cd.gjj.officer, dy.zwfw.clerk), which are kept where they exist.
insert into accounts (id, kind, display_name, username, password_hash, created_at, password_changed_at)
  select gen_random_uuid(), 'staff', ${name('row_number() over (order by o.id)')},
         lower(c.case_prefix) || '.' || o.key || case when o.kind = 'service_hall' then '.clerk' else '.officer' end,
         (select password_hash from accounts where username = 'sysadmin'), now(), now()
  from organisations o join cities c on c.code = o.city_code
  where o.kind in ('department', 'service_hall')
  on conflict do nothing;
create temp table bench_staff as
  select o.id as org_id, o.city_code, o.name as org_name, a.id as account_id, a.display_name,
         case when o.kind = 'service_hall' then 'window_clerk' else 'case_officer' end as role
  from organisations o join cities c on c.code = o.city_code
  join accounts a on a.username = lower(c.case_prefix) || '.' || o.key || case when o.kind = 'service_hall' then '.clerk' else '.officer' end
  where o.kind in ('department', 'service_hall');
create unique index on bench_staff (org_id);
insert into staff_role_grants (id, account_id, role, city_code, org_id, created_at)
  select gen_random_uuid(), s.account_id, s.role, s.city_code, s.org_id, now()
  from bench_staff s
  where not exists (select 1 from staff_role_grants g where g.account_id = s.account_id);`,
    },
    {
      label: `${citizens.toLocaleString('en')} citizens and ${enterprises.toLocaleString('en')} enterprises`,
      sql: `
create temp table bench_applicant as
  select 'citizen'::text as kind, n,
         (${literal(CITIZEN_ID_PREFIX)} || (100000000000 + n))::uuid as id,
         ${name('n')} as display_name,
         ${checkedId(`(${textArray(HOME_DISTRICTS)})[1 + (n / 20000) % ${HOME_DISTRICTS.length}] || to_char(date '1950-01-01' + (n % 20000), 'YYYYMMDD') || (600 + (n / ${20000 * HOME_DISTRICTS.length}) % 400)::text`)} as id_number,
         null::text as credit_code, null::text as legal_representative,
         '1' || (array['39','38','37','36','35','58','59','88','87','86'])[1 + n % 10] || lpad((n / 10)::text, 8, '0') as mobile
  from generate_series(1, ${citizens}) n
  union all
  select 'enterprise', n,
         (${literal(ENTERPRISE_ID_PREFIX)} || (100000000000 + n))::uuid,
         (array['成都','德阳','眉山','资阳'])[1 + n % 4] || (${textArray(FIRM_WORDS)})[1 + (n / 4) % ${FIRM_WORDS.length}]
           || (${textArray(FIRM_TRADES)})[1 + (n / ${4 * FIRM_WORDS.length}) % ${FIRM_TRADES.length}] || '有限公司'
           || case when n > ${4 * FIRM_WORDS.length * FIRM_TRADES.length} then '（' || (n / ${4 * FIRM_WORDS.length * FIRM_TRADES.length})::text || '）' else '' end,
         ${checkedId(`'510104' || to_char(date '1960-01-01' + (n % 15000), 'YYYYMMDD') || (100 + n % 400)::text`)},
         ${creditCode(`'91' || (array['510100','510600','511400','512000'])[1 + n % 4] || lpad(n::text, 9, '0')`)},
         ${name('n + 17')},
         '1' || (array['39','38','37','36','35'])[1 + n % 5] || lpad((n % 100000000)::text, 8, '0')
  from generate_series(1, ${enterprises}) n;
create unique index on bench_applicant (kind, n);
insert into accounts (id, kind, display_name, id_number, credit_code, legal_representative, mobile,
                      password_hash, created_at, password_changed_at)
  select id, kind, display_name, id_number, credit_code, legal_representative, mobile,
         (select password_hash from accounts where username = 'sysadmin'),
         now() - interval '800 days', now() - interval '800 days'
  from bench_applicant order by id;`,
    },
    {
      label: `${count.toLocaleString('en')} cases (staging)`,
      sql: `
create temp table bench_case as
with draw as (
  select n, random() as r_city, random() as r_item, random() as r_kind, random() as r_who, random() as r_chan,
         random() as r_off, random() as r_day, random() as r_time, random() as r_path, random() as r_prog,
         random() as r_span, random() as r_deliv
  from generate_series(1, ${count}) n
), placed as (
  select d.*, case ${cityCase} end as city_code, s.item_code,
         floor(730 * power(d.r_day, 1.3))::int as days_ago
  from draw d join bench_item_slot s on s.slot = floor(d.r_item * (select sum(weight) from bench_item_weight))::int
), applied as (
  select p.*, m.id as impl_id, m.version as impl_version, m.org_id, m.promised_days, m.delivery, m.off_site, m.form,
         case when m.subject = 'legal_person' or (m.subject = 'both' and p.r_kind < 0.2) then 'enterprise' else 'citizen' end as applicant_kind
  from placed p join bench_impl m on m.item_code = p.item_code and m.city_code = p.city_code
), channelled as (
  select a.*,
         case when a.applicant_kind = 'citizen' and a.r_chan < 0.25 then 'window' else 'online' end as channel,
         1 + floor(power(a.r_who, 1.5) * case when a.applicant_kind = 'citizen' then ${citizens} else ${enterprises} end)::int as applicant_n
  from applied a
), timed as (
  select c.*,
         case when c.channel = 'window' and c.r_off < 0.33 and cardinality(c.off_site) > 0
              then c.off_site[1 + floor(c.r_off / 0.33 * cardinality(c.off_site))::int] else c.city_code end as receiving_city_code,
         least(
           ((now() at time zone 'Asia/Shanghai')::date - c.days_ago
             + case when c.channel = 'window' then time '09:00' + c.r_time * interval '8 hours'
                    else time '07:00' + c.r_time * interval '16 hours' end) at time zone 'Asia/Shanghai',
           now() - (1 + c.r_time * 7200) * interval '1 second') as submitted_at
  from channelled c
), pathed as (
  select t.*, p.id as path_id, p.types, p.statuses, cardinality(p.types) as path_length,
         t.promised_days * 1.4 + 3 as expected_days
  from timed t join bench_path p on t.r_path >= p.lo and t.r_path < p.hi
), progressed as (
  select p.*,
         case when p.days_ago >= 45 then p.path_length
              else greatest(1, least(p.path_length, ceil(p.path_length * (p.days_ago + p.r_prog) / p.expected_days)::int)) end as steps
  from pathed p
)
select g.n, ${v7('g.submitted_at', "g.n::text || 'case'")} as id,
       g.city_code, g.item_code, g.impl_id, g.impl_version, g.org_id, g.promised_days, g.form,
       g.applicant_kind, g.applicant_n, g.channel, g.receiving_city_code,
       case when g.channel = 'window' then h.org_id end as receiving_org_id,
       g.submitted_at, g.path_id, g.types, g.statuses, g.steps, g.statuses[g.steps] as status,
       -- The last event: spread over the expected handling time, never later than now.
       least(g.submitted_at + (g.expected_days * (0.5 + g.r_span)) * (g.steps - 1)::float8 / greatest(g.path_length - 1, 1) * interval '1 day',
             now() - interval '1 minute') as last_at,
       case when 'deliver' = any(g.types) then
            case when g.channel = 'window' and g.r_deliv < 0.6 then 'window'
                 else g.delivery[1 + floor(g.r_deliv * cardinality(g.delivery))::int] end end as planned_delivery
from progressed g
left join bench_hall h on h.city_code = g.receiving_city_code;`,
    },
    {
      label: 'cases (numbering)',
      sql: `
create temp table bench_case_final as
select numbered.*, row_number() over (order by submitted_at, n) as ord from (
  select d.*, row_number() over (partition by d.city_code, d.year order by d.submitted_at, d.n) as number_in_year
  from (
    select b.*,
           case when array_position(b.types, 'accept') <= b.steps
                then b.submitted_at + (b.last_at - b.submitted_at) * ((array_position(b.types, 'accept') - 1)::float8 / greatest(b.steps - 1, 1)) end as accepted_at,
           (select b.submitted_at + (b.last_at - b.submitted_at) * ((i - 1)::float8 / greatest(b.steps - 1, 1))
              from generate_series(1, b.steps) i where b.types[i] in ('grant', 'refuse', 'not_accept') limit 1) as decided_at,
           case when array_position(b.types, 'deliver') <= b.steps then b.planned_delivery end as delivery_method,
           extract(year from b.submitted_at at time zone 'Asia/Shanghai')::int as year
    from bench_case b
  ) d
) numbered
-- Stored in submission order, so inserts reading it append to the time-ordered indexes.
order by submitted_at, n;
create unique index on bench_case_final (ord);`,
    },
    {
      label: 'cases',
      chunked: (lo: number, hi: number) => `
insert into cases (id, case_number, query_code, item_code, implementation_id, implementation_version, city_code,
                   deciding_org_id, receiving_city_code, receiving_org_id, channel, applicant_id, applicant_kind,
                   applicant_name, applicant_id_number, applicant_credit_code, applicant_mobile, consent_recorded_at,
                   form, status, decision_reason, promised_days, due_date, submitted_at, accepted_at, decided_at,
                   delivery_method, tracking_number, updated_at)
select f.id,
       c.case_prefix || '-' || f.year || '-' || lpad((f.number_in_year + coalesce(k.last_value, 0))::text, 6, '0'),
       translate(upper(substr(md5(f.n::text || 'query'), 1, 8)), '01', 'XY'),
       f.item_code, f.impl_id, f.impl_version, f.city_code, f.org_id, f.receiving_city_code, f.receiving_org_id, f.channel,
       a.id, f.applicant_kind, a.display_name, a.id_number, a.credit_code, a.mobile,
       case when f.channel = 'window' then f.submitted_at end,
       f.form, f.status,
       case when f.status in ('refused') or (f.status in ('delivered', 'closed') and 'refuse' = any(f.types))
              then (${textArray(REFUSAL_REASONS)})[1 + f.n % ${REFUSAL_REASONS.length}]
            when 'not_accept' = any(f.types[1:f.steps])
              then (${textArray(NOT_ACCEPTED_REASONS)})[1 + f.n % ${NOT_ACCEPTED_REASONS.length}] end,
       f.promised_days,
       case when f.accepted_at is not null then (f.accepted_at at time zone 'Asia/Shanghai')::date + ceil(f.promised_days * 7 / 5.0)::int end,
       f.submitted_at, f.accepted_at, f.decided_at, f.delivery_method,
       case when f.delivery_method = 'post' then 'EA' || lpad((f.n % 1000000000)::text, 9, '0') || 'CN' end,
       f.last_at
from bench_case_final f
join cities c on c.code = f.city_code
join bench_applicant a on a.kind = f.applicant_kind and a.n = f.applicant_n
-- Numbers continue after those the demo data handed out.
left join case_number_counters k on k.city_code = f.city_code and k.year = f.year
where f.ord between ${lo} and ${hi}
order by f.ord`,
    },
    {
      label: 'case events',
      generatedReferences: true,
      sql: `
insert into case_events (case_id, seq, city_code, type, from_status, to_status, actor_id, actor_role,
                         actor_city_code, actor_org_id, channel, note, details, created_at)
select f.id, e.i, f.city_code, e.type,
       case when e.i > 1 then f.statuses[e.i - 1] end, f.statuses[e.i],
       case when e.by = 'applicant' then a.id when e.by = 'clerk' then clerk.account_id else officer.account_id end,
       case when e.by = 'applicant' then f.applicant_kind when e.by = 'clerk' then 'window_clerk' else 'case_officer' end,
       case when e.by = 'clerk' then f.receiving_city_code when e.by = 'officer' then f.city_code end,
       case when e.by = 'clerk' then f.receiving_org_id when e.by = 'officer' then f.org_id end,
       case when e.by = 'clerk' then 'window' else 'online' end,
       case e.type when 'request_supplement' then '请补充提交清晰的材料扫描件后重新提交'
                   when 'refuse' then (${textArray(REFUSAL_REASONS)})[1 + f.n % ${REFUSAL_REASONS.length}]
                   when 'not_accept' then (${textArray(NOT_ACCEPTED_REASONS)})[1 + f.n % ${NOT_ACCEPTED_REASONS.length}] end,
       case e.type
         when 'submitted' then case when f.channel = 'window' then jsonb_build_object('hallName', clerk.org_name,
              'clerkName', clerk.display_name, 'precheck', jsonb_build_object('identityVerified', true, 'materialsChecked', true)) end
         when 'request_supplement' then jsonb_build_object('items', jsonb_build_array(
              jsonb_build_object('name', '居民身份证', 'requirement', '正反面扫描件，须清晰完整')))
         when 'deliver' then jsonb_strip_nulls(jsonb_build_object('method', f.delivery_method, 'trackingNumber',
              case when f.delivery_method = 'post' then 'EA' || lpad((f.n % 1000000000)::text, 9, '0') || 'CN' end))
         when 'hand_over' then jsonb_build_object('hallName', clerk.org_name, 'clerkName', clerk.display_name)
       end,
       f.submitted_at + (f.last_at - f.submitted_at) * ((e.i - 1)::float8 / greatest(f.steps - 1, 1))
from bench_case_final f
join bench_applicant a on a.kind = f.applicant_kind and a.n = f.applicant_n
join bench_staff officer on officer.org_id = f.org_id
left join bench_staff clerk on clerk.org_id = f.receiving_org_id
cross join lateral (
  select i, t.type,
         case when t.type in ('supplement', 'withdraw') or (t.type = 'submitted' and f.channel = 'online') then 'applicant'
              when t.type = 'hand_over' or (t.type = 'submitted' and f.channel = 'window') then 'clerk'
              else 'officer' end as by
  from generate_series(1, f.steps) i,
       lateral (select case when f.types[i] = 'close' and f.delivery_method = 'window' and f.channel = 'window'
                            then 'hand_over' else f.types[i] end as type) t
  offset 0 -- evaluated once per event, not once per reference below
) e;`,
    },
    {
      label: 'case-number counters',
      sql: `
insert into case_number_counters (city_code, year, last_value)
  select city_code, year, count(*) from bench_case_final group by city_code, year
  on conflict (city_code, year) do update set last_value = case_number_counters.last_value + excluded.last_value;
drop table bench_case_final, bench_case, bench_applicant, bench_staff, bench_impl, bench_hall, bench_path,
           bench_item_slot, bench_item_weight;`,
    },
  ];
}

/** Cases per INSERT of the load: each commits on its own, so row triggers never pile up versions. */
const CHUNK = 50_000;

/** Runs the load on one owner connection (its temporary tables live there) and analyzes. */
export async function loadCases(
  database: Database,
  { count, log }: { count: number; log: (line: string) => void },
): Promise<LoadedCases> {
  const started = Date.now();
  const citizens = Math.max(2_000, Math.round(count / 4));
  const enterprises = Math.max(200, Math.round(count / 40));
  const counts = await database.withOwnerConnection(async (db: Db) => {
    const run = (statement: string) => db.execute(sql.raw(statement));
    if (database.kind === 'postgres') {
      await run(`set temp_buffers = '1GB'`);
      await run(`set work_mem = '256MB'`);
      await run(`set maintenance_work_mem = '512MB'`);
      // A lost load is simply loaded again; the benchmark itself runs with the server's settings.
      await run(`set synchronous_commit = off`);
      await run(`set jit = off`);
    }
    await run(`select setseed(0.2026)`);
    // The events are generated with their cases, so a superuser skips their foreign-key checks
    // (replica mode). Cases are inserted in origin mode: their row triggers (the worklist counts)
    // keep what they keep, chunk by chunk, as in production.
    const [role] = await queryRows<{ superuser: boolean }>(
      db,
      sql`select rolsuper as superuser from pg_roles where rolname = current_user`,
    );
    const superuser = database.kind === 'postgres' && role?.superuser === true;
    // Indexes other than keys are built once after the load, which is several times faster than
    // maintaining a dozen of them row by row; their definitions are read back from the catalogue.
    const secondary = await queryRows<{ name: string; definition: string }>(
      db,
      sql`select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
          from pg_index i join pg_class t on t.oid = i.indrelid
          where t.relname in ('cases', 'case_events') and t.relnamespace = 'public'::regnamespace
            and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    );
    for (const index of secondary) await run(`drop index ${index.name}`);
    try {
      for (const step of loadSteps(count, citizens, enterprises)) {
        const at = Date.now();
        if ('chunked' in step) {
          for (let lo = 1; lo <= count; lo += CHUNK) await run(step.chunked(lo, lo + CHUNK - 1));
        } else {
          const replica = superuser && step.generatedReferences === true;
          if (replica) await run(`set session_replication_role = replica`);
          try {
            for (const statement of step.sql.split(/;\s*\n/).filter((s) => s.trim())) await run(statement);
          } finally {
            if (replica) await run(`set session_replication_role = origin`);
          }
        }
        log(`  ${step.label}: ${((Date.now() - at) / 1000).toFixed(1)} s`);
      }
    } finally {
      const at = Date.now();
      for (const index of secondary) await run(index.definition);
      log(
        `  ${secondary.length} indexes of cases and case_events: ${((Date.now() - at) / 1000).toFixed(1)} s`,
      );
    }
    const at = Date.now();
    // Old rows as production has them: hint bits set and all-visible, so reads do not write.
    await run(`vacuum (analyze) accounts, staff_role_grants, cases, case_events, case_number_counters`);
    await run(`analyze`);
    log(`  vacuum and analyze: ${((Date.now() - at) / 1000).toFixed(1)} s`);
    const [row] = await queryRows<{ cases: number; events: number }>(
      db,
      sql`select (select count(*)::int from cases) as cases, (select count(*)::int from case_events) as events`,
    );
    return row ?? { cases: 0, events: 0 };
  });
  return { ...counts, loaded: count, citizens, enterprises, seconds: (Date.now() - started) / 1000 };
}
