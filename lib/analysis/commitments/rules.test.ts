import { describe, expect, it } from 'vitest';
import { EN_COMMITMENT_RULES } from './commitment-rules.en.ts';
import { FR_COMMITMENT_RULES } from './commitment-rules.fr.ts';
import { normalise } from './detect.ts';

const ALL = [...EN_COMMITMENT_RULES, ...FR_COMMITMENT_RULES];

describe('commitment rules', () => {
  it('have unique ids prefixed with their language', () => {
    const ids = ALL.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL) expect(r.id.startsWith(`${r.lang}.${r.kind}.`)).toBe(true);
  });

  it('name an owner for every trigger and only for triggers', () => {
    for (const r of ALL) expect(r.owner !== undefined).toBe(r.kind === 'trigger');
  });

  describe.each(ALL.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it('matches its positive examples', () => {
      expect(rule.examples.positive.length).toBeGreaterThan(0);
      for (const s of rule.examples.positive) expect(rule.pattern.test(normalise(s)), s).toBe(true);
    });
    it('does not match its negative examples', () => {
      expect(rule.examples.negative.length).toBeGreaterThan(0);
      for (const s of rule.examples.negative) expect(rule.pattern.test(normalise(s)), s).toBe(false);
    });
  });
});
