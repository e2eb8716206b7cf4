// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://mail.google.com/mail/u/0/"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MailAdapter } from './adapter.ts';
import { GMAIL_THREAD_URLS } from './gmail-selectors.ts';
import type { ReadState } from './watch-thread.ts';
import { watchThread } from './watch-thread.ts';

/** A stand-in reader: a thread is "visible" when the page has an `<h2 data-thread>`. */
const adapter: MailAdapter = {
  provider: 'gmail',
  recognises: () => true,
  threadKey: (doc) => doc.querySelector('h2[data-thread]')?.getAttribute('data-thread') ?? null,
  read: (doc) => {
    const h2 = doc.querySelector('h2[data-thread]');
    if (!h2) return { ok: false, failure: { reason: 'no thread pane', tried: ['h2[data-thread]'] } };
    return {
      ok: true,
      thread: {
        provider: 'gmail',
        account: null,
        thread_id: h2.getAttribute('data-thread'),
        subject: h2.textContent,
        messages: [],
        problems: [],
      },
    };
  },
};

describe('watchThread', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    document.body.innerHTML = '';
    history.replaceState(null, '', 'https://mail.google.com/mail/u/0/#inbox');
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const start = (states: ReadState[]) =>
    watchThread({
      doc: document,
      adapter,
      threadUrls: GMAIL_THREAD_URLS,
      signal: controller.signal,
      onState: (s) => states.push(s),
      patienceMs: 1000,
    });

  it('says no thread is open on the inbox, then reads a thread once it renders', async () => {
    const states: ReadState[] = [];
    start(states);
    expect(states.map((s) => s.status)).toEqual(['none']);
    history.pushState(null, '', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzKCFrVpHqRFdw');
    document.body.innerHTML = '<h2 data-thread="t1">Devis</h2>';
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toMatchObject({ status: 'ready', thread: { subject: 'Devis' } });
  });

  it('reports each new thread once, and nothing when a mutation changes nothing', async () => {
    const states: ReadState[] = [];
    document.body.innerHTML = '<h2 data-thread="t1">Devis</h2>';
    start(states);
    document.body.appendChild(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(300);
    expect(states).toHaveLength(1);
    document.body.innerHTML = '<h2 data-thread="t2">Facture</h2>';
    await vi.advanceTimersByTimeAsync(300);
    expect(states.map((s) => (s.status === 'ready' ? s.thread.subject : s.status))).toEqual([
      'Devis',
      'Facture',
    ]);
  });

  it('declares a thread page unreadable after its patience runs out, naming what it tried', async () => {
    const states: ReadState[] = [];
    history.pushState(null, '', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzKCFrVpHqRFdw');
    document.body.innerHTML = '<div class="new-layout">?</div>';
    start(states);
    expect(states.at(-1)?.status).toBe('reading');
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toEqual({
      status: 'unreadable',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzKCFrVpHqRFdw',
      failure: { reason: 'no thread pane', tried: ['h2[data-thread]'] },
    });
  });

  it('stops watching when its context ends', async () => {
    const states: ReadState[] = [];
    start(states);
    controller.abort();
    document.body.innerHTML = '<h2 data-thread="t1">Devis</h2>';
    await vi.advanceTimersByTimeAsync(500);
    expect(states).toHaveLength(1);
  });
});
