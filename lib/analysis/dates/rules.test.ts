import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES, findDeadlines, VAGUE_EXPRESSIONS } from './index.ts';

/** Every rule carries its own examples: each positive is found by that very rule, no negative is. */

const REF = '2026-11-25T10:00:00+01:00';
const all = [...DEADLINE_RULES, ...VAGUE_EXPRESSIONS];

describe('date rules as data', () => {
  it('have unique ids named after their language, a reason and examples both ways', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of all) {
      expect(rule.id.startsWith(`${rule.lang}.`), rule.id).toBe(true);
      expect(rule.reason.length, rule.id).toBeGreaterThan(10);
      expect(rule.examples.positive.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.negative.length, rule.id).toBeGreaterThan(0);
      expect(rule.pattern.global || rule.pattern.sticky, rule.id).toBe(false);
    }
  });

  for (const rule of all) {
    describe(rule.id, () => {
      it.each(rule.examples.positive)('finds "%s"', (example) => {
        const found = findDeadlines(example, REF, rule.lang);
        expect(
          found.map((m) => m.rule),
          JSON.stringify(found),
        ).toContain(rule.id);
      });
      it.each(rule.examples.negative)('leaves "%s" alone', (example) => {
        expect(rule.pattern.test(example)).toBe(false);
      });
    });
  }
});
