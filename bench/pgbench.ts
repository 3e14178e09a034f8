import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import pg from 'pg';
import type { CapturedRequest } from './capture.js';

const execute = promisify(execFile);
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (value: unknown) => string | Buffer | null;
};

/** pgbench variables of the script; unusual names, so JSON or timestamps in the SQL never match them. */
export const PGBENCH_VARIABLES = {
  /** A random generated citizen: the last group of its account id. */
  citizen: 'tc_cn',
  /** Counts this client's transactions, from 100000000000 (twelve digits). */
  sequence: 'tc_seq',
  /** The client's number plus 100 (three digits). */
  client: 'tc_c3',
} as const;

/** A value the request made up and a fresh one must replace in every transaction. */
export interface Substitution {
  value: string;
  replacement: string;
}

function literal(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null) return 'NULL';
  if (Buffer.isBuffer(prepared)) return `'\\x${prepared.toString('hex')}'::bytea`;
  return pg.escapeLiteral(prepared);
}

/** The statement with its parameters written in as literals, as the simple protocol sends it. */
export function inlineParameters(text: string, values: unknown[]): string {
  if (values.length === 0) return text;
  return text.replace(/\$(\d+)/g, (whole, n: string) => {
    const index = Number(n) - 1;
    return index < values.length ? literal(values[index]) : whole;
  });
}

/** Version 7 UUIDs (time-ordered) written between `from` and `to`: the ids a request generated. */
export function freshIds(captured: CapturedRequest): string[] {
  const ids = new Set<string>();
  const pattern = /\b([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/g;
  for (const query of captured.queries) {
    const text = inlineParameters(query.text, query.values);
    for (const match of text.matchAll(pattern)) {
      const ms = parseInt(`${match[1]}${match[2]}`, 16);
      if (ms >= captured.startedAt - 1000 && ms <= captured.endedAt + 1000) ids.add(match[0]);
    }
  }
  return [...ids];
}

/**
 * The statements of one captured request as a pgbench script, in order and one message each as
 * the server sent them (BEGIN and the actor's settings share one, joined with \;). The values
 * the request made up — account, Idempotency-Key, new ids, case number — are replaced with
 * pgbench variables so each transaction is a new submission by a random citizen.
 */
export function pgbenchScript(
  captured: CapturedRequest,
  substitutions: Substitution[],
  citizens: number,
): string {
  const sorted = [...substitutions].sort((a, b) => b.value.length - a.value.length);
  const { citizen, sequence, client } = PGBENCH_VARIABLES;
  const lines = [
    `\\set ${citizen} random(100000000001, ${100_000_000_000 + citizens})`,
    `\\set ${sequence} :${sequence} + 1`,
    `\\set ${client} :client_id + 100`,
  ];
  for (const query of captured.queries) {
    let statement = inlineParameters(query.text, query.values).trim().replace(/;$/, '');
    for (const { value, replacement } of sorted) statement = statement.split(value).join(replacement);
    // One simple-protocol message holding several statements stays one message: \; joins them.
    const parts = query.values.length === 0 ? statement.split(/;\s*(?=select |commit|begin)/i) : [statement];
    lines.push(`${parts.join(' \\;\n')};`);
  }
  return `${lines.join('\n')}\n`;
}

export interface PgbenchResult {
  tps: number;
  transactions: number;
  failed: number;
  clients: number;
  latencyAverageMs: number | null;
}

/** Runs pgbench with the script (simple protocol, as the server's messages are unprepared). */
export async function runPgbench({
  databaseUrl,
  scripts,
  clients,
  seconds,
  run,
}: {
  databaseUrl: string;
  /** Script files, each chosen for a transaction in proportion to its weight. */
  scripts: { file: string; weight: number }[];
  clients: number;
  seconds: number;
  /** Which run on this database (0, 1, …): each starts its sequence elsewhere, so ids never repeat. */
  run: number;
}): Promise<PgbenchResult> {
  const args = [
    '--no-vacuum',
    '--protocol=simple',
    `--client=${clients}`,
    '--jobs=2',
    `--time=${seconds}`,
    `--define=${PGBENCH_VARIABLES.sequence}=${100_000_000_000 + run * 1_000_000_000}`,
    ...scripts.map((s) => `--file=${s.file}@${s.weight}`),
    databaseUrl,
  ];
  const { stdout, stderr } = await execute('pgbench', args, { maxBuffer: 10 * 1024 * 1024 });
  const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
  const processed = /number of transactions actually processed: (\d+)/.exec(stdout)?.[1];
  const failed = /number of failed transactions: (\d+)/.exec(stdout)?.[1];
  const latency = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
  if (!tps || !processed) throw new Error(`pgbench printed no result:\n${stdout}\n${stderr}`);
  if (/aborted|ERROR/i.test(stderr)) throw new Error(`pgbench clients failed:\n${stderr.slice(0, 2000)}`);
  return {
    tps: Number(tps),
    transactions: Number(processed),
    failed: Number(failed ?? 0),
    clients,
    latencyAverageMs: latency ? Number(latency) : null,
  };
}
