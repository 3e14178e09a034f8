import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../src/server/platform/db/database.js';
import { createBlobStore } from '../../src/server/platform/blobs/blob-store.js';
import type { Acknowledgement } from './submitting-citizen.js';

/** What the database and the blob folder hold after the run, measured against what was acknowledged. */
export interface Integrity {
  acknowledged: number;
  /** Acknowledged submissions whose case is there, under the key that acknowledged it. */
  found: number;
  /** Acknowledged submissions with no case. */
  lost: number;
  /** Cases beyond one per acknowledged submission. */
  duplicated: number;
  /** Keys answered with another case than the one acknowledged, or kept without an answer. */
  keyMismatches: number;
  casesWithoutFirstEvent: number;
  casesWithoutTheirMaterials: number;
  casesWithoutTheirEvent: number;
  /** Material rows whose upload is not claimed by their case. */
  materialsNotClaimed: number;
  /** Rows (uploads, case materials) whose file is not in the store. */
  missingFiles: number;
  /** Stored files no uploads row points to. */
  filesWithoutRow: number;
  temporaryFiles: number;
}

const uuidArray = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;

/** Counts each kind of damage; every count but acknowledged and found should be zero. */
export async function checkIntegrity({
  database,
  blobDir,
  acknowledgements,
  accountIds,
  requiredMaterials,
}: {
  database: Database;
  blobDir: string;
  acknowledgements: Acknowledgement[];
  accountIds: string[];
  requiredMaterials: number;
}): Promise<Integrity> {
  const db = database.db;
  const accounts = uuidArray(accountIds);
  const keys = await queryRows<{
    account_id: string;
    key: string;
    status: number | null;
    case_id: string | null;
  }>(
    db,
    sql`select account_id::text, key, response_status as status, response_body->>'id' as case_id
        from idempotency_keys where account_id = any(${accounts})`,
  );
  const keyed = new Map(keys.map((k) => [`${k.account_id}:${k.key}`, k]));
  const cases = await queryRows<{ id: string; applicant_id: string }>(
    db,
    sql`select id::text, applicant_id::text from cases where applicant_id = any(${accounts})`,
  );
  const caseIds = new Set(cases.map((c) => c.id));

  let found = 0;
  let keyMismatches = keys.filter((k) => k.status === null).length;
  for (const ack of acknowledgements) {
    const stored = keyed.get(`${ack.accountId}:${ack.key}`);
    if (!stored || stored.case_id !== ack.caseId) keyMismatches += 1;
    if (caseIds.has(ack.caseId)) found += 1;
  }
  const acknowledgedCases = new Set(acknowledgements.map((a) => a.caseId));
  // Two keys answered with one case would hide a lost submission behind a found one.
  keyMismatches += acknowledgements.length - acknowledgedCases.size;
  const duplicated = cases.filter((c) => !acknowledgedCases.has(c.id)).length;

  const count = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ n: number }>(db, query))[0]?.n ?? 0;
  const casesWithoutFirstEvent = await count(sql`
    select count(*)::int as n from cases c
    where c.applicant_id = any(${accounts}) and not exists (
      select 1 from case_events e where e.case_id = c.id and e.seq = 1 and e.type = 'submitted')`);
  const casesWithoutTheirMaterials = await count(sql`
    select count(*)::int as n from cases c
    where c.applicant_id = any(${accounts}) and (
      select count(*) from case_materials m where m.case_id = c.id and m.event_seq = 1
    ) <> ${requiredMaterials}`);
  const casesWithoutTheirEvent = await count(sql`
    select count(*)::int as n from cases c
    where c.applicant_id = any(${accounts}) and not exists (
      select 1 from outbox_events o
      where o.type = 'case.event' and o.payload->>'caseId' = c.id::text and o.payload->>'seq' = '1')`);
  const materialsNotClaimed = await count(sql`
    select count(*)::int as n from case_materials m
    join cases c on c.id = m.case_id and c.applicant_id = any(${accounts})
    left join uploads u on u.id = m.upload_id
    where m.source = 'upload' and (u.id is null or u.claimed_by is distinct from m.case_id)`);

  const store = createBlobStore(blobDir);
  const hashes = await queryRows<{ sha256: string }>(
    db,
    sql`select sha256 from uploads where owner_id = any(${accounts})
        union
        select m.sha256 from case_materials m join cases c on c.id = m.case_id
        where c.applicant_id = any(${accounts}) and m.sha256 is not null`,
  );
  let missingFiles = 0;
  for (const { sha256 } of hashes) if (!(await store.exists(sha256))) missingFiles += 1;
  const rowHashes = new Set(
    (await queryRows<{ sha256: string }>(db, sql`select distinct sha256 from uploads`)).map((r) => r.sha256),
  );
  let filesWithoutRow = 0;
  for await (const sha256 of store.listStored()) if (!rowHashes.has(sha256)) filesWithoutRow += 1;
  const temporaryFiles = (await readdir(path.join(blobDir, 'tmp')).catch(() => [])).length;

  return {
    acknowledged: acknowledgements.length,
    found,
    lost: acknowledgements.length - found,
    duplicated,
    keyMismatches,
    casesWithoutFirstEvent,
    casesWithoutTheirMaterials,
    casesWithoutTheirEvent,
    materialsNotClaimed,
    missingFiles,
    filesWithoutRow,
    temporaryFiles,
  };
}
