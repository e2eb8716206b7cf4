// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findComposer, insertAtTop, readDraft, replaceSpan } from './compose.ts';
import { GMAIL_COMPOSERS } from './gmail-selectors.ts';
import { OUTLOOK_COMPOSERS } from './outlook-selectors.ts';

const gmailReply = (body: string) => `
  <div role="main"><div class="ip adB"><div class="M9"><div class="Ap">
    <div g_editable="true" contenteditable="true" role="textbox" aria-multiline="true" id="ed">${body}</div>
  </div></div></div></div>`;

describe('compose box', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the visible Gmail inline reply editor, not a hidden stale one', () => {
    document.body.innerHTML = `<div style="display:none">${gmailReply('old').replace('id="ed"', 'id="stale"')}</div>${gmailReply('')}`;
    expect(findComposer(document, GMAIL_COMPOSERS)?.id).toBe('ed');
  });

  it('finds the Outlook editor and returns null when no reply is open', () => {
    document.body.innerHTML =
      '<div role="main"><div contenteditable="true" aria-multiline="true" role="textbox" id="owa"></div></div>';
    expect(findComposer(document, OUTLOOK_COMPOSERS)?.id).toBe('owa');
    document.body.innerHTML = '<div role="main"><p>no editor</p></div>';
    expect(findComposer(document, OUTLOOK_COMPOSERS)).toBeNull();
  });

  it('reads the draft above the quoted history only', () => {
    document.body.innerHTML = gmailReply(
      '<div>Bonjour Paul,</div><div><br></div><div>Je vous envoie la V2 bientôt.</div><div class="gmail_quote"><div class="gmail_attr">Le ven. 20 nov. 2026, Paul a écrit :</div><blockquote>Merci</blockquote></div>',
    );
    const editor = findComposer(document, GMAIL_COMPOSERS);
    expect(editor).not.toBeNull();
    expect(readDraft(editor as HTMLElement).text).toBe('Bonjour Paul,\n\nJe vous envoie la V2 bientôt.');
  });

  it('stops at the OWA reply header inside the editor', () => {
    document.body.innerHTML =
      '<div role="main"><div contenteditable="true" aria-multiline="true" role="textbox"><div>Hi Mark,</div><div>I will send it Friday.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Mark</div></div></div>';
    expect(readDraft(findComposer(document, OUTLOOK_COMPOSERS) as HTMLElement).text).toBe(
      'Hi Mark,\nI will send it Friday.',
    );
  });

  it('inserts a reply above the quoted history and keeps the quote', () => {
    document.body.innerHTML = gmailReply(
      '<div><br></div><div class="gmail_quote"><blockquote>Old message</blockquote></div>',
    );
    const editor = findComposer(document, GMAIL_COMPOSERS) as HTMLElement;
    const path = insertAtTop(editor, 'Bonjour Paul,\nVoici la V2.');
    expect(['execCommand', 'paste', 'range']).toContain(path);
    expect(readDraft(editor).text).toBe('Bonjour Paul,\nVoici la V2.');
    expect(editor.querySelector('.gmail_quote')?.textContent).toBe('Old message');
    const text = editor.textContent ?? '';
    expect(text.indexOf('Voici la V2')).toBeLessThan(text.indexOf('Old message'));
  });

  it('replaces one span of the draft (apply a fix) and leaves the rest as typed', () => {
    document.body.innerHTML = gmailReply('<div>Hello Mark,</div><div>I will try to send it soon.</div>');
    const editor = findComposer(document, GMAIL_COMPOSERS) as HTMLElement;
    const draft = readDraft(editor).text;
    const start = draft.indexOf('I will try to send it soon');
    const end = start + 'I will try to send it soon'.length;
    expect(replaceSpan(editor, start, end, 'I will send it on Friday 27 November')).not.toBeNull();
    expect(readDraft(editor).text).toBe('Hello Mark,\nI will send it on Friday 27 November.');
  });

  it('refuses a span outside the draft', () => {
    document.body.innerHTML = gmailReply('<div>Hi</div>');
    expect(replaceSpan(findComposer(document, GMAIL_COMPOSERS) as HTMLElement, 10, 20, 'x')).toBeNull();
  });
});
