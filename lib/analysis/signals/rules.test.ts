import { describe, expect, it } from 'vitest';
import { LANGS, SIGNALS } from '../types.ts';
import { ASK_RULES, SIGNAL_RULES } from './detect-signals.ts';
import { fold } from './fold.ts';
import { asks, signalRuleFires } from './rule.ts';

// Walks every rule: its own positive examples must fire and its negatives must not.
describe('signal rules are data with examples that hold', () => {
  for (const lang of LANGS) {
    for (const rule of SIGNAL_RULES[lang]) {
      it(`${rule.id}`, () => {
        expect(rule.lang).toBe(lang);
        expect(rule.id.startsWith(`${lang}.`)).toBe(true);
        expect(rule.examples.positive.length).toBeGreaterThan(0);
        expect(rule.reason.length).toBeGreaterThan(10);
        for (const text of rule.examples.positive) {
          expect(signalRuleFires(rule, text, ASK_RULES[lang]), `should fire: ${text}`).toBe(true);
        }
        for (const text of rule.examples.negative) {
          expect(signalRuleFires(rule, text, ASK_RULES[lang]), `should not fire: ${text}`).toBe(false);
        }
      });
    }
    for (const rule of ASK_RULES[lang]) {
      it(`${rule.id}`, () => {
        expect(rule.lang).toBe(lang);
        for (const text of rule.examples.positive) expect(asks([rule], fold(text)), text).not.toBeNull();
        for (const text of rule.examples.negative) expect(asks([rule], fold(text)), text).toBeNull();
      });
    }
  }

  it('has unique ids and covers every signal in both languages', () => {
    const ids = LANGS.flatMap((l) => [...SIGNAL_RULES[l], ...ASK_RULES[l]].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of LANGS) {
      const covered = new Set(SIGNAL_RULES[lang].filter((r) => !r.cancels).map((r) => r.signal));
      for (const s of SIGNALS) expect(covered.has(s), `${lang} ${s}`).toBe(true);
    }
  });
});
