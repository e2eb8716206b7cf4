import type { Lang } from './types.ts';

/**
 * A lexicon entry matched on folded text (`foldText`): data, with its own examples, checked by
 * one test per lexicon. Folded text is lower case, without accents, with straight apostrophes,
 * so a pattern writes "regle" once for "Réglé", "regle" and "RÉGLÉ".
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

/** The rules whose pattern occurs in `text`, in lexicon order. */
export function matchingRules<Rule extends LexiconRule>(rules: readonly Rule[], text: string): Rule[] {
  const folded = foldText(text);
  return rules.filter((rule) => rule.pattern.test(folded));
}
