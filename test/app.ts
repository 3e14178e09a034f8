import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, type BuiltApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/platform/config.js';
import type { Database } from '../src/server/platform/db/database.js';

/** The real application on a test database, for app.inject(). */
export async function buildTestApp(database: Database, env: Record<string, string> = {}): Promise<BuiltApp> {
  // Uploaded files go to a folder of this app's own, removed when the app closes.
  const blobDir = env.BLOB_DIR ? null : mkdtempSync(path.join(tmpdir(), 'tongcheng-blobs-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: './no-web',
    ...(blobDir ? { BLOB_DIR: blobDir } : {}),
    ...env,
  });
  const built = await buildApp({ config, database });
  if (blobDir) built.app.addHook('onClose', async () => rmSync(blobDir, { recursive: true, force: true }));
  return built;
}
