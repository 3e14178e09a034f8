import type { LoadResult } from './http-load.js';

export interface Row {
  scenario: string;
  result: LoadResult;
  /** What the row is compared with, e.g. "pgbench 512 tps" or "goal p99 < 20 ms". */
  against: string;
  verdict: 'meets' | 'misses' | '';
}

/** The table printed at the end of a run. */
export function formatTable(title: string, rows: Row[]): string {
  const header =
    'scenario'.padEnd(44) +
    ['conns', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors'].map((h) => h.padStart(8)).join('') +
    '  compared with';
  const lines = rows.map(({ scenario, result, against, verdict }) => {
    const cells = [
      result.connections,
      result.rps,
      result.p50Ms,
      result.p99Ms,
      result.maxMs,
      result.errors + result.non2xx,
    ].map((v) => String(v).padStart(8));
    const odd = Object.entries(result.statuses).filter(([code]) => !code.startsWith('2'));
    const failures = odd.length ? ` (${odd.map(([code, n]) => `${n}× ${code}`).join(', ')})` : '';
    return `${scenario.padEnd(44)}${cells.join('')}  ${against}${verdict ? ` — ${verdict}` : ''}${failures}`;
  });
  return [title, '', header, ...lines].join('\n');
}

export interface Summary {
  submission: { rps: number; p99Ms: number; pgbenchTps: number | null; ratioToPgbench: number | null };
  worklist: { p99Ms: number };
  statistics: { p99Ms: number | null };
  cases: number;
}
