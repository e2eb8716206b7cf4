import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from './adapters.ts';

function doc(url: string, head = ''): Document {
  const window = new Window({ url });
  window.document.head.innerHTML = head;
  return window.document as unknown as Document;
}

describe('adapterFor', () => {
  it('lists one adapter per webmail', () => {
    expect(ADAPTERS.map((a) => a.provider)).toEqual(['gmail', 'outlook']);
  });
  it('picks by host', () => {
    expect(adapterFor(doc('https://mail.google.com/mail/u/0/#inbox'))?.provider).toBe('gmail');
    expect(adapterFor(doc('https://outlook.office365.com/mail/'))?.provider).toBe('outlook');
    expect(adapterFor(doc('https://outlook.live.com/mail/0/'))?.provider).toBe('outlook');
  });
  it('prefers an explicit URL over the document URL', () => {
    expect(adapterFor(doc('https://example.test/'), 'https://outlook.office.com/mail/')?.provider).toBe(
      'outlook',
    );
  });
  it('recognises OWA on a custom domain from its resources', () => {
    const d = doc(
      'https://mail.contoso.example/owa/',
      '<link rel="stylesheet" href="https://res.cdn.office.net/owamail/x.css">',
    );
    expect(adapterFor(d)?.provider).toBe('outlook');
  });
  it('recognises a saved Gmail page from its title', () => {
    const d = doc('https://example.test/saved.html', '<title>Subject - a@b.example - Gmail</title>');
    expect(adapterFor(d)?.provider).toBe('gmail');
  });
  it('returns null for other pages', () => {
    expect(adapterFor(doc('https://example.test/'))).toBeNull();
  });
});
