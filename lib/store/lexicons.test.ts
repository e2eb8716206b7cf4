import { describe, expect, it } from 'vitest';
import { foldText, type LexiconRule } from '../analysis/lexicon-rule.ts';
import { PAYMENT_RULES } from './payment-lexicon.ts';

const lexicons: Array<[string, readonly LexiconRule[]]> = [['payment', PAYMENT_RULES]];

describe.each(lexicons)('%s lexicon', (_name, rules) => {
  it('has unique ids prefixed by their language', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.id.startsWith(`${rule.lang}-`)).toBe(true);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s matches its examples', (_id, rule) => {
    expect(rule.examples.positive.length).toBeGreaterThan(0);
    expect(rule.examples.negative.length).toBeGreaterThan(0);
    for (const text of rule.examples.positive) expect(rule.pattern.test(foldText(text)), text).toBe(true);
    for (const text of rule.examples.negative) expect(rule.pattern.test(foldText(text)), text).toBe(false);
  });
});

describe('both languages', () => {
  it.each(lexicons)('%s covers English and French', (_name, rules) => {
    expect(new Set(rules.map((r) => r.lang))).toEqual(new Set(['en', 'fr']));
  });
});

it('folds case, accents and curly apostrophes', () => {
  expect(foldText('Virement EFFECTUÉ, c’est réglé')).toBe("virement effectue, c'est regle");
});
