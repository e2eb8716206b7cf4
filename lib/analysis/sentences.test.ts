import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on end punctuation and keeps offsets', () => {
    const text = "Hi Paul. I'll send it Friday! Is that ok?";
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['Hi Paul.', "I'll send it Friday!", 'Is that ok?']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps French spaced punctuation with its sentence', () => {
    expect(texts('Tu l’as bien reçu ? Je te renvoie ça demain !')).toEqual([
      'Tu l’as bien reçu ?',
      'Je te renvoie ça demain !',
    ]);
  });

  it('does not split after abbreviations, initials, versions, URLs or e-mail addresses', () => {
    expect(texts('M. Dupont vous enverra la V2.1 demain.')).toEqual([
      'M. Dupont vous enverra la V2.1 demain.',
    ]);
    expect(texts('Des formats, p. ex. le PDF, etc. sont prévus.')).toHaveLength(1);
    expect(texts('Mr. Smith and Dr. Jones, e.g. the leads, will call.')).toHaveLength(1);
    expect(texts('See https://example.com/a.b?x=1 and write to jo.doe@mail.example today.')).toHaveLength(1);
  });

  it('splits paragraphs and greeting lines but joins wrapped lines', () => {
    expect(texts('Bonjour Paul,\n\nMerci pour ce retour.\nBelle journée,\nLéa')).toEqual([
      'Bonjour Paul,',
      'Merci pour ce retour.',
      'Belle journée,',
      'Léa',
    ]);
    expect(texts('I will send the files\nby Friday at the latest.')).toEqual([
      'I will send the files\nby Friday at the latest.',
    ]);
  });

  it('survives empty, emoji-only and large input in linear time', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n ')).toEqual([]);
    expect(texts('🎉🎉 👍')).toEqual(['🎉🎉 👍']);
    const big = 'I will send it. '.repeat(10_000);
    const t0 = performance.now();
    expect(splitSentences(big)).toHaveLength(10_000);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
