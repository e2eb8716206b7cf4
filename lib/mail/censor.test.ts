// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { censorDocument, maskText } from './censor.ts';

const page = `<html><head><title>Devis - lea.martin@example.com - Gmail</title><script>steal()</script>
<style>.hP{font-size:22px}</style></head><body>
<div role="main"><h2 class="hP" data-legacy-thread-id="18c2f4">Refonte du site</h2>
<span class="gD" email="paul@client.example" name="Paul Durand" onclick="x()">Paul Durand</span>
<span class="g3" title="ven. 20 nov. 2026, 17:52">17:52</span>
<a href="https://client.example/private?token=abc">lien</a><img src="https://tracker.example/p.gif">
<div class="a3s aiL">Bonjour Léa, la facture 2026-014 est réglée.</div></div></body></html>`;

function censored(keepDates = false): { html: string; doc: Document } {
  const doc = new DOMParser().parseFromString(page, 'text/html');
  return { html: censorDocument(doc, { keepDates }), doc };
}

describe('reading report censor', () => {
  it('keeps the structure a reader needs', () => {
    const { doc } = censored();
    expect(doc.querySelector('[role=main] h2.hP[data-legacy-thread-id="18c2f4"]')).not.toBeNull();
    expect(doc.querySelector('span.gD')?.getAttribute('email')).toBe('person1@example.com');
    expect(doc.querySelector('style')?.textContent).toContain('.hP');
  });

  it('leaves no text, name, address, script, handler, image or private link', () => {
    const { html } = censored();
    for (const secret of [
      'Paul',
      'Durand',
      'Léa',
      'lea.martin',
      'client.example/private',
      'token',
      'facture',
      '2026-014',
      'steal',
      'onclick',
      'tracker',
      'Refonte',
    ]) {
      expect(html).not.toContain(secret);
    }
    expect(html).toContain('Xxxxxxx xx xxxx');
  });

  it('masks the same address the same way everywhere', () => {
    const emails = new Map<string, string>();
    expect(maskText('a@b.example, A@B.example, c@d.example', emails)).toBe(
      'person1@example.com, person1@example.com, person2@example.com',
    );
  });

  it('keeps the full-date titles only when asked, so a report can become a fixture', () => {
    expect(censored(false).doc.querySelector('span.g3')?.getAttribute('title')).toBe(
      'xxx. 00 xxx. 0000, 00:00',
    );
    expect(censored(true).doc.querySelector('span.g3')?.getAttribute('title')).toBe(
      'ven. 20 nov. 2026, 17:52',
    );
  });
});
