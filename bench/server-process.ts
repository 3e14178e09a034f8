import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the built server as a child process this benchmark owns, and waits until it is ready. */
export async function startServer({
  databaseUrl,
  dataDir,
  port,
  env: extraEnv = {},
}: {
  databaseUrl?: string | undefined;
  /** Further settings, e.g. DATABASE_POOL_SIZE. */
  env?: Record<string, string>;
  /** PGlite directory when no URL is given; already migrated and loaded. */
  dataDir: string;
  port: number;
}): Promise<RunningServer> {
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...extraEnv,
  };
  if (!databaseUrl) delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js', 'start', '--seed-demo'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('server did not become ready within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
