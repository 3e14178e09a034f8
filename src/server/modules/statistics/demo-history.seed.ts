import { sql } from 'drizzle-orm';
import { creditCodeCheckChar, idNumberCheckChar } from '../../../contracts/china-ids.js';
import { queryRows, type Database, type Tx } from '../../platform/db/database.js';
import type { CalendarModule } from '../calendar/index.js';
import type { CatalogEntry, CatalogModule } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import { writeHistoricalCases, type HistoricalCase, type HistoryAction } from './history-writer.js';

/**
 * The demo's past six months of cases (办件), so the statistics have something to show: a few
 * hundred applications across the four cities, their items and both channels, each taken to its
 * end (granted, refused, not accepted or withdrawn). The applicants are synthetic people and firms
 * made here — names drawn from common characters, ID numbers and credit codes with valid check
 * digits — and have no accounts. Departments and service halls where a demo staff account works
 * get no history, so the demo journeys of the README start from empty worklists.
 */
export const DEMO_HISTORY_SIZE = 420;

/** The synthetic applicants' ids; the first one also marks the history as loaded. */
const applicantId = (n: number) => `0000d300-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** Recorded as the acting officer on the history's events: the department's staff of the time. */
const HISTORY_OFFICER_ID = '0000d301-0000-4000-8000-000000000000';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程';
const GIVEN = '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鑫浩宇欣怡子涵梓轩雨婷俊峰';
const FIRM_WORDS = ['锦城', '蜀川', '天府', '沱江', '岷江', '青衣', '三星', '东坡', '雁江', '龙泉'];
const TRADES = ['商贸', '餐饮管理', '建筑劳务', '信息技术', '农业开发', '物流', '文化传播', '医药'];
/** County-level divisions (GB/T 2260) of the four cities, for the synthetic ID numbers. */
const DISTRICTS = [
  '510104',
  '510105',
  '510107',
  '510112',
  '510603',
  '510623',
  '511402',
  '511421',
  '512002',
  '512021',
];
const WINDOW_HOURS = [9, 10, 11, 14, 15, 16];

/** A small deterministic generator, so every demo database gets the same history. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof generator>;

function syntheticPerson(random: Random, n: number) {
  const name =
    random.pick([...SURNAMES]) +
    random.pick([...GIVEN]) +
    (random.chance(0.6) ? random.pick([...GIVEN]) : '');
  const birth = `${random.int(1960, 2003)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${random.pick(DISTRICTS)}${birth}${String(n % 1000).padStart(3, '0')}`;
  return { name, idNumber: first17 + idNumberCheckChar(first17) };
}

function syntheticFirm(random: Random, cityCode: string, n: number) {
  const name = `${random.pick(FIRM_WORDS)}${random.pick(TRADES)}有限公司`;
  // 91 (enterprise), the registering city's code, a 9-character organisation code from the counter.
  const first17 = `91${cityCode}MA${String(n).padStart(7, '0')}`;
  return { name: `四川${name}`, creditCode: first17 + creditCodeCheckChar(first17) };
}

/** An instant at a wall-clock time in Asia/Shanghai. */
function at(date: string, hour: number, minute: number): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
}

/** Plausible form values for a past application: its content was kept on paper. */
function pastForm(entry: CatalogEntry, cityCode: string, applicantName: string, date: string) {
  const implementation = entry.implementations.find((i) => i.cityCode === cityCode);
  const form: Record<string, string | number> = {};
  for (const field of implementation?.form ?? []) {
    if (!field.required) continue;
    if (field.type === 'select') form[field.key] = field.options?.[0]?.value ?? '';
    else if (field.type === 'city') form[field.key] = cityCode;
    else if (field.type === 'date') form[field.key] = date;
    else if (field.type === 'number') form[field.key] = 1;
    else form[field.key] = /name|姓名/i.test(field.key + field.label) ? applicantName : '见纸质申请表';
  }
  return form;
}

interface Deps {
  database: Database;
  directory: Pick<DirectoryModule, 'listCityCodes' | 'findCity' | 'findOrganisationByKey'>;
  catalog: Pick<CatalogModule, 'exportEntries' | 'findApplicableImplementation'>;
  calendar: Pick<CalendarModule, 'dueDate'>;
  /** Organisations of the demo staff accounts, by city and key, whose worklists stay empty. */
  staffOrganisations: { cityCode: string; orgKey: string }[];
  now?: () => Date;
}

/** Loads the demo history once; a database that has it already is left alone. Returns how many cases were written. */
export async function seedDemoHistory(deps: Deps): Promise<number> {
  const { database, directory, catalog, calendar } = deps;
  const now = deps.now ?? (() => new Date());
  return database.withSystem(async (tx) => {
    const [loaded] = await queryRows<{ present: boolean }>(
      tx,
      sql`select exists (select 1 from cases where applicant_id = ${applicantId(1)}) as present`,
    );
    if (loaded?.present) return 0;
    const cases = await plan(tx, deps, now());
    await writeHistoricalCases(tx, calendar, cases);
    return cases.length;
  });

  async function plan(tx: Tx, d: Deps, today: Date): Promise<HistoricalCase[]> {
    const random = generator(20260115);
    const cityCodes = await directory.listCityCodes(tx);
    const excludedOrgs = new Set<string>();
    for (const { cityCode, orgKey } of d.staffOrganisations) {
      const org = await directory.findOrganisationByKey(tx, cityCode, orgKey);
      if (org) excludedOrgs.add(org.id);
    }
    const halls = new Map<string, string>();
    for (const code of cityCodes) {
      const hall = await directory.findOrganisationByKey(tx, code, 'zwfw');
      if (hall && !excludedOrgs.has(hall.id)) halls.set(code, hall.id);
    }
    const entries = await catalog.exportEntries(tx);
    const options: {
      entry: CatalogEntry;
      cityCode: string;
      found: NonNullable<Awaited<ReturnType<Deps['catalog']['findApplicableImplementation']>>>;
    }[] = [];
    for (const entry of entries)
      for (const implementation of entry.implementations) {
        if (excludedOrgs.has(implementation.orgId)) continue;
        const found = await catalog.findApplicableImplementation(
          tx,
          entry.item.code,
          implementation.cityCode,
        );
        if (found) options.push({ entry, cityCode: implementation.cityCode, found });
      }
    if (!options.length) return [];

    const cases: HistoricalCase[] = [];
    const dayMs = 86_400_000;
    for (let n = 1; n <= DEMO_HISTORY_SIZE; n += 1) {
      const { entry, cityCode, found } = random.pick(options);
      const implementation = found.implementation;
      const city = await directory.findCity(tx, cityCode);
      // Windows receive for their own city or, 异地代收, for another that lets them.
      const offSite = implementation.offSiteCityCodes.filter((c) => halls.has(c));
      const byWindow = random.chance(0.35) && (halls.has(cityCode) || offSite.length > 0);
      const receivingCityCode = byWindow
        ? offSite.length && (random.chance(0.55) || !halls.has(cityCode))
          ? random.pick(offSite)
          : cityCode
        : cityCode;
      const firm = entry.item.subject === 'legal_person';
      const person = syntheticPerson(random, n);
      const company = firm ? syntheticFirm(random, cityCode, n) : null;

      // Far enough back that even a late decision on a long promise has ended before today.
      const span = Math.ceil(implementation.promisedDays * 1.6) + 20;
      const daysAgo = random.int(span, span + 165);
      const submittedDate = new Date(today.getTime() - daysAgo * dayMs + 8 * 3_600_000)
        .toISOString()
        .slice(0, 10);
      const first = (await calendar.dueDate(tx, { start: submittedDate, days: byWindow ? 1 : 0 })).dueDate;
      const submittedAt = byWindow
        ? at(first, random.pick(WINDOW_HOURS), random.int(0, 50))
        : at(submittedDate, random.int(7, 22), random.int(0, 59));
      const workingDay = async (from: Date, days: number, hour = random.pick(WINDOW_HOURS)) =>
        at((await calendar.dueDate(tx, { start: from, days })).dueDate, hour, random.int(0, 55));

      const steps: [HistoryAction, Date][] = [];
      const fate = random.next();
      if (fate < 0.04) {
        steps.push(['withdraw', new Date(submittedAt.getTime() + random.int(2, 30) * 3_600_000)]);
      } else if (fate < 0.09) {
        const notAccepted = await workingDay(submittedAt, random.int(1, 2));
        steps.push(['not_accept', notAccepted], ['close', new Date(notAccepted.getTime() + 3_600_000)]);
      } else if (implementation.instant && random.chance(0.9)) {
        // 即办: accepted and decided while the applicant waits.
        const accepted = new Date(submittedAt.getTime() + random.int(2, 15) * 60_000);
        const decided = new Date(accepted.getTime() + random.int(5, 40) * 60_000);
        steps.push(['accept', accepted], ['grant', decided], ['deliver', decided], ['close', decided]);
      } else {
        // A window accepts while the applicant is there; online, an officer does within two working days.
        const accepted = byWindow ? submittedAt : await workingDay(submittedAt, random.int(1, 2));
        steps.push(['accept', accepted]);
        const promised = Math.max(1, implementation.promisedDays);
        const late = random.chance(0.1);
        const used = late
          ? promised + random.int(1, 6)
          : Math.max(1, Math.round(promised * (0.3 + random.next() * 0.7)));
        // 补正 on one case in seven: asked on the first working day, the clock stops until it comes.
        let from = accepted;
        let left = used;
        if (used > 1 && random.chance(0.15)) {
          const asked = await workingDay(accepted, 1);
          const supplied = await workingDay(asked, random.int(1, 5));
          steps.push(['request_supplement', asked], ['supplement', supplied]);
          from = supplied;
          left = used - 1;
        }
        if (left > 2) steps.push(['begin_review', await workingDay(from, 1)]);
        const decided = await workingDay(from, left, random.pick([10, 11, 15, 16]));
        steps.push(
          random.chance(0.07) ? ['refuse', decided] : ['grant', decided],
          ['deliver', new Date(decided.getTime() + 3_600_000)],
          ['close', await workingDay(decided, random.int(1, 2), 17)],
        );
      }
      const name = company?.name ?? person.name;
      cases.push({
        itemCode: entry.item.code,
        implementationId: implementation.id,
        implementationVersion: implementation.version,
        promisedDays: implementation.promisedDays,
        cityCode,
        casePrefix: city?.casePrefix ?? '',
        decidingOrgId: implementation.orgId,
        channel: byWindow ? 'window' : 'online',
        receivingCityCode,
        receivingOrgId: byWindow ? (halls.get(receivingCityCode) ?? null) : null,
        applicant: {
          id: applicantId(n),
          kind: firm ? 'enterprise' : 'citizen',
          name,
          idNumber: person.idNumber,
          creditCode: company?.creditCode ?? null,
        },
        form: pastForm(entry, cityCode, name, submittedDate),
        submittedAt,
        steps: steps.map(([action, when]) => ({
          action,
          at: when,
          ...(action === 'refuse' ? { note: '申请材料不符合法定条件' } : {}),
          ...(action === 'not_accept' ? { note: '申请事项不属于本机关职权范围' } : {}),
        })),
        officerId: HISTORY_OFFICER_ID,
      });
    }
    return cases;
  }
}
