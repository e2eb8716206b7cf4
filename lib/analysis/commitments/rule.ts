import type { Lang, TextOwner } from '../types.ts';

/**
 * A commitment rule is data: a stable id, its language, a pattern, why it exists, and sentences it
 * must and must not match (checked by `rules.test.ts`). The detector only combines rule kinds:
 * - `trigger`: a way of binding someone to a future action; names whom (`owner`).
 * - `block`: a context that cancels a trigger in its clause (conditional offer, wish, past intent).
 * - `hedge`: a word that makes the promise soft ("I'll try", "normalement").
 * - `unclear`: an action nobody can check ("I'll look into it", "je regarde ça").
 * - `anchor`: a condition that makes a present tense a promise ("dès que", "as soon as").
 */
export type CommitmentRuleKind = 'trigger' | 'block' | 'hedge' | 'unclear' | 'anchor';

export interface CommitmentRule {
  id: string;
  lang: Lang;
  kind: CommitmentRuleKind;
  pattern: RegExp;
  reason: string;
  examples: { positive: string[]; negative: string[] };
  /** trigger: who is bound, as the sentence says it. */
  owner?: TextOwner;
  /**
   * trigger: the verb is a present tense that is a promise only when a time ("demain", "sous 48h")
   * or an anchor ("dès que") goes with it — "je vous envoie le devis demain" vs "je vous envoie ci-joint".
   */
  needsTime?: boolean;
  /** trigger: capture group 1 must look like a person's name ("Sarah will…", "Marc vous enverra…"). */
  nameGroup?: boolean;
  /** block: only this many characters after the trigger are checked (negations like "pas"). */
  window?: number;
  /** unclear: the action stays vague even with a day ("look into it by Friday"). */
  alwaysVague?: boolean;
}

/**
 * French object pronouns that may sit between subject and verb ("je vous l'enverrai",
 * "nous vous en ferons part"). Texts are normalised to straight apostrophes first.
 */
export const FR_CLITICS = String.raw`(?:(?:vous|te|lui|leur|les|le|la|en|y|me|nous|se)\s+|[tlmsn]')*`;

/** Role nouns for people other than the writer, in English ("our accountant will…"). */
export const EN_ROLES = [
  'accountant',
  'assistant',
  'developer',
  'dev',
  'designer',
  'team',
  'lawyer',
  'attorney',
  'boss',
  'manager',
  'colleague',
  'partner',
  'bookkeeper',
  'printer',
  'photographer',
  'agency',
  'ceo',
  'cto',
  'cfo',
  'director',
  'department',
  'intern',
  'secretary',
  'engineer',
  'finance',
  'legal',
  'hr',
  'staff',
  'editor',
  'translator',
  'copywriter',
  'contractor',
  'supplier',
  'provider',
  'admin',
  'administrator',
  'husband',
  'wife',
  'founder',
  'cofounder',
  'co-founder',
  'associate',
  'coordinator',
  'producer',
  'developers',
  'designers',
  'lead',
] as const;

/** Role nouns for people other than the writer, in French ("notre comptable effectuera…"). */
export const FR_ROLES = [
  'comptable',
  'compta',
  'comptabilité',
  'graphiste',
  'prestataire',
  'développeur',
  'développeuse',
  'développeurs',
  'dev',
  'service',
  'équipe',
  'assistant',
  'assistante',
  'avocat',
  'avocate',
  'juriste',
  'directeur',
  'directrice',
  'direction',
  'responsable',
  'collègue',
  'collègues',
  'associé',
  'associée',
  'stagiaire',
  'webmaster',
  'imprimeur',
  'photographe',
  'agence',
  'daf',
  'patron',
  'patronne',
  'boss',
  'secrétaire',
  'chef',
  'cheffe',
  'gérant',
  'gérante',
  'rédacteur',
  'rédactrice',
  'traducteur',
  'traductrice',
  'fournisseur',
  'banque',
  'cabinet',
  'expert-comptable',
  'conseil',
  'équipes',
  'services',
  'partenaire',
  'informaticien',
  'standard',
] as const;

/**
 * JavaScript's `\b` only knows ASCII letters, so "livrée\b" never matches before a space. Rules are
 * written with `\b` for readability and compiled once with a Unicode-aware boundary instead. A
 * boundary before a letter needs only a look-behind, one after a letter only a look-ahead; the
 * two-sided form (slow: it cannot anchor on a literal) is kept for the ambiguous rest.
 */
const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const START = `(?<!${WORD_CHAR})`;
const END = `(?!${WORD_CHAR})`;
const EITHER = `(?:${START}(?=${WORD_CHAR})|(?<=${WORD_CHAR})${END})`;

function boundaryAt(source: string, at: number): string {
  const next = source.slice(at + 2).replace(/^(?:\((?:\?:|\?<[a-z]+>)?)+/i, '');
  if (/^(?:[\p{L}\p{N}]|\\p\{L\})/u.test(next)) return START;
  const prev = source[at - 1] ?? '';
  if (/[\p{L}\p{N})?*+}]/u.test(prev)) return END;
  return EITHER;
}

export function unicodeBoundaries(rules: readonly CommitmentRule[]): readonly CommitmentRule[] {
  return rules.map((rule) => {
    const src = rule.pattern.source;
    let source = '';
    let last = 0;
    for (const m of src.matchAll(/(?<!\\)\\b/g)) {
      source += src.slice(last, m.index) + boundaryAt(src, m.index);
      last = m.index + 2;
    }
    source += src.slice(last);
    const flags = rule.pattern.flags.includes('u') ? rule.pattern.flags : `${rule.pattern.flags}u`;
    return { ...rule, pattern: new RegExp(source, flags) };
  });
}
