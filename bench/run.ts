/**
 * npm run bench: throughput and latency of the main paths over HTTP, each against a baseline
 * measured in the same run — the plain health endpoint, and pgbench running the SQL of one online
 * application straight against the same PostgreSQL database.
 *
 * PostgreSQL from BENCH_DATABASE_URL or DATABASE_URL (a fresh database is created there and dropped
 * afterwards); without one the server runs on PGlite and the pgbench baseline is skipped.
 * The catalogue is grown to 2,000 items × 4 cities first. --quick shortens every run to 3 s.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/server/platform/config.js';
import { seedDemoData } from '../src/server/seed.js';
import { createBenchDatabase } from './bench-database.js';
import { loadLargeCatalog } from './catalog-load.js';
import { load, type LoadResult } from './http-load.js';
import { runPgbench, submissionScript } from './pgbench.js';
import { startServer } from './server-process.js';

const quick = process.argv.includes('--quick');
const seconds = quick ? 3 : 10;
const connections = 50;
const catalogSize = 2000;

interface Row {
  path: string;
  result: LoadResult;
  baseline: string;
  ratio: number | null;
}

async function signIn(baseUrl: string, account: string, password: string) {
  const res = await fetch(`${baseUrl}/api/v1/identity/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${account} failed: ${res.status}`);
  const body = (await res.json()) as { csrfToken: string; account: { id: string } };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { headers: { cookie, 'x-csrf-token': body.csrfToken }, accountId: body.account.id };
}

function printTable(title: string, rows: Row[]) {
  console.log(`\n${title}\n`);
  console.log(
    [
      'path'.padEnd(30),
      'req/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'errors'.padStart(8),
    ].join('') + '  baseline × ratio',
  );
  for (const { path, result, baseline, ratio } of rows) {
    console.log(
      [
        path.padEnd(30),
        String(result.rps).padStart(8),
        String(result.p50Ms).padStart(8),
        String(result.p99Ms).padStart(8),
        String(result.non2xx + result.errors).padStart(8),
      ].join('') + `  ${baseline}${ratio === null ? '' : ` × ${ratio.toFixed(2)}`}`,
    );
  }
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  const bench = await createBenchDatabase(serverUrl);
  const config = loadConfig({ LOG_LEVEL: 'warn' });
  const rows: Row[] = [];
  let pgbenchTps: number | null = null;
  let items: number;
  try {
    const database = await bench.open();
    await seedDemoData(database, config);
    items = await loadLargeCatalog(database, config, catalogSize);
    await database.close();

    const server = await startServer({
      databaseUrl: bench.databaseUrl,
      dataDir: bench.dataDir,
      port: 3900 + Math.floor(Math.random() * 90),
    });
    try {
      const base = server.baseUrl;
      const run = (path: string, url: string, extra: Partial<Parameters<typeof load>[0]> = {}) =>
        load({ url: `${base}${url}`, connections, seconds, ...extra }).then((result) => ({ path, result }));

      const health = await run('GET /api/health', '/api/health');
      rows.push({ ...health, baseline: '—', ratio: null });
      const vsHealth = (r: { path: string; result: LoadResult }): Row => ({
        ...r,
        baseline: 'health',
        ratio: r.result.rps / health.result.rps,
      });
      const q = (s: string) => encodeURIComponent(s);
      rows.push(vsHealth(await run('search 公积金', `/api/v1/catalog/items?keyword=${q('公积金')}`)));
      rows.push(vsHealth(await run('search 营业执照', `/api/v1/catalog/items?keyword=${q('营业执照')}`)));
      rows.push(
        vsHealth(await run('search typo 公积全提取', `/api/v1/catalog/items?keyword=${q('公积全提取')}`)),
      );
      rows.push(
        vsHealth(await run('browse 资阳 即办', '/api/v1/catalog/items?cityCode=512000&mode=instant')),
      );
      rows.push(vsHealth(await run('GET item guide', '/api/v1/catalog/items/000125008000')));

      const citizen = await signIn(base, '510104199003071237', 'Tongcheng@2026');
      const submission = await run('POST /api/v1/cases', '/api/v1/cases', {
        method: 'POST',
        idempotent: true,
        headers: { ...citizen.headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          itemCode: '000125008000',
          cityCode: '510100',
          form: {
            originCity: '重庆市',
            originCentre: '重庆市住房公积金管理中心',
            employer: '某公司',
            reason: 'job_change',
          },
        }),
      });
      if (bench.databaseUrl) {
        pgbenchTps = await runPgbench({
          databaseUrl: bench.databaseUrl,
          script: submissionScript(),
          clients: connections,
          seconds,
          defines: { uid: citizen.accountId },
        });
      }
      rows.push({
        ...submission,
        baseline: pgbenchTps ? `pgbench ${Math.round(pgbenchTps)} tps` : 'pgbench skipped (PGlite)',
        ratio: pgbenchTps ? submission.result.rps / pgbenchTps : null,
      });

      const officer = await signIn(base, 'cd.gjj.officer', 'Tongcheng@2026');
      rows.push(
        vsHealth(await run('GET worklist page', '/api/v1/cases/worklist', { headers: officer.headers })),
      );
    } finally {
      await server.stop();
    }
  } finally {
    await bench.drop();
  }

  printTable(
    `Tongcheng benchmark — ${bench.kind}, ${items} items × 4 cities, ${connections} connections, ${seconds} s each`,
    rows,
  );
  const record = {
    at: new Date().toISOString(),
    quick,
    seconds,
    connections,
    database: bench.kind,
    items,
    pgbenchTps,
    rows,
  };
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/latest-${bench.kind}.json`;
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
  console.log(`\nWritten to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
