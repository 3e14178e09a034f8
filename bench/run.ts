/**
 * npm run bench: the case engine under load, on a database holding a million cases.
 *
 * PostgreSQL from BENCH_DATABASE_URL or DATABASE_URL (a database of its own is created there and
 * dropped afterwards; PGlite without one, and then pgbench and the plans are skipped). Loads the
 * demo data and N cases (1,000,000; --quick 100,000; --cases=N), starts the built server, and
 * measures over HTTP:
 *   - online applications by many signed-in citizens, each with its own Idempotency-Key, against
 *     pgbench replaying the statements the server sent for one application (captured from the
 *     driver, not written by hand) in the same run — goal: at least half of pgbench's rate;
 *   - the first worklist page of the busiest department's case officer — goal: p99 < 20 ms;
 *   - the public statistics overview, each request a period not asked before — goal: p99 < 200 ms.
 * Prints a table, writes bench/results/latest-<database>[-quick].json, the pgbench scripts and the
 * EXPLAIN ANALYZE of every read, and prints one JSON summary as the last line. --keep leaves the
 * database in place (its address goes to stderr).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/server/platform/config.js';
import { seedDemoData } from '../src/server/seed.js';
import { createModules } from '../src/server/modules.js';
import { createBenchDatabase } from './bench-database.js';
import { createCitizenSessions, type BenchSession } from './bench-sessions.js';
import { openInProcessApp, type CapturedRequest } from './capture.js';
import { loadCases, type LoadedCases } from './case-load.js';
import { loadLargeCatalog } from './catalog-load.js';
import { explainReads } from './explain.js';
import { load, type LoadResult, type VariedRequest } from './http-load.js';
import { freshIds, PGBENCH_VARIABLES, pgbenchScript, runPgbench, type PgbenchResult } from './pgbench.js';
import { formatTable, type Row, type Summary } from './report.js';
import { startServer } from './server-process.js';
import { CITIZEN_ID_PREFIX } from './case-load.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
/** Leave the database in place afterwards, for EXPLAIN and profiling; its address is printed. */
const keep = argv.includes('--keep');
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const caseCount = Number(option('cases') ?? (quick ? 100_000 : 1_000_000));
const seconds = Number(option('seconds') ?? (quick ? 5 : 15));
const warmUpSeconds = quick ? 1 : 3;
const SUBMISSION_CONNECTIONS = 50;
/** Case officers of one department opening their worklist at the same moment. */
const WORKLIST_CONNECTIONS = 10;
/** Visitors of the public statistics page at the same moment. */
const STATISTICS_CONNECTIONS = 4;
/** Citizens signed in for the application load. */
const CITIZENS = 200;
const SERVER_POOL_SIZE = 20;
const GOALS = { submissionRatio: 0.5, worklistP99Ms: 20, statisticsP99Ms: 200 };

/**
 * 参保信息查询及参保凭证打印: a citizen's everyday online application, offered by all four cities and
 * needing no uploaded material, so the load measures the case engine rather than file uploads.
 */
const ITEM = '000141002000';
/** Applications by deciding city, as the loaded cases are spread (out of 100). */
const CITY_MIX: [string, string, number][] = [
  ['510100', 'CD', 68],
  ['510600', 'DY', 12],
  ['511400', 'MS', 11],
  ['512000', 'ZY', 9],
];
const FORM = {
  applicantType: 'person',
  certificateKind: 'contributions',
  fromMonth: '2024-01',
  toMonth: '2025-12',
  purpose: 'housing',
};
const citySlots = CITY_MIX.flatMap(([code, , weight]) => Array<string>(weight).fill(code));
/** The i-th application's city: the mix's shares, interleaved. */
const cityOf = (i: number) => citySlots[(i * 37) % citySlots.length] as string;
const applicationBody = (cityCode: string) => JSON.stringify({ itemCode: ITEM, cityCode, form: FORM });

const log = (line: string) => console.log(line);
const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function shanghaiMonth(monthsAgo: number): string {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The i-th statistics query: a city (or all) and a period, no two of 5,760 in a row alike. */
function statisticsQuery(i: number): string {
  const city = [undefined, '510100', '510600', '511400', '512000'][i % 5];
  const toAgo = Math.floor(i / 5) % 24;
  const span = Math.floor(i / 120) % 48;
  const params = new URLSearchParams({ from: shanghaiMonth(toAgo + span), to: shanghaiMonth(toAgo) });
  if (city) params.set('city', city);
  return `/api/v1/statistics/overview?${params.toString()}`;
}

async function signIn(baseUrl: string, account: string, password: string) {
  const res = await fetch(`${baseUrl}/api/v1/identity/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${account} failed: ${res.status}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, 'x-csrf-token': body.csrfToken };
}

interface Captures {
  submissions: { cityCode: string; prefix: string; weight: number; key: string; captured: CapturedRequest }[];
  plans: string;
}

/** Captures one application per city and the reads of the worklist and statistics, in process. */
async function captureStatements(databaseUrl: string, citizen: BenchSession): Promise<Captures> {
  const app = await openInProcessApp(databaseUrl);
  try {
    const submissions: Captures['submissions'] = [];
    const apply = (cityCode: string, key: string) => ({
      method: 'POST' as const,
      url: '/api/v1/cases',
      headers: { ...citizen.headers, 'content-type': 'application/json', 'idempotency-key': key },
      payload: applicationBody(cityCode),
    });
    for (const [cityCode, prefix, weight] of CITY_MIX) {
      const key = `bench-capture-${cityCode}`;
      const captured = await app.capture(apply(cityCode, key), apply(cityCode, `bench-warm-up-${cityCode}`));
      if (captured.status !== 201)
        throw new Error(`captured application answered ${captured.status}: ${JSON.stringify(captured.body)}`);
      submissions.push({ cityCode, prefix, weight, key, captured });
    }
    const plans: string[] = [];
    const officer = await officerHeaders(app);
    const worklist = await app.capture(
      { method: 'GET', url: '/api/v1/cases/worklist', headers: officer },
      { method: 'GET', url: '/api/v1/cases/worklist', headers: officer },
    );
    plans.push(await explainReads(databaseUrl, 'GET /api/v1/cases/worklist (cd.gjj.officer)', worklist));
    const statistics = await app.capture(
      { method: 'GET', url: statisticsQuery(7) },
      { method: 'GET', url: statisticsQuery(3) },
    );
    if (statistics.status === 200) {
      plans.push(await explainReads(databaseUrl, `GET ${statisticsQuery(7)}`, statistics));
    }
    const first = submissions[0];
    if (first) plans.push(await explainReads(databaseUrl, 'POST /api/v1/cases (reads only)', first.captured));
    return { submissions, plans: plans.join('\n\n') };
  } finally {
    await app.close();
  }
}

async function officerHeaders(app: Awaited<ReturnType<typeof openInProcessApp>>) {
  const response = await app.capture({
    method: 'POST',
    url: '/api/v1/identity/sessions',
    payload: { account: 'cd.gjj.officer', password: 'Tongcheng@2026' },
  });
  const body = response.body as { csrfToken?: string };
  if (response.status !== 201 || !response.sessionCookie) throw new Error('the officer could not sign in');
  return { cookie: response.sessionCookie, 'x-csrf-token': body.csrfToken ?? '' };
}

async function main() {
  const runStarted = Date.now();
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  const bench = await createBenchDatabase(serverUrl);
  const config = loadConfig({ LOG_LEVEL: 'warn' });
  const rows: Row[] = [];
  const notes: string[] = [];
  const pgbench: PgbenchResult[] = [];
  let loaded: LoadedCases;
  let plans = '';
  let statisticsAvailable = false;
  log(
    `Tongcheng benchmark${quick ? ' (--quick)' : ''}: ${bench.kind}, loading ${caseCount.toLocaleString('en')} cases` +
      `${quick ? ' (the full run loads 1,000,000)' : ''}, ${seconds} s per scenario`,
  );
  try {
    const database = await bench.open();
    let sessions: BenchSession[];
    try {
      let at = Date.now();
      await seedDemoData(database, config);
      log(`demo data seeded in ${elapsed(at)}`);
      at = Date.now();
      if (!quick) {
        const items = await loadLargeCatalog(database, config, 2000);
        log(`catalogue grown to ${items} items × 4 cities in ${elapsed(at)}`);
      }
      at = Date.now();
      log(`loading cases:`);
      loaded = await loadCases(database, { count: caseCount, log });
      log(
        `loaded ${loaded.loaded.toLocaleString('en')} cases in ${elapsed(at)}; the database holds ${loaded.cases.toLocaleString('en')} cases with ${loaded.events.toLocaleString('en')} events`,
      );
      const modules = createModules({ config, database }) as Record<string, unknown>;
      const statistics = modules.statistics as
        { refreshStatistics?: (o: { rebuild: boolean }) => Promise<unknown> } | undefined;
      if (statistics?.refreshStatistics) {
        at = Date.now();
        await statistics.refreshStatistics({ rebuild: true });
        statisticsAvailable = true;
        log(`statistics rollup built in ${elapsed(at)}`);
        notes.push(`statistics rollup over ${loaded.cases} cases built in ${elapsed(at)}`);
      }
      sessions = await createCitizenSessions(database, CITIZENS);
    } finally {
      await database.close();
    }

    let captures: Captures | null = null;
    if (bench.databaseUrl) {
      const at = Date.now();
      captures = await captureStatements(bench.databaseUrl, sessions[0] as BenchSession);
      plans = captures.plans;
      log(`statements captured and explained in ${elapsed(at)}`);
    }

    const server = await startServer({
      databaseUrl: bench.databaseUrl,
      dataDir: bench.dataDir,
      port: 3900 + Math.floor(Math.random() * 90),
      env: { DATABASE_POOL_SIZE: String(SERVER_POOL_SIZE) },
    });
    try {
      const base = server.baseUrl;
      const measure = async (connections: number, next: (i: number) => VariedRequest) => {
        await load({ baseUrl: base, connections, seconds: warmUpSeconds, next });
        return load({ baseUrl: base, connections, seconds, next });
      };

      const health = await measure(SUBMISSION_CONNECTIONS, () => ({ path: '/api/health' }));
      rows.push({
        scenario: 'GET /api/health',
        result: health,
        against: 'the server’s ceiling',
        verdict: '',
      });

      if (!quick) {
        const q = (s: string) => encodeURIComponent(s);
        for (const [scenario, path] of [
          ['catalogue search (gongjijin)', `/api/v1/catalog/items?keyword=${q('公积金')}`],
          ['catalogue browse (Ziyang, instant)', '/api/v1/catalog/items?cityCode=512000&mode=instant'],
          ['GET item guide', `/api/v1/catalog/items/${ITEM}`],
        ] as const) {
          const result = await measure(SUBMISSION_CONNECTIONS, () => ({ path }));
          rows.push({
            scenario,
            result,
            against: `health × ${(result.rps / health.rps).toFixed(3)}`,
            verdict: '',
          });
        }
      }

      const runId = Date.now().toString(36);
      const submission = await measure(SUBMISSION_CONNECTIONS, (i) => {
        const citizen = sessions[i % sessions.length] as BenchSession;
        return {
          path: '/api/v1/cases',
          method: 'POST',
          headers: {
            ...citizen.headers,
            'content-type': 'application/json',
            'idempotency-key': `bench-${runId}-${i}`,
          },
          body: applicationBody(cityOf(i)),
        };
      });

      if (captures && bench.databaseUrl) {
        mkdirSync('bench/results', { recursive: true });
        const scripts = captures.submissions.map(({ captured, prefix, cityCode, weight, key }) => {
          const detail = captured.body as { id: string; caseNumber: string };
          const year = detail.caseNumber.split('-')[1] ?? '';
          const { citizen, sequence, client } = PGBENCH_VARIABLES;
          const fresh = freshIds(captured).filter((id) => id !== detail.id);
          const text = pgbenchScript(
            captured,
            [
              { value: sessions[0]?.accountId ?? '', replacement: `${CITIZEN_ID_PREFIX}:${citizen}` },
              { value: key, replacement: `pgbench-:${client}-:${sequence}` },
              { value: detail.id, replacement: `00000001-0000-7000-8:${client}-:${sequence}` },
              { value: detail.caseNumber, replacement: `${prefix}-${year}-:${client}:${sequence}` },
              ...fresh.map((id, k) => ({
                value: id,
                replacement: `${String(k + 2).padStart(8, '0')}-0000-7000-8:${client}-:${sequence}`,
              })),
            ],
            CITIZENS,
          );
          const file = `bench/results/latest-pgbench-${cityCode}.sql`;
          writeFileSync(file, text);
          return { file, weight, text, statements: captured.queries.length };
        });
        notes.push(
          `one application sends ${scripts.map((s) => s.statements).join('/')} statements (per city); pgbench replays them with --protocol=simple`,
        );
        for (const [run, clients] of [SERVER_POOL_SIZE, SUBMISSION_CONNECTIONS].entries()) {
          pgbench.push(
            await runPgbench({
              databaseUrl: bench.databaseUrl,
              scripts: scripts.map((s) => ({ file: s.file, weight: s.weight })),
              clients,
              seconds,
              run,
            }),
          );
        }
      }
      const best = pgbench.reduce<PgbenchResult | null>((a, b) => (a && a.tps >= b.tps ? a : b), null);
      const ratio = best ? submission.rps / best.tps : null;
      rows.push({
        scenario: 'POST /api/v1/cases (200 citizens, 4 cities)',
        result: submission,
        against: best
          ? `pgbench ${Math.round(best.tps)} tps (best of ${pgbench.map((p) => `${p.clients} clients: ${Math.round(p.tps)}`).join(', ')}) × ${ratio?.toFixed(2)}, goal ≥ ${GOALS.submissionRatio}`
          : 'pgbench skipped (PGlite)',
        verdict: ratio === null ? '' : ratio >= GOALS.submissionRatio ? 'meets' : 'misses',
      });

      const officer = await signIn(base, 'cd.gjj.officer', 'Tongcheng@2026');
      const worklist = await measure(WORKLIST_CONNECTIONS, () => ({
        path: '/api/v1/cases/worklist',
        headers: officer,
      }));
      rows.push({
        scenario: 'GET /api/v1/cases/worklist (cd.gjj.officer)',
        result: worklist,
        against: `goal p99 < ${GOALS.worklistP99Ms} ms`,
        verdict: worklist.p99Ms < GOALS.worklistP99Ms ? 'meets' : 'misses',
      });

      let statisticsCold: LoadResult | null = null;
      const probe = await fetch(`${base}/api/v1/statistics/overview`);
      if (probe.status === 200) {
        statisticsCold = await measure(STATISTICS_CONNECTIONS, (i) => ({ path: statisticsQuery(i) }));
        rows.push({
          scenario: 'GET /api/v1/statistics/overview (new period)',
          result: statisticsCold,
          against: `goal p99 < ${GOALS.statisticsP99Ms} ms`,
          verdict: statisticsCold.p99Ms < GOALS.statisticsP99Ms ? 'meets' : 'misses',
        });
        const warm = await measure(STATISTICS_CONNECTIONS, () => ({ path: '/api/v1/statistics/overview' }));
        rows.push({
          scenario: 'GET /api/v1/statistics/overview (same)',
          result: warm,
          against: '',
          verdict: '',
        });
      } else {
        notes.push(
          `GET /api/v1/statistics/overview answered ${probe.status}: statistics scenario skipped${statisticsAvailable ? '' : ' (no statistics module in this build)'}`,
        );
      }

      const title =
        `Tongcheng benchmark — ${bench.kind}, ${loaded.cases.toLocaleString('en')} cases` +
        `${quick ? ' (--quick; the full run loads 1,000,000)' : ''}, ${seconds} s per scenario after ${warmUpSeconds} s warm-up, ` +
        `server pool ${SERVER_POOL_SIZE}, ${new Date().toISOString()}`;
      const summary: Summary = {
        submission: {
          rps: submission.rps,
          p99Ms: submission.p99Ms,
          pgbenchTps: best ? Math.round(best.tps) : null,
          ratioToPgbench: ratio === null ? null : Number(ratio.toFixed(3)),
        },
        worklist: { p99Ms: worklist.p99Ms },
        statistics: { p99Ms: statisticsCold ? statisticsCold.p99Ms : null },
        cases: loaded.cases,
      };
      const table = formatTable(title, rows);
      mkdirSync('bench/results', { recursive: true });
      const name = `latest-${bench.kind}${quick ? '-quick' : ''}`;
      const file = `bench/results/${name}.json`;
      writeFileSync(
        file,
        JSON.stringify(
          {
            at: new Date().toISOString(),
            quick,
            seconds,
            warmUpSeconds,
            database: bench.kind,
            loaded,
            goals: GOALS,
            summary,
            pgbench,
            rows,
            notes,
            runSeconds: Math.round((Date.now() - runStarted) / 1000),
          },
          null,
          2,
        ) + '\n',
      );
      if (plans) writeFileSync(`bench/results/${name}-plans.txt`, `${plans}\n`);
      console.log(`\n${table}\n`);
      for (const note of notes) console.log(`note: ${note}`);
      console.log(`written to ${file}${plans ? ` and bench/results/${name}-plans.txt` : ''}`);
      console.log(`run took ${elapsed(runStarted)}`);
      console.log(JSON.stringify(summary));
    } finally {
      await server.stop();
    }
  } finally {
    if (keep) console.error(`kept: ${bench.databaseUrl ?? bench.dataDir}`);
    else await bench.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
