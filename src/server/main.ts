import path from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db/database.js';
import { applyMigrations } from './platform/db/migrate.js';
import { createModules } from './modules.js';
import { runCatalogImportCommand } from './modules/catalog/index.js';
import { seedDemoData, demoAccounts } from './seed.js';

const usage = `Usage: tongcheng <command> [options]
  start [--seed-demo]   apply migrations, optionally load demo data, serve HTTP
  migrate               apply migrations and exit
  seed                  load demo data (idempotent) and exit
  import catalog FILE   import a catalogue workbook (.xlsx) as the system; all or nothing`;

async function main(argv: string[]): Promise<void> {
  const [command = 'start', ...flags] = argv;
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    appDatabaseUrl: config.APP_DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    dataDir: config.DATA_DIR,
  });
  await applyMigrations(database);
  // The official holiday calendar is reference data every deadline needs, demo or not.
  await createModules({ config, database }).calendar.seedCalendar();

  if (command === 'migrate') return database.close();
  if (command === 'seed') {
    await seedDemoData(database, config, { history: true });
    return database.close();
  }
  if (command === 'import' && flags[0] === 'catalog' && flags[1]) {
    const { catalog } = createModules({ config, database });
    // npm runs scripts from the package root; INIT_CWD is where `npm run import` was typed.
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), flags[1]);
    process.exitCode = await runCatalogImportCommand({ catalog, file });
    return database.close();
  }
  if (command !== 'start') {
    await database.close();
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  if (flags.includes('--seed-demo')) await seedDemoData(database, config, { history: true });

  const { app, jobs, modules } = await buildApp({ config, database });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'draining in-flight requests');
    // close() stops accepting, lets in-flight requests finish, then the database closes cleanly.
    await app.close();
    // The job runner finishes the batch in hand (an unfinished one is retried after its lease).
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.HOST, port: config.PORT, ipv6Only: false });
  jobs.start();
  // A file a killed process left without its row goes now, not at the next hourly collection.
  void modules.uploads
    .collectGarbage()
    .catch((error: unknown) => app.log.error({ err: error }, 'collecting unreachable uploads failed'));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const lines = [
    '',
    `Tongcheng 同城 is running on ${database.kind === 'pglite' ? `PGlite (${config.DATA_DIR})` : 'PostgreSQL'}`,
    `  Web:      http://localhost:${port}/`,
    `  IPv6:     http://[::1]:${port}/`,
    `  API docs: http://localhost:${port}/api/docs`,
    `  Ready:    http://localhost:${port}/api/ready`,
  ];
  if (flags.includes('--seed-demo')) {
    lines.push('', 'Demo accounts (password for all: ' + demoAccounts.password + '):');
    for (const account of demoAccounts.list)
      lines.push(`  ${account.login.padEnd(20)} ${account.description}`);
  }
  console.log(lines.join('\n') + '\n');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
