import { describe, expect, it } from 'vitest';
import { fold } from '../signals/fold.ts';
import { LANGS } from '../types.ts';
import { DRAFT_CUE_LEXICON, DRAFT_RULES } from './check-draft.ts';

function countMatches(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  return [...fold(text).matchAll(global)].filter((m) => m[0].length > 0).length;
}

// Walks every draft rule and lexicon entry: positives match, negatives do not.
describe('draft rules and cues hold their own examples', () => {
  for (const lang of LANGS) {
    for (const rule of DRAFT_RULES[lang]) {
      it(rule.id, () => {
        expect(rule.lang).toBe(lang);
        expect(rule.examples.positive.length).toBeGreaterThan(0);
        for (const text of rule.examples.positive) {
          const n = rule.unless?.test(fold(text)) ? 0 : countMatches(rule.pattern, text);
          expect(n, `should match: ${text}`).toBeGreaterThanOrEqual(rule.minCount ?? 1);
        }
        for (const text of rule.examples.negative) {
          const n = rule.unless?.test(fold(text)) ? 0 : countMatches(rule.pattern, text);
          expect(n, `should not match: ${text}`).toBeLessThan(rule.minCount ?? 1);
        }
      });
    }
    for (const cue of DRAFT_CUE_LEXICON[lang]) {
      it(cue.id, () => {
        expect(cue.lang).toBe(lang);
        for (const text of cue.examples.positive) {
          const ok = cue.pattern.test(fold(text)) && !cue.unless?.test(fold(text));
          expect(ok, `should match: ${text}`).toBe(true);
        }
        for (const text of cue.examples.negative) {
          const ok = cue.pattern.test(fold(text)) && !cue.unless?.test(fold(text));
          expect(ok, `should not match: ${text}`).toBe(false);
        }
      });
    }
  }

  it('has unique ids', () => {
    const ids = LANGS.flatMap((l) => [...DRAFT_RULES[l], ...DRAFT_CUE_LEXICON[l]].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
