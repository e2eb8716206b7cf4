/**
 * One contract for every webmail adapter (STYLE.md: keep Gmail and Outlook honest with one shared
 * suite): each saved page in test/fixtures/threads reads to its `.expected.json`; `read()` never
 * throws and stays fast on broken, empty or huge pages; a failure names the selectors it tried.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MailAdapter } from '../../lib/mail/adapter.ts';
import { gmailAdapter } from '../../lib/mail/gmail.ts';
import { outlookAdapter } from '../../lib/mail/outlook.ts';
import { ThreadSchema } from '../../lib/mail/thread.ts';
import { offlinePage } from '../tools/offline-page.ts';

const FIXTURES = 'test/fixtures/threads';

interface Suite {
  adapter: MailAdapter;
  other: MailAdapter;
  prefix: string;
  url: string;
  /** A page to mutate for the bad-input cases. */
  base: string;
  item: string;
  list: string;
  date: string;
  dateAttrs: string[];
  senderAttrs: [string, string[]][];
  body: string;
  mainName: string;
}

const SUITES: Suite[] = [
  {
    adapter: gmailAdapter,
    other: outlookAdapter,
    prefix: 'gmail-',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb',
    base: 'gmail-fr-maquettes-v2.html',
    item: '.bGI[role=main]:not([style]) [role=listitem].h7',
    list: '[role=list]',
    date: 'span.g3[title]',
    dateAttrs: ['title', 'alt'],
    senderAttrs: [
      ['[email]', ['email', 'data-hovercard-id']],
      ['img[jid]', ['jid']],
    ],
    body: '.a3s',
    mainName: 'gmail.main',
  },
  {
    adapter: outlookAdapter,
    other: gmailAdapter,
    prefix: 'outlook-',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAD2HTJFRWEg%2B2QMPb%2F6ndyfWWyIDjItnz80pvC1p%2BL3zrr6wgjV4%3D',
    base: 'outlook-fr-transfert-devis.html',
    item: '[role=main] .aVla3',
    list: '[role=main] .ZOM9m',
    date: '[data-testid="SentReceivedSavingLabel"]',
    dateAttrs: ['title'],
    senderAttrs: [['[role=main] [title*="@"]', ['title']]],
    body: '[id^="UniqueMessageBody"]',
    mainName: 'outlook.readingPane',
  },
];

const savedUrl = (html: string) => /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/.exec(html)?.[1] ?? null;

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

async function page(html: string, url: string): Promise<Document> {
  const loaded = offlinePage(html, url);
  closers.push(loaded.close);
  return loaded.doc;
}

describe.each(SUITES)('$prefix adapter contract', (suite) => {
  const { adapter } = suite;
  const files = readdirSync(FIXTURES).filter((f) => f.startsWith(suite.prefix) && f.endsWith('.html'));

  it('has fixture pages to run on', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(files)('%s', (file) => {
    it('reads to its expected thread', async () => {
      const html = readFileSync(join(FIXTURES, file), 'utf8');
      const url = savedUrl(html) ?? suite.url;
      const doc = await page(html, url);
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, file.replace(/\.html$/, '.expected.json')), 'utf8'),
      );

      expect(adapter.recognises(doc)).toBe(true);
      expect(suite.other.recognises(doc)).toBe(false);
      const key = adapter.threadKey(doc);
      expect(key).not.toBeNull();
      expect(adapter.threadKey(doc)).toBe(key);

      const result = adapter.read(doc);
      if (!result.ok)
        throw new Error(`${file}: ${result.failure.reason} (tried ${result.failure.tried.join(', ')})`);
      const { url: threadUrl, problems, ...thread } = ThreadSchema.parse(result.thread);
      expect(thread).toEqual(expected);
      expect(threadUrl).toBe(url);
      expect(problems).toEqual([]);
    });
  });

  describe('never throws', () => {
    const broken: [string, string][] = [
      ['an empty document', ''],
      ['a bare html element', '<html></html>'],
      [
        'malformed markup',
        '<div role="main"><h2 class="hP"><<div <span email=">"></div></td></tr><p>unclosed',
      ],
      [
        'an inbox with no open thread',
        '<div role="main"><table><tr><td><span email="a@b.example">A</span></td></tr></table></div>',
      ],
    ];
    it.each(broken)('on %s: fails with the selectors it tried', async (_name, html) => {
      const doc = await page(html, suite.url);
      expect(adapter.threadKey(doc)).toBeNull();
      const result = adapter.read(doc);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.failure.reason).not.toBe('');
        expect(result.failure.tried).toContain(suite.mainName);
      }
    });

    it("on the other provider's page", async () => {
      const otherFile = readdirSync(FIXTURES).find(
        (f) => f.endsWith('.html') && !f.startsWith(suite.prefix),
      ) as string;
      const doc = await page(readFileSync(join(FIXTURES, otherFile), 'utf8'), suite.url);
      expect(adapter.read(doc).ok).toBe(false);
    });

    it('on a page cut in half', async () => {
      const html = readFileSync(join(FIXTURES, suite.base), 'utf8');
      const doc = await page(html.slice(0, Math.floor(html.length * 0.6)), suite.url);
      expect(() => adapter.read(doc)).not.toThrow();
      expect(() => adapter.threadKey(doc)).not.toThrow();
    });

    it('when the DOM itself throws', () => {
      const hostile = new Proxy({} as Document, {
        get() {
          throw new Error('detached frame');
        },
      });
      expect(() => adapter.read(hostile)).not.toThrow();
      expect(adapter.read(hostile).ok).toBe(false);
      expect(adapter.threadKey(hostile)).toBeNull();
      expect(adapter.recognises(hostile)).toBe(false);
    });
  });

  describe('reads what it can from damaged pages', () => {
    const load = async (mutate: (doc: Document) => void) => {
      const doc = await page(readFileSync(join(FIXTURES, suite.base), 'utf8'), suite.url);
      mutate(doc);
      return doc;
    };

    it('an unknown date format: null plus a problem', async () => {
      const doc = await load((d) => {
        for (const el of Array.from(d.querySelectorAll(suite.date)))
          for (const a of suite.dateAttrs) el.setAttribute(a, 'il y a trois jours');
      });
      const result = adapter.read(doc);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.thread.messages.length).toBeGreaterThan(0);
      expect(result.thread.messages.every((m) => m.sent_at === null)).toBe(true);
      expect(result.thread.problems.some((p) => /date/.test(p))).toBe(true);
    });

    it('missing sender addresses: null plus a problem', async () => {
      const doc = await load((d) => {
        for (const [css, attrs] of suite.senderAttrs)
          for (const el of Array.from(d.querySelectorAll(css))) for (const a of attrs) el.removeAttribute(a);
        for (const el of Array.from(d.querySelectorAll('.go, .ZrJ9i'))) el.remove();
      });
      const result = adapter.read(doc);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.thread.messages.some((m) => m.from.email === null)).toBe(true);
      expect(result.thread.problems.some((p) => /address|sender/.test(p))).toBe(true);
    });

    it('an empty thread: no messages plus a problem, or a named failure', async () => {
      const doc = await load((d) => {
        for (const el of Array.from(d.querySelectorAll(suite.list))) el.innerHTML = '';
      });
      const result = adapter.read(doc);
      if (result.ok) {
        expect(result.thread.messages).toEqual([]);
        expect(result.thread.problems.length).toBeGreaterThan(0);
      } else {
        expect(result.failure.tried.length).toBeGreaterThan(0);
      }
    });

    it('500 messages in linear time', async () => {
      const doc = await load((d) => {
        const item = d.querySelector(suite.item) as Element;
        const html = item.outerHTML.repeat(500);
        const list = item.parentElement as Element;
        list.innerHTML = html;
      });
      const started = performance.now();
      const result = adapter.read(doc);
      const elapsed = performance.now() - started;
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.thread.messages).toHaveLength(500);
      expect(elapsed).toBeLessThan(15_000);
    });

    it('a 1 MB body', async () => {
      const doc = await load((d) => {
        const bodies = Array.from(d.querySelectorAll(suite.body)).filter(
          (b) => !b.closest('[style*="display: none"]'),
        );
        const bodyEl = bodies[bodies.length - 1] as Element;
        bodyEl.innerHTML =
          '<div>Une ligne de texte assez longue pour remplir le message, encore et encore.</div>'.repeat(
            12_000,
          );
      });
      const started = performance.now();
      const result = adapter.read(doc);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.thread.messages.some((m) => m.text.length > 500_000)).toBe(true);
    });
  });
});
