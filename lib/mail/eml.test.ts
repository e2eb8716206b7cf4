import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readEml, wallTimeOfDateHeader } from './eml.ts';
import { ThreadSchema } from './thread.ts';

const parseHtml = (html: string) => {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
};
const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/eml/${name}`, import.meta.url));
const read = (raw: Uint8Array | string) => readEml(raw, { parseHtml });

describe('readEml', () => {
  it('reads a multipart/alternative quoted-printable French mail (encoded words, Cc, references)', async () => {
    const thread = await read(fixture('fr-multipart-qp.eml'));
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread.provider).toBe('email');
    expect(thread.subject).toBe('Re: Refonte du site – maquettes V2');
    expect(thread.thread_id).toBe('<CAFr0@mail.example.com>');
    const [message] = thread.messages;
    expect(thread.messages).toHaveLength(1);
    expect(message?.from).toEqual({ name: 'Paul Durand', email: 'paul@client.example' });
    expect(message?.to.map((p) => p.email)).toEqual(['lea.martin@example.com', 'marc@client.example']);
    expect(message?.to[0]?.name).toBe('Léa Martin');
    expect(message?.sent_at).toBe('2026-11-20T17:52');
    expect(message?.text).toContain(
      "Merci pour les maquettes V2, c'est exactement l'esprit qu'on cherchait.",
    );
    expect(message?.text.endsWith('Bonne soirée,\nPaul')).toBe(true);
  });

  it('reads base64 UTF-8, keeps the Date header’s own wall time, and drops the company signature', async () => {
    const thread = await read(fixture('en-base64-utf8.eml'));
    const message = thread.messages[0];
    expect(message?.sent_at).toBe('2026-11-23T09:15');
    expect(message?.from.email).toBe('mark.davies@atlas-legal.example');
    expect(message?.text).toContain('the partners loved them');
    expect(message?.text.endsWith('Best,\nMark')).toBe(true);
    expect(message?.text).not.toContain('Atlas Legal LLP');
  });

  it('reads ISO-8859-1 bodies and headers, and drops "Envoyé de mon iPhone"', async () => {
    const thread = await read(fixture('fr-latin1.eml'));
    expect(thread.subject).toBe('Facture de décembre');
    expect(thread.messages[0]?.from.name).toBe('Théo Lefèvre');
    expect(thread.messages[0]?.text).toContain('Désolé pour le retard');
    expect(thread.messages[0]?.text).not.toContain('iPhone');
    expect(thread.messages[0]?.sent_at).toBe('2026-11-21T23:40');
  });

  it('reads HTML-only mails without the gmail_quote', async () => {
    const thread = await read(fixture('fr-html-only-gmail-quote.eml'));
    const text = thread.messages[0]?.text ?? '';
    expect(thread.messages[0]?.from.name).toBe('Léa Martin');
    expect(text).toBe(
      'Bonjour Paul,\n\nJe vous envoie la V2 vendredi en fin de journée.\n\nBelle journée,\nLéa',
    );
  });

  it('removes a "Le … a écrit :" quote from a plain reply', async () => {
    const thread = await read(fixture('fr-reply-le-a-ecrit.eml'));
    const text = thread.messages[0]?.text ?? '';
    expect(text.startsWith("Merci Inès, c'est adorable !")).toBe(true);
    expect(text).not.toContain('a écrit');
    expect(text).not.toContain('Je te transfère');
  });

  it('reports a missing Date header as a problem, not an error', async () => {
    const thread = await read('From: a@example.com\nSubject: hi\n\nHello\n');
    expect(thread.messages[0]?.sent_at).toBeNull();
    expect(thread.problems).toContain('message 1: no Date header');
    expect(thread.messages[0]?.text).toBe('Hello');
  });

  it('throws one-line errors on bad input', async () => {
    await expect(read('')).rejects.toThrow(/^empty file/);
    await expect(read('just some words\nand more\n')).rejects.toThrow(/^not an email/);
    await expect(read(new Uint8Array([0x46, 0x72, 0, 1, 2, 3]))).rejects.toThrow(/^not an email/);
    const junk = Buffer.from(
      Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256).filter((b) => b !== 0),
    );
    const garbled = `From: a@example.com\nDate: Mon, 23 Nov 2026 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${junk.toString('base64')}\n`;
    await expect(read(garbled)).rejects.toThrow(/^unreadable encoding/);
    for (const bad of ['', 'just some words\n', garbled]) {
      const message = await read(bad).then(
        () => '',
        (e: Error) => e.message,
      );
      expect(message).not.toContain('\n');
    }
  });
});

describe('wallTimeOfDateHeader', () => {
  it('keeps the digits as written, whatever the offset', () => {
    expect(wallTimeOfDateHeader('Fri, 20 Nov 2026 17:52:10 +0100')).toBe('2026-11-20T17:52');
    expect(wallTimeOfDateHeader('Mon, 23 Nov 2026 23:59 -0800')).toBe('2026-11-23T23:59');
    expect(wallTimeOfDateHeader('3 Dec 26 08:05:00 GMT')).toBe('2026-12-03T08:05');
  });
  it('returns null for unreadable dates', () => {
    expect(wallTimeOfDateHeader('tomorrow')).toBeNull();
    expect(wallTimeOfDateHeader('Fri, 20 Foo 2026 17:52 +0100')).toBeNull();
  });
});
