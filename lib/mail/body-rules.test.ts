import { describe, expect, it } from 'vitest';
import { BODY_RULE_DOCS, BODY_RULES } from './body-rules.ts';

describe('body rules: every rule matches its own examples', () => {
  it('has unique ids, and examples only for existing rules', () => {
    const ids = BODY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(BODY_RULE_DOCS).sort()).toEqual([...ids].sort());
  });
  for (const rule of BODY_RULES) {
    it(`${rule.id} (${rule.lang})`, () => {
      const examples = BODY_RULE_DOCS[rule.id]?.examples;
      expect(examples?.positive.length).toBeGreaterThan(0);
      expect(examples?.negative.length).toBeGreaterThan(0);
      expect(BODY_RULE_DOCS[rule.id]?.reason.length).toBeGreaterThan(0);
      for (const line of examples?.positive ?? []) expect(rule.pattern.test(line.trim()), line).toBe(true);
      for (const line of examples?.negative ?? []) expect(rule.pattern.test(line.trim()), line).toBe(false);
    });
  }
});
