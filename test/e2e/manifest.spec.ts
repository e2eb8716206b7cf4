/**
 * The built manifests ask only for what Parole uses, and the built code loads nothing remote.
 * Runs on the build (`npm run build` writes both targets before the end-to-end suite), so it
 * lives with the e2e specs; it opens no browser.
 *
 * A new permission or host must be added to the lists below on purpose, with its reason in the
 * README's permission table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { MAIL_HOST_PATTERNS } from '../../lib/mail/hosts.ts';

const OUT = resolve(process.env.PAROLE_OUT_DIR ?? '.output');

/**
 * Every permission Parole may hold, and how the built code must use it (a permission the code
 * never calls is one too many): `storage` (tab readings, settings), `sidePanel` (Chrome's panel),
 * `alarms` + `notifications` (the ledger's reminders and badge).
 */
const ALLOWED: Record<string, RegExp> = {
  storage: /\.storage\b/,
  sidePanel: /\.sidePanel\b/,
  alarms: /\.alarms\b/,
  notifications: /\.notifications\b/,
};
const REQUIRED = { 'chrome-mv3': ['storage', 'sidePanel'], 'firefox-mv2': ['storage'] } as const;

type Target = keyof typeof REQUIRED;

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * `Function` as a value in the built code, each use explained. Anything else (or any `eval`) fails.
 * - `instanceof Function`: a type test (chrono-node's debug option), no code made;
 * - `"[Function "`: text in a string literal, a value formatter's label for functions;
 * - zod v4's `allowsEval` probe, `const F=Function; new F("")` in a try: under the extension's
 *   default CSP it throws, the probe returns false, and zod never compiles code;
 * - zod v4's JIT (`Doc.compile`: `const F=Function, …; new F(…)`), only reached when that probe
 *   succeeded, which the CSP forbids.
 */
const FUNCTION_USES: { why: string; pattern: RegExp }[] = [
  { why: 'type test', pattern: /instanceof Function\b/y },
  {
    why: 'a printed label, "[Function name]" (a value formatter in the options page)',
    pattern: /"\[Function "/y,
  },
  { why: 'zod allowsEval probe', pattern: /(\w+)=Function;return new \1\(""\),!0\}catch/y },
  { why: 'zod JIT behind the probe', pattern: /compile\(\)\{const (\w+)=Function,/y },
];

/** Every `Function` token not covered by an explained use, as `file: context`. */
function unexplainedFunctions(file: string, code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\bFunction\b/g)) {
    const at = m.index ?? 0;
    const explained = FUNCTION_USES.some(({ pattern }) => {
      // Each explained pattern is matched starting a little before the token.
      for (let back = 0; back <= 40; back++) {
        pattern.lastIndex = at - back;
        if (at - back >= 0 && pattern.test(code)) return true;
      }
      return false;
    });
    if (!explained) out.push(`${file}: …${code.slice(Math.max(0, at - 60), at + 40)}…`);
  }
  return out;
}

for (const target of ['chrome-mv3', 'firefox-mv2'] as const satisfies readonly Target[]) {
  test.describe(`${target} build`, () => {
    const root = join(OUT, target);
    const manifestPath = join(root, 'manifest.json');
    const manifest = () => JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const code = () =>
      files(root)
        .filter((f) => f.endsWith('.js'))
        .map((f) => ({ file: f.slice(root.length + 1), text: readFileSync(f, 'utf8') }));

    test.beforeAll(() => {
      if (!existsSync(manifestPath))
        throw new Error(`${manifestPath} missing: build first (npm run build, or wxt build -b firefox)`);
    });

    test('asks only for the permissions it uses', () => {
      const m = manifest();
      const hosts = MAIL_HOST_PATTERNS;
      // MV2 lists host access among the permissions.
      const permissions = (m.permissions ?? []).filter((p) => !hosts.includes(p));
      for (const p of permissions) expect(Object.keys(ALLOWED), `unexpected permission "${p}"`).toContain(p);
      for (const p of REQUIRED[target]) expect(permissions).toContain(p);
      const all = code()
        .map((c) => c.text)
        .join('\n');
      const unused = permissions.filter((p) => !(ALLOWED[p] as RegExp).test(all));
      expect(unused, 'granted but never called in the built code').toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions ?? []).toEqual([]);
      expect(m.externally_connectable).toBeUndefined();
    });

    test('reaches the four webmail hosts and nothing else', () => {
      const m = manifest();
      const hosts =
        target === 'chrome-mv3'
          ? (m.host_permissions ?? [])
          : (m.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>');
      expect([...hosts].sort()).toEqual([...MAIL_HOST_PATTERNS].sort());
      const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
      expect(matches.length).toBeGreaterThan(0);
      for (const match of matches) expect(MAIL_HOST_PATTERNS).toContain(match);
      expect(m.web_accessible_resources ?? []).toEqual([]);
    });

    test('keeps the default content security policy', () => {
      expect(manifest().content_security_policy).toBeUndefined();
    });

    test('loads no remote code and makes none at run time', () => {
      const scripts = code();
      expect(scripts.length).toBeGreaterThan(3);
      const problems: string[] = [];
      for (const { file, text } of scripts) {
        for (const m of text.matchAll(/\b(?:importScripts|import)\s*\(\s*["'`](https?:)?\/\//g))
          problems.push(`${file}: remote import ${m[0]}`);
        for (const m of text.matchAll(/\beval\s*\(/g))
          problems.push(
            `${file}: eval at ${m.index}: …${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40)}…`,
          );
        problems.push(...unexplainedFunctions(file, text));
        if (/\bset(?:Timeout|Interval)\s*\(\s*["'`]/.test(text))
          problems.push(`${file}: timer with a code string`);
      }
      for (const html of files(root).filter((f) => f.endsWith('.html'))) {
        const text = readFileSync(html, 'utf8');
        for (const m of text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi))
          if (/^(?:https?:)?\/\//i.test(m[1] ?? '')) problems.push(`${html}: remote script ${m[1]}`);
        if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(text)) problems.push(`${html}: inline script`);
      }
      expect(problems).toEqual([]);
    });
  });
}
