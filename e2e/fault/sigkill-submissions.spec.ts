import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/contracts/catalog.contract.js';
import { idNumberCheckChar } from '../../src/contracts/china-ids.js';
import { createUploads } from '../../src/server/platform/blobs/index.js';
import { loadConfig } from '../../src/server/platform/config.js';
import { seedDemoData } from '../../src/server/seed.js';
import { createTestDatabase, type TestDatabase } from '../../test/database.js';
import { checkIntegrity } from './integrity.js';
import { freePort, KillableServer } from './server-process.js';
import { newTally, SubmittingCitizen, type Acknowledgement } from './submitting-citizen.js';

const ITEM_CODE = '000125008000';
const CHENGDU = '510100';
const CLIENTS = 20;
const KILLS = 5;
/** Acknowledgements between one start and the next kill: a random count in this range. */
const ACKS_BEFORE_KILL = [2, 10] as const;

const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周婷', '吴昊'];
const MORE_NAMES = ['徐丽', '孙浩', '胡军', '朱琳', '高翔', '林涛', '何雪', '郭强', '马超', '罗燕'];

/** A resident of 成都锦江区 with a valid ID number and mobile, unique within the run. */
function person(i: number) {
  const stem = `510104199${i % 10}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + i).padStart(2, '0')}${String(300 + i).padStart(3, '0')}`;
  return {
    realName: [...NAMES, ...MORE_NAMES][i] ?? '张伟',
    idNumber: stem + idNumberCheckChar(stem),
    mobile: `1378000${String(1000 + i).slice(-4)}`,
    password: `Fault-test-${1000 + i}-Cd`,
  };
}

const randomInt = ([min, max]: readonly [number, number]) =>
  min + Math.floor(Math.random() * (max - min + 1));

const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl) {
  console.log(
    'sigkill-submissions: skipped — TEST_DATABASE_URL is not set; this fault test kills the server under load and needs a PostgreSQL server (PGlite lives inside the killed process and never fsyncs)',
  );
}

/**
 * Many citizens submit with idempotency keys while the server is killed with SIGKILL at random
 * moments and started again on the same database and blob folder. Afterwards every acknowledged
 * submission must exist exactly once, whole, with its materials' files, and no file may be left
 * without a row once the collector has run.
 */
describe.skipIf(!databaseUrl)('submissions under SIGKILL on PostgreSQL', () => {
  let test: TestDatabase;
  let blobDir: string;
  let dataDir: string;
  let server: KillableServer;

  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    blobDir = await mkdtemp(path.join(tmpdir(), 'tongcheng-fault-blobs-'));
    dataDir = await mkdtemp(path.join(tmpdir(), 'tongcheng-fault-data-'));
    server = new KillableServer({ databaseUrl: test.url!, blobDir, dataDir, port: await freePort() });
    await server.start();
  });

  afterAll(async () => {
    await server?.kill();
    await test?.dispose();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged submission exactly once, whole, with its files', async () => {
    const item = (await (
      await fetch(`${server.baseUrl}/api/v1/catalog/items/${ITEM_CODE}`)
    ).json()) as ItemView;
    const implementation = item.implementations.find((impl) => impl.cityCode === CHENGDU);
    if (!implementation) throw new Error('Chengdu implements the demo item');
    const requiredMaterials = implementation.materials.filter((m) => m.requirement === 'required').length;
    const scan = await readFile(new URL('../fixtures/id-card-scan.pdf', import.meta.url));

    const tally = newTally();
    const citizens = Array.from(
      { length: CLIENTS },
      (_, i) => new SubmittingCitizen(server.baseUrl, person(i), tally),
    );
    for (const citizen of citizens) await citizen.register();

    const acknowledgements: Acknowledgement[] = [];
    let acksSinceStart = 0;
    let wakeKiller: (() => void) | null = null;
    let killing = true;
    let failure: unknown = null;

    // Each citizen applies again and again until the killer is done, then finishes what is in hand.
    const clients = citizens.map(async (citizen) => {
      try {
        while (killing && !failure) {
          acknowledgements.push(await citizen.apply(ITEM_CODE, implementation, scan));
          acksSinceStart += 1;
          wakeKiller?.();
        }
      } catch (error) {
        failure ??= error;
        wakeKiller?.();
      }
    });

    // The moments are random but bound by counts: after a few acknowledgements, with a jitter so
    // the kill lands at any point of a request (upload, submission, commit, answer).
    let kills = 0;
    while (kills < KILLS && !failure) {
      const target = randomInt(ACKS_BEFORE_KILL);
      while (acksSinceStart < target && !failure)
        await new Promise<void>((resolve) => (wakeKiller = resolve));
      wakeKiller = null;
      if (failure) break;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 120));
      await server.kill();
      kills += 1;
      acksSinceStart = 0;
      await server.start();
    }
    killing = false;
    await Promise.all(clients);
    if (failure) throw failure;
    await server.stop();

    // Whatever a killed process left half-way is the collector's: files without a row, temporary files.
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const collected = await createUploads({
      database: test.database,
      root: blobDir,
      maxFileBytes: config.UPLOAD_MAX_FILE_BYTES,
      pendingQuotaBytes: 4 * config.CASE_MATERIALS_MAX_BYTES,
    }).collectGarbage({ temporaryGraceMs: 0 });

    const integrity = await checkIntegrity({
      database: test.database,
      blobDir,
      acknowledgements,
      accountIds: citizens.map((c) => c.accountId),
      requiredMaterials,
    });
    const replayed = acknowledgements.filter((a) => a.replayed).length;
    console.log(
      `sigkill-submissions: ${kills} SIGKILLs, ${CLIENTS} clients — acknowledged ${integrity.acknowledged}, ` +
        `found ${integrity.found}, duplicated ${integrity.duplicated}, lost ${integrity.lost} ` +
        `(answers replayed ${replayed}; requests cut off by a kill ${tally.cutOff}, refused while down ` +
        `${tally.refused}, abandoned by the client ${tally.abandoned}, 409 ${tally.inFlight}, ` +
        `503 ${tally.unavailable}, other 5xx ${tally.serverErrors}; collector removed ` +
        `${collected.filesRemoved} files without a row, ${collected.temporaryFilesRemoved} temporary files)`,
    );

    expect(kills).toBe(KILLS);
    expect(integrity.acknowledged).toBeGreaterThanOrEqual(KILLS * ACKS_BEFORE_KILL[0]);
    expect(integrity).toEqual({
      acknowledged: acknowledgements.length,
      found: acknowledgements.length,
      lost: 0,
      duplicated: 0,
      keyMismatches: 0,
      casesWithoutFirstEvent: 0,
      casesWithoutTheirMaterials: 0,
      casesWithoutTheirEvent: 0,
      materialsNotClaimed: 0,
      missingFiles: 0,
      filesWithoutRow: 0,
      temporaryFiles: 0,
    });
  });
});
