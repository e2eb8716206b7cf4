/**
 * A rule that recognises one line (or a short run of lines joined by spaces) of an email body:
 * a reply header, a header field, a signature marker. Rules are data, one per language, and
 * carry their own examples, which `line-rules.test.ts` checks for every rule.
 *
 * Reply headers exist in more languages than the product's UI (en, fr): clients forward mail
 * written by German, Spanish, Italian or Nordic colleagues, so the header data covers those too.
 */
export type MarkerLang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'sv' | 'da' | 'any';

export interface LineRule {
  /** Stable id, shown in tests and debugging ("fr-le-a-ecrit"). */
  id: string;
  lang: MarkerLang;
  /**
   * Tested against one trimmed line with non-breaking spaces turned into spaces. Anchored at the
   * start and free of nested unbounded repetition, so matching stays linear on long lines.
   */
  pattern: RegExp;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}

/** Lines longer than this are never headers or signature markers (keeps matching cheap). */
export const MAX_MARKER_LINE = 600;

/** The form rules are tested on: trimmed, non-breaking and narrow spaces made plain. */
export function markerForm(line: string): string {
  return line.replace(/[\u00a0\u202f\u2007]/g, ' ').trim();
}

export function matchesAny(rules: readonly LineRule[], line: string): LineRule | null {
  return line.length > MAX_MARKER_LINE ? null : matchesForm(rules, markerForm(line));
}

/** `matchesAny` for a line already in `markerForm`. */
export function matchesForm<R extends LineRule>(rules: readonly R[], form: string): R | null {
  if (form.length > MAX_MARKER_LINE) return null;
  for (const rule of rules) if (rule.pattern.test(form)) return rule;
  return null;
}
