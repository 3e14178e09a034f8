import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverEntry = path.join(projectRoot, 'dist/server/main.js');

/** A port nobody listens on right now; the server keeps it across restarts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * The built server (`npm run build` first) on one PostgreSQL database and one blob folder, which
 * outlive it: killed with SIGKILL and started again, it finds both as the dead process left them.
 */
export class KillableServer {
  private child: ChildProcess | null = null;
  private log = '';
  readonly baseUrl: string;

  constructor(
    private readonly options: { databaseUrl: string; blobDir: string; dataDir: string; port: number },
  ) {
    this.baseUrl = `http://127.0.0.1:${options.port}`;
  }

  /** Starts a process and resolves once /api/ready answers. */
  async start(): Promise<void> {
    if (!existsSync(serverEntry)) throw new Error(`${serverEntry} is missing: run \`npm run build\` first.`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(this.options.port),
      DATABASE_URL: this.options.databaseUrl,
      DATABASE_POOL_SIZE: '10',
      DATA_DIR: this.options.dataDir,
      BLOB_DIR: this.options.blobDir,
      // Killing the process mid-request makes error lines that are the point of the test, not news.
      LOG_LEVEL: 'fatal',
    };
    delete env.APP_DATABASE_URL;
    this.log = '';
    const child = spawn(process.execPath, [serverEntry, 'start'], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.child = child;
    process.once('exit', this.killOnExit);
    // Bounded by polls, not by a clock reading: a slow machine only waits longer between them.
    for (let poll = 0; ; poll += 1) {
      if (poll > 1200) {
        await this.kill();
        throw new Error(`the server did not become ready:\n${this.log}`);
      }
      if (child.exitCode !== null) {
        throw new Error(`the server exited with code ${child.exitCode} before it was ready:\n${this.log}`);
      }
      try {
        if ((await fetch(`${this.baseUrl}/api/ready`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** SIGKILL: no drain, no clean close of the database connections; waits until the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await exited(child);
    process.off('exit', this.killOnExit);
    this.child = null;
  }

  /** SIGTERM, as in production: requests in flight finish, then the process exits. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited(child);
    clearTimeout(timer);
    process.off('exit', this.killOnExit);
    this.child = null;
  }

  // If the test worker dies without its hooks, the server must not outlive it.
  private readonly killOnExit = () => this.child?.kill('SIGKILL');
}
