/**
 * Hostile email content read through both webmail adapters (corpus: test/fixtures/hostile, made by
 * test/tools/make-hostile.ts; the 1 MB body and the 500-message thread are built here). The
 * adapter returns a thread or a clear failure and never throws; what it returns is text only:
 * no markup, no script source, no attribute values, no inline-hidden text, and no direction
 * overrides or invisible characters in the names and subject the panel shows.
 * Time is not asserted here (machines vary): `npm run bench` measures the read of large pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MailAdapter, ReadResult } from '../../lib/mail/adapter.ts';
import { gmailAdapter } from '../../lib/mail/gmail.ts';
import { outlookAdapter } from '../../lib/mail/outlook.ts';
import { type Thread, ThreadSchema } from '../../lib/mail/thread.ts';
import { GMAIL_PAGE_URL, OUTLOOK_PAGE_URL } from '../tools/bench/thread-page.ts';
import {
  HOSTILE_DIR,
  type HostileCase,
  hostileCases,
  largeHostileCases,
  PAYLOAD,
  PROVIDERS,
} from '../tools/make-hostile.ts';
import { offlinePage } from '../tools/offline-page.ts';

const SUITES = [
  { provider: 'gmail', adapter: gmailAdapter, url: GMAIL_PAGE_URL },
  { provider: 'outlook', adapter: outlookAdapter, url: OUTLOOK_PAGE_URL },
] as const satisfies readonly { provider: keyof typeof PROVIDERS; adapter: MailAdapter; url: string }[];

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

async function read(adapter: MailAdapter, html: string, url: string): Promise<ReadResult> {
  const { doc, close } = offlinePage(html, url);
  closers.push(close);
  let result: ReadResult | undefined;
  expect(() => {
    result = adapter.read(doc);
  }).not.toThrow();
  return result as ReadResult;
}

/** Markup, script, handlers and links that must never be in a text field. */
const MARKUP = /<\/?[a-z][^>]*>|<!--|\bjavascript:|\bon[a-z]+\s*=/i;
/** Direction overrides, embeddings and isolates; zero-width characters and the BOM. */
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/;

function textFields(thread: Thread): string[] {
  return [
    thread.subject ?? '',
    thread.account ?? '',
    ...thread.messages.flatMap((m) => [
      m.text,
      m.from.name ?? '',
      m.from.email ?? '',
      ...m.to.flatMap((p) => [p.name ?? '', p.email ?? '']),
    ]),
  ];
}

function expectTextOnly(thread: Thread): void {
  for (const field of textFields(thread)) {
    expect(field).not.toMatch(MARKUP);
    expect(field).not.toContain(PAYLOAD);
  }
}

function expectReadable(result: ReadResult, hostile: HostileCase): Thread {
  if (!result.ok) throw new Error(`${hostile.name}: ${result.failure.reason}`);
  const thread = ThreadSchema.parse(result.thread);
  expect(thread.messages).toHaveLength(hostile.messages.length);
  for (const m of thread.messages) expect(m.text).toContain('VISIBLE');
  return thread;
}

describe.each(SUITES)('$provider adapter on hostile content', ({ provider, adapter, url }) => {
  it.each(hostileCases())('$name: a thread of text only', async (hostile) => {
    const file = join(HOSTILE_DIR, `${hostile.name}.${provider}.html`);
    expect(existsSync(file), `${file}: run npx tsx test/tools/make-hostile.ts`).toBe(true);
    const thread = expectReadable(await read(adapter, readFileSync(file, 'utf8'), url), hostile);
    expectTextOnly(thread);
    if (hostile.options?.subject) expect(thread.subject).toContain('VISIBLE');
  });

  // "Paul \u202ednaruD" would show as "Paul Durand": the reader drops such characters from labels.
  it('keeps direction overrides and invisible characters out of names and the subject', async () => {
    const hostile = hostileCases().find((c) => c.name === 'bidi-and-zero-width') as HostileCase;
    const html = readFileSync(join(HOSTILE_DIR, `${hostile.name}.${provider}.html`), 'utf8');
    const thread = expectReadable(await read(adapter, html, url), hostile);
    const shown = [thread.subject ?? '', ...thread.messages.map((m) => m.from.name ?? '')];
    for (const field of shown) expect(field).not.toMatch(INVISIBLE);
    expect(thread.messages.map((m) => m.from.email)).toEqual(hostile.messages.map((m) => m.email));
  });

  it('reads the hidden-text page without the hidden text, and the visible text in full', async () => {
    const hostile = hostileCases().find((c) => c.name === 'css-tricks') as HostileCase;
    const html = readFileSync(join(HOSTILE_DIR, `${hostile.name}.${provider}.html`), 'utf8');
    const text = expectReadable(await read(adapter, html, url), hostile).messages[0]?.text ?? '';
    for (const shown of ['VISIBLE énorme', 'VISIBLE overlay', 'VISIBLE white on white'])
      expect(text).toContain(shown);
    expect(text).not.toContain('hidden instruction');
  });

  it.each(largeHostileCases())(
    '$name: read whole, text only',
    async (hostile) => {
      const html = await PROVIDERS[provider](hostile.messages, hostile.options);
      const thread = expectReadable(await read(adapter, html, url), hostile);
      expectTextOnly(thread);
      if (hostile.name === 'body-1mb') expect(thread.messages[0]?.text.length).toBeGreaterThan(900_000);
      // A budget for a loaded shared machine, not a speed check: the bench measures time.
    },
    60_000,
  );

  it('fails clearly, in one line, when the hostile page has no thread at all', async () => {
    const html = `<html><body onload="${PAYLOAD}()"><svg onload="${PAYLOAD}()"></svg><script>${PAYLOAD}</script>${'<div>'.repeat(5000)}</body></html>`;
    const result = await read(adapter, html, url);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toMatch(/^[^\n]+$/);
    expect(result.failure.tried.length).toBeGreaterThan(0);
  });
});
