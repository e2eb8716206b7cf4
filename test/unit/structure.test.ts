import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Meta-tests that keep the layers honest (DESIGN.md "How it is built", STYLE.md). */

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, 'utf8');
const offenders = (files: string[], pattern: RegExp) => files.filter((f) => pattern.test(read(f)));

describe('structure', () => {
  const lib = sources('lib');
  const components = sources('components');
  const entrypoints = sources('entrypoints');
  const all = [...lib, ...components, ...entrypoints];

  it('lib/ has no React and never reaches into components or entrypoints', () => {
    expect(offenders(lib, /from ['"](react|react-dom[^'"]*|dexie-react-hooks)['"]/)).toEqual([]);
    expect(offenders(lib, /from ['"][./]*\/(components|entrypoints)\//)).toEqual([]);
  });

  it('only lib/store opens the database', () => {
    const outside = all.filter((f) => !f.startsWith(join('lib', 'store')));
    expect(offenders(outside, /from ['"]dexie['"]/)).toEqual([]);
    expect(
      offenders(
        outside,
        /\.(promises|clients|reminders|settings)\.(where|get|put|add|update|delete|toArray|bulk\w+)\(/,
      ),
    ).toEqual([]);
  });

  it('only lib/messages sends extension messages', () => {
    const outside = all.filter((f) => !f.startsWith(join('lib', 'messages')));
    expect(offenders(outside, /runtime\.sendMessage|tabs\.sendMessage/)).toEqual([]);
  });

  it('only lib/mail reads the webmail page (content scripts run lib/content on lib/mail)', () => {
    const pageCode = [
      ...components,
      ...entrypoints,
      ...lib.filter((f) => f.startsWith(join('lib', 'analysis'))),
    ];
    expect(
      offenders(pageCode, /querySelector(All)?\(\s*['"][^'"]*(\.a3s|\.hP|UniqueMessageBody|g_editable)/),
    ).toEqual([]);
  });

  it('entrypoints only wire things', () => {
    const long = entrypoints.filter((f) => read(f).split('\n').length > 45);
    expect(long).toEqual([]);
  });

  it('no code or test depends on the sibling shared folder being present', () => {
    // The sibling `shared/` folder (eval sets, fixtures, docs) — not `components/common`.
    expect(
      offenders(
        [...all, ...sources('test')],
        /(\.\.\/)+shared\/(eval|fixtures|hooks|[A-Z]+\.md)|\/work\/shared/,
      ),
    ).toEqual([]);
  });
});
