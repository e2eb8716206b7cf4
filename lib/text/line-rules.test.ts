import { describe, expect, it } from 'vitest';
import { type LineRule, markerForm } from './line-rule.ts';
import { HEADER_FIELDS, HISTORY_SEPARATORS, QUOTE_HEADERS } from './reply-headers.ts';
import { CLOSINGS, DASH_NAME_SIGNATURE, SIGNATURE_LINES, SIGNATURE_MARKERS } from './signatures.ts';

const TABLES: Record<string, readonly LineRule[]> = {
  QUOTE_HEADERS,
  HISTORY_SEPARATORS,
  HEADER_FIELDS,
  SIGNATURE_MARKERS,
  DASH_NAME_SIGNATURE: [DASH_NAME_SIGNATURE],
  CLOSINGS,
  SIGNATURE_LINES,
};

describe('reply-header and signature rules (data)', () => {
  const all = Object.values(TABLES).flat();

  it('have unique ids', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const [table, rules] of Object.entries(TABLES)) {
    for (const rule of rules) {
      it(`${table} ${rule.id} matches its positive examples and none of its negatives`, () => {
        expect(rule.examples.positive.length).toBeGreaterThan(0);
        expect(rule.examples.negative.length).toBeGreaterThan(0);
        expect(rule.reason).not.toBe('');
        for (const example of rule.examples.positive)
          expect(rule.pattern.test(markerForm(example)), example).toBe(true);
        for (const example of rule.examples.negative)
          expect(rule.pattern.test(markerForm(example)), example).toBe(false);
      });
    }
  }

  it('stay fast on long hostile lines (no catastrophic backtracking)', () => {
    const hostile = [
      `On ${'a '.repeat(300)}`,
      `Le ${'à '.repeat(300)}a écrit`,
      `Am ${'schrieb '.repeat(75)}`,
      `${'1 '.repeat(300)}`,
      `${'x'.repeat(600)}`,
      `${'- '.repeat(300)}`,
    ];
    const start = performance.now();
    for (const rule of all) for (const line of hostile) rule.pattern.test(line);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
