import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';

describe('fold', () => {
  it('lower-cases, strips accents and straightens apostrophes', () => {
    expect(fold('Déçu, l’ÉTÉ À Noël')).toBe("decu, l'ete a noel");
    expect(fold('reçu\u00a0?')).toBe('recu ?');
  });

  it('keeps the length, so offsets carry over to the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(fold(s).length).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });
});
