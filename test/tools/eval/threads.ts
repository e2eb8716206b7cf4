/**
 * `eval threads <folder>`: reads each saved webmail page `NAME.html` with the adapter of its
 * provider (file-name prefix `gmail-` / `outlook-`) and compares it with `NAME.expected.json`
 * (shared eval/FORMAT.md "threads").
 *
 * Scores: `field_accuracy` over every page's subject, message count, and each expected message's
 * `from.email`, `sent_at`, `collapsed` and `text` (right at token F1 ≥ 0.9); `pages_exact`, the
 * share of pages with every field right. A page that cannot be parsed or read scores all its
 * fields wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { MailAdapter } from '../../../lib/mail/adapter.ts';
import { gmailAdapter } from '../../../lib/mail/gmail.ts';
import { outlookAdapter } from '../../../lib/mail/outlook.ts';
import type { Thread } from '../../../lib/mail/thread.ts';
import { offlinePage, savedUrl } from '../offline-page.ts';
import { type EvalOptions, reportError, round, tokenF1 } from './common.ts';

const ADAPTERS: Record<string, { adapter: MailAdapter; defaultUrl: string }> = {
  gmail: { adapter: gmailAdapter, defaultUrl: 'https://mail.google.com/mail/u/0/' },
  outlook: { adapter: outlookAdapter, defaultUrl: 'https://outlook.office.com/mail/' },
};

/** The part of the expected shape that is scored. */
interface Expected {
  subject: string | null;
  messages: { from: { email: string | null }; sent_at: string | null; collapsed: boolean; text: string }[];
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim();

interface PageScore {
  right: number;
  total: number;
  wrong: { field: string; expected: unknown; got: unknown }[];
}

export function scorePage(expected: Expected, thread: Thread | null): PageScore {
  const wrong: PageScore['wrong'] = [];
  let right = 0;
  let total = 0;
  const check = (field: string, ok: boolean, want: unknown, got: unknown) => {
    total++;
    if (ok) right++;
    else wrong.push({ field, expected: want, got });
  };
  check(
    'subject',
    thread !== null && same(thread.subject, expected.subject),
    expected.subject,
    thread?.subject ?? null,
  );
  const got = thread?.messages ?? [];
  check(
    'message_count',
    thread !== null && got.length === expected.messages.length,
    expected.messages.length,
    got.length,
  );
  expected.messages.forEach((want, i) => {
    const have = got[i];
    const wantEmail = want.from.email?.toLowerCase() ?? null;
    const haveEmail = have?.from.email?.toLowerCase() ?? null;
    check(
      `messages[${i}].from.email`,
      have !== undefined && wantEmail === haveEmail,
      want.from.email,
      have?.from.email,
    );
    check(
      `messages[${i}].sent_at`,
      have !== undefined && want.sent_at === have.sent_at,
      want.sent_at,
      have?.sent_at,
    );
    check(
      `messages[${i}].collapsed`,
      have !== undefined && want.collapsed === have.collapsed,
      want.collapsed,
      have?.collapsed,
    );
    const f1 = have ? tokenF1(have.text, want.text) : 0;
    check(
      `messages[${i}].text`,
      f1 >= 0.9,
      want.text,
      have ? { text: have.text, token_f1: round(f1, 3) } : undefined,
    );
  });
  return { right, total, wrong };
}

export async function run(path: string, options: EvalOptions): Promise<Record<string, unknown>> {
  const pages = readdirSync(path)
    .filter((f) => f.endsWith('.html'))
    .sort();
  let right = 0;
  let total = 0;
  let exact = 0;
  let n = 0;
  for (const file of pages) {
    const name = basename(file, '.html');
    const provider = /^(gmail|outlook)-/.exec(name)?.[1];
    const expectedPath = join(path, `${name}.expected.json`);
    if (!existsSync(expectedPath)) {
      // A page without its labels is not part of the set.
      process.stderr.write(`${file}: no ${name}.expected.json, skipped\n`);
      continue;
    }
    n++;
    let expected: Expected;
    try {
      expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      if (!Array.isArray(expected.messages)) throw new Error('"messages" is not a list');
    } catch (e) {
      // Unreadable labels are reported and the page counts as wrong; the run goes on.
      process.stderr.write(`${expectedPath}: ${e instanceof Error ? e.message : String(e)}\n`);
      total++;
      continue;
    }
    let thread: Thread | null = null;
    let failure: unknown = null;
    const entry = provider ? ADAPTERS[provider] : undefined;
    if (!entry) failure = `unknown provider prefix in ${file}`;
    else {
      const html = readFileSync(join(path, file), 'utf8');
      let page: ReturnType<typeof offlinePage> | null = null;
      try {
        page = offlinePage(html, savedUrl(html) ?? entry.defaultUrl);
        const result = entry.adapter.read(page.doc);
        if (result.ok) thread = result.thread;
        else failure = result.failure;
      } catch (e) {
        failure = `page could not be parsed: ${e instanceof Error ? e.message : String(e)}`;
      } finally {
        await page?.close();
      }
    }
    const score = scorePage(expected, thread);
    right += score.right;
    total += score.total;
    if (score.wrong.length === 0) exact++;
    if (failure) reportError(options, { page: name, failure });
    for (const w of score.wrong) reportError(options, { page: name, ...w });
  }
  return {
    task: 'threads',
    n,
    field_accuracy: total === 0 ? 0 : round(right / total),
    pages_exact: n === 0 ? 0 : round(exact / n),
  };
}
