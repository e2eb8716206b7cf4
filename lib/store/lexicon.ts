import type { Lang } from '../analysis/types.ts';

/**
 * A ledger lexicon entry: data, with its own examples (checked by `lexicons.test.ts`). Patterns
 * are written against folded text (`foldText`): lower case, no accents, straight apostrophes,
 * so "Réglé", "regle" and "RÉGLÉ" are one spelling.
 */
export interface LexiconRule {
  id: string;
  lang: Lang;
  pattern: RegExp;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** Ids of the rules whose pattern occurs in `text`. */
export function matchingRules(rules: readonly LexiconRule[], text: string): string[] {
  const folded = foldText(text);
  return rules.filter((rule) => rule.pattern.test(folded)).map((rule) => rule.id);
}
