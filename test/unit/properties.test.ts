/**
 * Property-based robustness (fast-check) on the three ways data enters Parole:
 * - webmail pages: the saved fixture pages with random elements deleted, attributes shuffled, the
 *   HTML cut at a random point or junk injected → the adapters never throw and return a thread
 *   or a named failure;
 * - raw emails: the .eml fixtures mutated, and random bytes → `readEml` returns a Thread or throws
 *   a plain `Error` with a one-line message (never a TypeError from deep inside);
 * - import files: a real export mutated (values replaced, keys dropped, forbidden keys planted at
 *   any depth, text cut or junk injected) and random JSON → `importJson` accepts a valid file, or
 *   refuses with a one-line message and writes nothing.
 * The named refusals (truncated, wrong version, deep nesting, `__proto__`, `constructor`) are in
 * lib/store/transfer.test.ts; here they are reached at random positions.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { MailAdapter, ReadResult } from '../../lib/mail/adapter.ts';
import { readEml } from '../../lib/mail/eml.ts';
import { gmailAdapter } from '../../lib/mail/gmail.ts';
import { outlookAdapter } from '../../lib/mail/outlook.ts';
import { ThreadSchema } from '../../lib/mail/thread.ts';
import type { ParoleDB } from '../../lib/store/db.ts';
import { freshDb, promiseRecord } from '../../lib/store/test-support.ts';
import { exportJson, importJson } from '../../lib/store/transfer.ts';
import { offlinePage } from '../tools/offline-page.ts';

const RUNS = 50;
const THREADS = 'test/fixtures/threads';
const EMLS = 'test/fixtures/eml';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.splice(0)) await close();
});

/** Junk a broken page or file may hold: markup fragments, quotes, control and astral characters. */
const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '<',
    '>',
    '</div>',
    '<div',
    '"',
    "'",
    '<!--',
    ']]>',
    '&#0;',
    '\u0000',
    '\ud800',
    '😀',
    '<script>',
    '\r\n\r\n',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

function expectReadResult(result: ReadResult): void {
  if (result.ok) {
    expect(() => ThreadSchema.parse(result.thread)).not.toThrow();
  } else {
    expect(result.failure.reason).toMatch(/^[^\n]+$/);
    expect(result.failure.tried.length).toBeGreaterThan(0);
  }
}

/** A mutation of a parsed page: indices are taken modulo the page's element count. */
type DomMutation =
  | { kind: 'delete'; at: number }
  | { kind: 'shuffle'; at: number; seed: number }
  | { kind: 'move-attribute'; from: number; to: number };

const domMutation: fc.Arbitrary<DomMutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), seed: fc.nat() }),
  fc.record({ kind: fc.constant('move-attribute' as const), from: fc.nat(), to: fc.nat() }),
);

function mutateDom(doc: Document, mutation: DomMutation): void {
  const elements = Array.from(doc.querySelectorAll('body *'));
  if (elements.length === 0) return;
  const pick = (i: number) => elements[i % elements.length] as Element;
  switch (mutation.kind) {
    case 'delete':
      pick(mutation.at).remove();
      return;
    case 'shuffle': {
      // The same attribute names with their values rotated: ids, classes and roles end up swapped.
      const el = pick(mutation.at);
      const attrs = Array.from(el.attributes).map((a) => [a.name, a.value] as const);
      if (attrs.length < 2) return;
      const shift = (mutation.seed % (attrs.length - 1)) + 1;
      for (const [i, [name]] of attrs.entries())
        el.setAttribute(name, (attrs[(i + shift) % attrs.length] as [string, string])[1]);
      return;
    }
    case 'move-attribute': {
      const from = pick(mutation.from);
      const attr = from.attributes[0];
      if (!attr) return;
      pick(mutation.to).setAttribute(attr.name, attr.value);
      from.removeAttribute(attr.name);
      return;
    }
  }
}

/** A mutation of the page's text: cut, or junk inserted, at a fraction of its length. */
type TextMutation = { kind: 'truncate'; at: number } | { kind: 'inject'; at: number; junk: string };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), junk }),
);

function mutateText(text: string, mutation: TextMutation): string {
  const at = Math.floor(text.length * mutation.at);
  return mutation.kind === 'truncate'
    ? text.slice(0, at)
    : text.slice(0, at) + mutation.junk + text.slice(at);
}

const SUITES = [
  {
    prefix: 'gmail-',
    adapter: gmailAdapter,
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb',
  },
  {
    prefix: 'outlook-',
    adapter: outlookAdapter,
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAD2HTJFRWEg',
  },
] as const satisfies readonly { prefix: string; adapter: MailAdapter; url: string }[];

describe.each(SUITES)('$prefix pages, mutated', ({ prefix, adapter, url }) => {
  const pages = readdirSync(THREADS)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.html'))
    .map((f) => readFileSync(join(THREADS, f), 'utf8'));

  it('has fixture pages to mutate', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  it('never throws: a thread or a named failure', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(textMutation, { maxLength: 2 }),
        fc.array(domMutation, { minLength: 1, maxLength: 8 }),
        async (which, textMutations, domMutations) => {
          let html = pages[which % pages.length] as string;
          for (const m of textMutations) html = mutateText(html, m);
          const { doc, close } = offlinePage(html, url);
          try {
            for (const m of domMutations) mutateDom(doc, m);
            let result: ReadResult | undefined;
            expect(() => {
              adapter.recognises(doc);
              adapter.threadKey(doc);
              result = adapter.read(doc);
            }).not.toThrow();
            expectReadResult(result as ReadResult);
          } finally {
            await close();
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on random markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(junk, { maxLength: 30 }), async (pieces) => {
        const { doc, close } = offlinePage(`<div role="main">${pieces.join('')}</div>`, url);
        try {
          let result: ReadResult | undefined;
          expect(() => {
            result = adapter.read(doc);
          }).not.toThrow();
          expectReadResult(result as ReadResult);
        } finally {
          await close();
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('raw emails, mutated', () => {
  const windows: Window[] = [];
  afterAll(async () => {
    for (const w of windows.splice(0)) await w.happyDOM.close();
  });
  const parseHtml = (html: string) => {
    const window = new Window();
    windows.push(window);
    window.document.write(html);
    return window.document as unknown as Document;
  };
  const emails = readdirSync(EMLS)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(join(EMLS, f), 'latin1'));

  /** A Thread, or a plain Error with a one-line message: the `analyze` CLI prints it as is. */
  async function expectThreadOrCleanError(raw: Uint8Array | string): Promise<void> {
    try {
      const thread = await readEml(raw, { parseHtml });
      expect(() => ThreadSchema.parse(thread)).not.toThrow();
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).constructor).toBe(Error);
      expect((e as Error).message).toMatch(/^[^\n]+$/);
    }
  }

  const emlMutation = fc.oneof(
    textMutation,
    fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  );

  it('a Thread or a one-line Error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(emlMutation, { minLength: 1, maxLength: 4 }),
        async (which, mutations) => {
          let raw = emails[which % emails.length] as string;
          for (const m of mutations) {
            if (m.kind === 'truncate' || m.kind === 'inject') raw = mutateText(raw, m);
            else {
              const lines = raw.split('\n');
              if (m.kind === 'drop-line') lines.splice(m.at % lines.length, 1);
              else {
                const a = m.a % lines.length;
                const b = m.b % lines.length;
                [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
              }
              raw = lines.join('\n');
            }
          }
          await expectThreadOrCleanError(Uint8Array.from(raw, (c) => c.charCodeAt(0) & 0xff));
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('random bytes and strings: a Thread or a one-line Error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 400 })),
        async (raw) => {
          await expectThreadOrCleanError(raw);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('import files, mutated', () => {
  const now = new Date('2026-11-25T09:00:00Z');

  async function ledger(name: string): Promise<ParoleDB> {
    const db = freshDb(name);
    await db.promises.bulkAdd(
      Array.from({ length: 6 }, (_, n) =>
        promiseRecord(n, {
          status: n % 3 === 0 ? 'kept' : 'open',
          kept_on: n % 3 === 0 ? '2026-11-20' : null,
        }),
      ),
    );
    await db.clients.bulkAdd([
      { key: 'client0@example.com', name: 'Client 0', first_seen: '2026-01-01T09:00:00.000Z' },
    ]);
    return db;
  }

  async function snapshot(db: ParoleDB) {
    return {
      promises: await db.promises.toArray(),
      clients: await db.clients.toArray(),
      reminders: await db.reminders.toArray(),
      settings: await db.settings.toArray(),
    };
  }

  /** Accepted, or refused in one line with the target ledger exactly as it was. */
  async function expectCleanImport(db: ParoleDB, text: string): Promise<boolean> {
    const before = await snapshot(db);
    const result = await importJson(db, text);
    if (!result.ok) {
      expect(result.error).toMatch(/^[^\n]+$/);
      expect(await snapshot(db)).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    return result.ok;
  }

  type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

  /** Every path to a value of the file (object keys and array indices). */
  function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
    out.push(prefix);
    if (Array.isArray(value)) for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
    return out;
  }

  function parentOf(root: Json, path: (string | number)[]): { parent: Json; key: string | number } | null {
    if (path.length === 0) return null;
    let node: Json = root;
    for (const part of path.slice(0, -1)) node = (node as Record<string | number, Json>)[part] as Json;
    return { parent: node, key: path[path.length - 1] as string | number };
  }

  const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
  const valueMutation = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('plant' as const),
      at: fc.nat(),
      key: fc.constantFrom(...FORBIDDEN),
      nested: fc.boolean(),
    }),
  );

  it('a mutated export is imported, or refused in one line with nothing written', async () => {
    const source = await ledger('prop-source');
    const file = await exportJson(source, now);
    const target = await ledger('prop-target');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(valueMutation, { minLength: 1, maxLength: 3 }),
        fc.option(textMutation),
        async (mutations, cut) => {
          const data = JSON.parse(file) as Json;
          let planted = false;
          for (const m of mutations) {
            const all = paths(data);
            const at = parentOf(data, all[m.at % all.length] as (string | number)[]);
            const target = at?.parent;
            if (!at || target === null || typeof target !== 'object') continue;
            const slot = target as Record<string | number, Json>;
            if (m.kind === 'replace') slot[at.key] = m.value as Json;
            else if (m.kind === 'delete') {
              if (Array.isArray(target)) target.splice(Number(at.key), 1);
              else delete slot[at.key];
            } else if (!Array.isArray(target)) {
              // Planted as JSON text: `constructor.prototype` nests one forbidden key in another.
              const value: Json = m.nested ? { prototype: { polluted: true } } : { polluted: true };
              Object.defineProperty(slot, m.key, {
                value,
                enumerable: true,
                configurable: true,
                writable: true,
              });
              planted = true;
            }
          }
          const text = cut ? mutateText(JSON.stringify(data), cut) : JSON.stringify(data);
          const ok = await expectCleanImport(target, text);
          if (planted) expect(ok).toBe(false);
          if (!ok) refused++;
          if (ok) {
            // A valid mutation replaced the ledger: put the reference one back for the next run.
            expect((await importJson(target, file)).ok).toBe(true);
          }
        },
      ),
      { numRuns: RUNS * 2 },
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('random JSON and text is refused in one line with nothing written', async () => {
    const target = await ledger('prop-random');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 200 })), async (text) => {
        expect(await expectCleanImport(target, text)).toBe(false);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('refuses `constructor.prototype` nested in a record', async () => {
    const target = await ledger('prop-constructor');
    const file = JSON.parse(await exportJson(await ledger('prop-constructor-source'), now)) as {
      promises: Record<string, unknown>[];
    };
    const text = JSON.stringify(file).replace(
      '"dedupe_key"',
      '"constructor":{"prototype":{"polluted":true}},"dedupe_key"',
    );
    expect(await expectCleanImport(target, text)).toBe(false);
    expect(await importJson(target, text)).toEqual({
      ok: false,
      error: expect.stringMatching(/^promises\[0\]\.constructor: forbidden key$/),
    });
  });
});
