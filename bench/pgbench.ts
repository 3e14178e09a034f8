import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The SQL one online application issues, as one pgbench transaction: the same settings, lookups,
 * counter, inserts and re-reads, run as the application role under row-level security.
 */
export function submissionScript(): string {
  return `
BEGIN;
SELECT set_config('app.user_id', :uid, true), set_config('app.kind', 'citizen', true), set_config('app.roles', '', true), set_config('app.city_code', '', true), set_config('app.org_ids', '', true), set_config('role', 'tongcheng_app', true);
SELECT * FROM service_items WHERE code = '000125008000';
SELECT * FROM item_implementations WHERE item_code = '000125008000' AND city_code = '510100' AND status = 'published' ORDER BY version DESC LIMIT 1;
SELECT * FROM accounts WHERE id = :uid;
SELECT * FROM cities WHERE code = '510100';
INSERT INTO case_number_counters (city_code, year, last_value) VALUES ('510199', 2026, 1) ON CONFLICT (city_code, year) DO UPDATE SET last_value = case_number_counters.last_value + 1 RETURNING last_value;
\\set n random(1, 2000000000)
INSERT INTO cases (id, case_number, query_code, item_code, implementation_id, implementation_version, city_code, deciding_org_id, receiving_city_code, channel, applicant_id, applicant_kind, applicant_name, applicant_id_number, applicant_mobile, form, status, promised_days, submitted_at, updated_at)
  SELECT gen_random_uuid(), 'PB-' || :n || '-' || :client_id, 'PGBENCH1', item_code, id, version, city_code, org_id, city_code, 'online', :uid, 'citizen', '测试', '510104199003071237', '13880001234', '{"originCity":"重庆市","originCentre":"重庆市住房公积金管理中心","employer":"某公司","reason":"job_change"}', 'submitted', promised_days, now(), now()
  FROM item_implementations WHERE item_code = '000125008000' AND city_code = '510100' AND status = 'published' LIMIT 1;
INSERT INTO case_events (case_id, seq, city_code, type, to_status, actor_id, actor_role, channel, created_at)
  SELECT id, 1, city_code, 'submitted', 'submitted', applicant_id, 'citizen', 'online', now() FROM cases WHERE case_number = 'PB-' || :n || '-' || :client_id;
SELECT * FROM organisations WHERE key = 'gjj' AND city_code = '510100';
COMMIT;
`;
}

/** Runs pgbench with the script and returns its transactions per second. */
export async function runPgbench({
  databaseUrl,
  script,
  clients,
  seconds,
  defines,
}: {
  databaseUrl: string;
  script: string;
  clients: number;
  seconds: number;
  defines: Record<string, string>;
}): Promise<number> {
  const file = `/tmp/tongcheng-pgbench-${process.pid}.sql`;
  writeFileSync(file, script);
  const args = ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', file];
  for (const [k, v] of Object.entries(defines)) args.push('-D', `${k}=${v}`);
  args.push(databaseUrl);
  const { stdout } = await run('pgbench', args, { maxBuffer: 10 * 1024 * 1024 });
  const match = /tps = ([\d.]+)/.exec(stdout);
  if (!match?.[1]) throw new Error(`pgbench printed no tps:\n${stdout}`);
  return Number(match[1]);
}
