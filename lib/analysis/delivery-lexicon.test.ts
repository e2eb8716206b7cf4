import { describe, expect, it } from 'vitest';
import { announcesDelivery, DELIVERY_RULES, deliveryCues } from './delivery-lexicon.ts';
import { foldText } from './lexicon-rule.ts';

describe('delivery lexicon', () => {
  it('has unique ids prefixed by their language', () => {
    expect(new Set(DELIVERY_RULES.map((r) => r.id)).size).toBe(DELIVERY_RULES.length);
    for (const rule of DELIVERY_RULES) expect(rule.id.startsWith(`${rule.lang}-`), rule.id).toBe(true);
  });

  it('covers both kinds in English and French', () => {
    for (const kind of ['deliverable', 'payment'] as const) {
      const langs = new Set(DELIVERY_RULES.filter((r) => r.kind === kind).map((r) => r.lang));
      expect(langs, kind).toEqual(new Set(['en', 'fr']));
    }
  });

  it.each(DELIVERY_RULES.map((rule) => [rule.id, rule] as const))('%s matches its examples', (_id, rule) => {
    expect(rule.examples.positive.length).toBeGreaterThan(0);
    expect(rule.examples.negative.length).toBeGreaterThan(0);
    for (const text of rule.examples.positive) expect(rule.pattern.test(foldText(text)), text).toBe(true);
    // A negative example is no delivery at all: no rule of the lexicon may take it.
    for (const text of rule.examples.negative)
      expect(
        deliveryCues(text).map((r) => r.id),
        text,
      ).toEqual([]);
  });

  it('announces a delivery only for deliverable cues, whatever the case and accents', () => {
    expect(announcesDelivery('VOUS TROUVEREZ CI-JOINT LE DEVIS.')).toBe(true);
    expect(announcesDelivery('Les maquettes sont PRÊTES.')).toBe(true);
    expect(announcesDelivery('Virement effectué.')).toBe(false);
    expect(deliveryCues('Virement effectué.').map((r) => r.kind)).toEqual(['payment']);
  });
});
