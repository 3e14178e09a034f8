#!/usr/bin/env node
// Makes sure Debian's Chromium (and a CJK font, so Chinese renders in screenshots) is present for
// the browser tests. `npx playwright install` cannot work on this machine, so the system package
// is used. Never skips silently: without Chromium the e2e run must fail loudly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`Chromium found at ${CHROMIUM}`);
  process.exit(0);
}

if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.error(
    `Chromium is missing (${CHROMIUM}) and this process is not root, so it cannot be installed.\n` +
      'Install it as root with:  apt-get update && apt-get install -y chromium fonts-noto-cjk',
  );
  process.exit(1);
}

console.log('Chromium is missing; installing chromium and fonts-noto-cjk with apt-get');
const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium fonts-noto-cjk'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (result.status !== 0 || !existsSync(CHROMIUM)) {
  console.error(`Installing Chromium failed (exit status ${String(result.status)}).`);
  process.exit(1);
}
console.log(`Chromium installed at ${CHROMIUM}`);
