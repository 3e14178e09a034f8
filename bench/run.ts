/**
 * npm run bench: throughput and latency of the main paths over HTTP, each against a baseline
 * measured in the same run — the plain health endpoint, and pgbench running the SQL of one online
 * application straight against the same PostgreSQL database.
 *
 * PostgreSQL from BENCH_DATABASE_URL or DATABASE_URL (a fresh database is created there and dropped
 * afterwards); without one the server runs on PGlite and the pgbench baseline is skipped.
 * --quick shortens every run to 3 s.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { load, type LoadResult } from './http-load.js';
import { runPgbench, submissionScript } from './pgbench.js';
import { startServer } from './server-process.js';

const quick = process.argv.includes('--quick');
const seconds = quick ? 3 : 10;
const connections = 50;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;

async function withBenchDatabase<T>(fn: (url: string | undefined) => Promise<T>): Promise<T> {
  if (!serverUrl) return fn(undefined);
  const name = `tongcheng_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
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

async function main() {
  const rows: { path: string; result: LoadResult; baseline: string; ratio: number | null }[] = [];
  const summary = await withBenchDatabase(async (databaseUrl) => {
    const server = await startServer({ databaseUrl, port: 3900 + Math.floor(Math.random() * 90) });
    try {
      const base = server.baseUrl;
      const health = await load({ url: `${base}/api/health`, connections, seconds });
      rows.push({ path: 'GET /api/health', result: health, baseline: '—', ratio: null });

      const item = await load({ url: `${base}/api/v1/catalog/items/000125008000`, connections, seconds });
      rows.push({ path: 'GET item guide', result: item, baseline: 'health', ratio: item.rps / health.rps });

      const citizen = await signIn(base, '510104199003071237', 'Tongcheng@2026');
      const submission = await load({
        url: `${base}/api/v1/cases`,
        method: 'POST',
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
        connections,
        seconds,
      });
      let pgbenchTps: number | null = null;
      if (databaseUrl) {
        pgbenchTps = await runPgbench({
          databaseUrl,
          script: submissionScript(),
          clients: connections,
          seconds,
          defines: { uid: citizen.accountId },
        });
      }
      rows.push({
        path: 'POST /api/v1/cases',
        result: submission,
        baseline: pgbenchTps ? `pgbench ${Math.round(pgbenchTps)} tps` : 'pgbench skipped (PGlite)',
        ratio: pgbenchTps ? submission.rps / pgbenchTps : null,
      });

      const officer = await signIn(base, 'cd.gjj.officer', 'Tongcheng@2026');
      const worklist = await load({
        url: `${base}/api/v1/cases/worklist`,
        headers: officer.headers,
        connections,
        seconds,
      });
      rows.push({
        path: 'GET worklist page',
        result: worklist,
        baseline: 'health',
        ratio: worklist.rps / health.rps,
      });
      return { database: databaseUrl ? 'postgres' : 'pglite', pgbenchTps };
    } finally {
      await server.stop();
    }
  });

  console.log(`\nTongcheng benchmark — ${summary.database}, ${connections} connections, ${seconds} s each\n`);
  console.log(
    [
      'path'.padEnd(22),
      'req/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'non-2xx'.padStart(8),
      '  baseline / ratio',
    ].join(''),
  );
  for (const { path, result, baseline, ratio } of rows) {
    console.log(
      [
        path.padEnd(22),
        String(result.rps).padStart(8),
        String(result.p50Ms).padStart(8),
        String(result.p99Ms).padStart(8),
        String(result.non2xx + result.errors).padStart(8),
        `  ${baseline}${ratio === null ? '' : ` × ${ratio.toFixed(2)}`}`,
      ].join(''),
    );
  }
  const record = { at: new Date().toISOString(), quick, seconds, connections, ...summary, rows };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/latest-${summary.database}.json`, JSON.stringify(record, null, 2) + '\n');
  console.log(`\nWritten to bench/results/latest-${summary.database}.json`);
  console.log(JSON.stringify(record));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
