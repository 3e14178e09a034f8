import { buildApp, type BuiltApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/platform/config.js';
import type { Database } from '../src/server/platform/db/database.js';

/** The real application on a test database, for app.inject(). */
export async function buildTestApp(database: Database, env: Record<string, string> = {}): Promise<BuiltApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: './no-web', ...env });
  return buildApp({ config, database });
}
