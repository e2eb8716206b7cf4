// Installs what a fresh clone is missing, then returns: the npm dependencies (`npm ci`, which runs
// `wxt prepare`) and Debian's Chromium at /usr/bin/chromium (or $CHROMIUM_PATH). Never downloads a
// browser of its own. Used by `npm test`, `npm run demo` and `.ci/run`.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000) {
  console.error('[ensure] installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
} else if (!existsSync('.wxt/tsconfig.json')) {
  run('npx wxt prepare');
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.env.CHROMIUM_PATH) {
    console.error(`[ensure] CHROMIUM_PATH=${chromium} does not exist.`);
    process.exit(1);
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error(
      '[ensure] /usr/bin/chromium is missing: run `sudo apt-get install -y chromium` (Debian) and retry.',
    );
    process.exit(1);
  }
  console.error('[ensure] installing Debian Chromium (apt-get install chromium)…');
  run('apt-get update -qq');
  run(
    'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-color-emoji',
  );
}
