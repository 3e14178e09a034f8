import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tongcheng-shutdown-'));
const port = 39000 + Math.floor(Math.random() * 900);
const base = `http://[::1]:${port}`;

function start(): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '::',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL; // the embedded database is the one that must be closed cleanly
  return spawn(process.execPath, ['dist/server/main.js', 'start', '--seed-demo'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function ready(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server not ready within 60 s');
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('stopping the server', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits 0 on SIGTERM, closing the embedded database cleanly, and starts again on the same data', async () => {
    const first = start();
    await ready(first);
    const mobile = `137${String(Date.now()).slice(-8)}`;
    const registered = await fetch(`${base}/api/v1/identity/citizens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        realName: '周到',
        idNumber: '510104199003071245',
        mobile,
        password: 'Shutdown-Check-2026',
      }),
    });
    expect([201, 409]).toContain(registered.status);

    const exited = exitOf(first);
    first.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });

    const second = start();
    try {
      await ready(second);
      const login = await fetch(`${base}/api/v1/identity/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ account: mobile, password: 'Shutdown-Check-2026' }),
      });
      expect(login.status).toBe(201);
    } finally {
      const done = exitOf(second);
      second.kill('SIGTERM');
      await done;
    }
  });
});
