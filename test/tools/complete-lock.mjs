// The registry this project installs from serves only the packages of the platforms it builds on,
// so `npm install` writes a lock file without the other platforms' optional binaries (rollup,
// esbuild, biome…) and `npm ci` then calls the lock "out of sync". This adds each missing optional
// package to the lock with its version and the os/cpu its name states, so `npm ci` knows the entry
// and skips it on platforms it does not fit. Run after any `npm install`:
//   node test/tools/complete-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = [
  'darwin',
  'win32',
  'linux',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
];
const CPU = ['x64', 'arm64', 'arm', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'wasm32'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    // Where npm would look: nested under this package, then hoisted to the root.
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    if (!/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(spec)) continue;
    const parts = name.split(/[/-]/);
    const os = parts
      .filter((p) => OS.includes(p === 'win' ? 'win32' : p))
      .map((p) => (p === 'win' ? 'win32' : p));
    const cpu = parts.filter((p) => CPU.includes(p));
    const record = { version: spec, optional: true };
    if (entry.dev) record.dev = true;
    if (os.length) record.os = os;
    if (cpu.length) record.cpu = cpu;
    if (parts.includes('musl')) record.libc = ['musl'];
    else if (parts.includes('gnu') || parts.includes('gnueabihf')) record.libc = ['glibc'];
    packages[`node_modules/${name}`] = record;
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
lock.packages = sorted;
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.error(`complete-lock: ${added} optional platform packages recorded`);
