import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from './gmail.ts';

function page(body: string, title = 'Subject - lea@example.com - Gmail'): Document {
  const window = new Window({ url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzTest' });
  window.document.title = title;
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

const expanded = (attrs: string, from: string, date: string, text: string) =>
  `<div class="h7" role="listitem"><div class="adn ads" ${attrs}><span class="gD" email="${from}" name="X">X</span>` +
  `<span class="g3" title="${date}">t</span><span class="hb"><span class="g2" email="lea@example.com" name="Léa">moi</span></span>` +
  `<div class="ii gt"><div class="a3s aiL">${text}</div></div></div></div>`;

const thread = (heading: string, items: string) =>
  `<div role="main"><div class="a98 iY"><h2 class="hP" ${heading}>Devis</h2><div role="list">${items}</div></div></div>`;

describe('gmailAdapter specifics', () => {
  it('derives the legacy hex ids from the decimal perm and message ids', () => {
    const doc = page(
      thread(
        'data-thread-perm-id="thread-f:1882183056753449771"',
        expanded(
          'data-message-id="#msg-f:1882396840428038579"',
          'p@x.example',
          'Fri, Nov 20, 2026, 5:52 PM',
          'Hi',
        ),
      ),
    );
    const result = gmailAdapter.read(doc);
    expect(result.ok && result.thread.thread_id).toBe('1a1edb84940c5b2b');
    expect(result.ok && result.thread.messages[0]?.id).toBe('1a1f9df3f807e9b3');
  });

  it('ignores a perm id Gmail left as "undefined"', () => {
    const doc = page(
      thread(
        'data-thread-perm-id="undefined"',
        expanded('', 'p@x.example', 'Fri, Nov 20, 2026, 5:52 PM', 'Hi'),
      ),
    );
    const result = gmailAdapter.read(doc);
    expect(result.ok && result.thread.thread_id).toBeNull();
    expect(result.ok && result.thread.problems.some((p) => p.startsWith('thread id'))).toBe(true);
  });

  it('reads the visible view when a stale one comes first in the DOM', () => {
    const stale = `<div style="display: none;">${thread('data-legacy-thread-id="old"', expanded('data-legacy-message-id="o1"', 'old@x.example', 'Mon, Nov 16, 2026, 9:00 AM', 'Old'))}</div>`;
    const live = `<div>${thread('data-legacy-thread-id="new"', expanded('data-legacy-message-id="n1"', 'new@x.example', 'Fri, Nov 20, 2026, 5:52 PM', 'New'))}</div>`;
    const result = gmailAdapter.read(page(stale + live));
    expect(result.ok && result.thread.thread_id).toBe('new');
    expect(result.ok && result.thread.messages.map((m) => m.from.email)).toEqual(['new@x.example']);
  });

  it('takes the account from the account button when the title has none', () => {
    const banner =
      '<header role="banner"><a aria-label="Compte Google : Léa Martin (lea.martin@example.com)" href="#">x</a></header>';
    const doc = page(
      banner +
        thread('data-legacy-thread-id="t"', expanded('', 'p@x.example', 'Fri, Nov 20, 2026, 5:52 PM', 'Hi')),
      'Gmail',
    );
    const result = gmailAdapter.read(doc);
    expect(result.ok && result.thread.account).toBe('lea.martin@example.com');
  });

  it('never reads a compose editor as a message', () => {
    const compose =
      '<div class="ip adB"><div class="M9"><div role="list"><div class="h7" role="listitem"><div g_editable="true" contenteditable="true" class="a3s">Draft</div></div></div></div></div>';
    const doc = page(
      thread(
        'data-legacy-thread-id="t"',
        expanded('', 'p@x.example', 'Fri, Nov 20, 2026, 5:52 PM', 'Hi') + compose,
      ),
    );
    const result = gmailAdapter.read(doc);
    expect(result.ok && result.thread.messages.map((m) => m.text)).toEqual(['Hi']);
  });

  it('has no thread key on the inbox list', () => {
    expect(
      gmailAdapter.threadKey(
        page(
          '<div role="main"><table><tr><td><span class="zF" email="a@x.example">A</span></td></tr></table></div>',
        ),
      ),
    ).toBeNull();
  });
});
