import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { MailAdapter } from './adapter.ts';
import { gmailAdapter } from './gmail.ts';
import { waitForThread } from './wait-for-thread.ts';

const THREAD =
  '<div class="a98 iY"><h2 class="hP" data-legacy-thread-id="abc" data-thread-perm-id="thread-f:2748">S</h2></div>';

function gmailDoc(html: string): Document {
  const window = new Window({ url: 'https://mail.google.com/mail/u/0/' });
  window.document.body.innerHTML = `<div class="aeF">${html}</div>`;
  return window.document as unknown as Document;
}

describe('waitForThread', () => {
  it('resolves at once when a visible thread is on screen', async () => {
    const doc = gmailDoc(`<div class="nH"><div role="main">${THREAD}</div></div>`);
    await expect(waitForThread(doc, gmailAdapter, new AbortController().signal)).resolves.toEqual({
      ok: true,
      key: 'gmail:thread-f:2748',
    });
  });

  it('waits for a hidden view to become visible', async () => {
    const doc = gmailDoc(
      `<div class="nH" id="slot" style="display: none;"><div role="main">${THREAD}</div></div>`,
    );
    const waiting = waitForThread(doc, gmailAdapter, new AbortController().signal, { debounceMs: 10 });
    setTimeout(() => doc.getElementById('slot')?.setAttribute('style', ''), 20);
    await expect(waiting).resolves.toMatchObject({ ok: true });
  });

  it('waits for the thread to render', async () => {
    const doc = gmailDoc('<div class="nH" id="slot"></div>');
    const waiting = waitForThread(doc, gmailAdapter, new AbortController().signal, { debounceMs: 10 });
    setTimeout(() => {
      const slot = doc.getElementById('slot') as Element;
      slot.innerHTML = `<div role="main">${THREAD}</div>`;
    }, 20);
    await expect(waiting).resolves.toMatchObject({ ok: true, key: 'gmail:thread-f:2748' });
  });

  it('coalesces a burst of mutations into few checks', async () => {
    const doc = gmailDoc('<div class="nH" id="slot"></div>');
    let checks = 0;
    const counting: MailAdapter = {
      ...gmailAdapter,
      threadKey: (d) => {
        checks++;
        return gmailAdapter.threadKey(d);
      },
    };
    const waiting = waitForThread(doc, counting, new AbortController().signal, {
      debounceMs: 40,
      timeoutMs: 120,
    });
    const slot = doc.getElementById('slot') as Element;
    for (let i = 0; i < 50; i++) slot.appendChild(doc.createElement('div'));
    await expect(waiting).resolves.toEqual({ ok: false, reason: 'timeout' });
    expect(checks).toBeLessThanOrEqual(3);
  });

  it('resolves with a failure on timeout', async () => {
    const doc = gmailDoc('');
    await expect(
      waitForThread(doc, gmailAdapter, new AbortController().signal, { timeoutMs: 30 }),
    ).resolves.toEqual({
      ok: false,
      reason: 'timeout',
    });
  });

  it('resolves with a failure when aborted', async () => {
    const doc = gmailDoc('');
    const controller = new AbortController();
    const waiting = waitForThread(doc, gmailAdapter, controller.signal, { timeoutMs: 5000 });
    controller.abort();
    await expect(waiting).resolves.toEqual({ ok: false, reason: 'aborted' });
  });
});
