/**
 * `npm run fixture -- <report.html> <name>` turns a reading report saved from the panel into a test
 * fixture: the censored page is copied to `test/fixtures/threads/<name>.html` and what Parole reads
 * of it now is written to `<name>.expected.json`, for a person to correct against what the page
 * shows before committing. `<name>` starts with `gmail-` or `outlook-` (the provider).
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadThread } from './load-thread.ts';

const DIR = 'test/fixtures/threads';

async function main([report, name]: string[]): Promise<void> {
  if (!report || !name || !/^(gmail|outlook)-[a-z0-9-]+$/.test(name)) {
    throw new Error('usage: npm run fixture -- <report.html> <gmail-…|outlook-…>');
  }
  const html = join(DIR, `${name}.html`);
  if (existsSync(html)) throw new Error(`${html} exists already: choose another name`);
  copyFileSync(report, html);
  const { provider, account, thread_id, subject, messages } = await loadThread(html);
  const expected = { provider, account, thread_id, subject, messages };
  writeFileSync(join(DIR, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  process.stderr.write(`wrote ${html} and ${name}.expected.json: check every field against the page.\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`fixture: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
