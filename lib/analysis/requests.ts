import { requestFeatures } from './requests/features.ts';
import type { RequestRule } from './requests/request-rule.ts';
import { EN_REQUEST_RULES } from './requests/request-rules.en.ts';
import { FR_REQUEST_BIAS, FR_REQUEST_RULES } from './requests/request-rules.fr.ts';
import { EN_REQUEST_MODEL } from './requests/request-weights.en.ts';
import { splitSentences } from './sentences.ts';
import type { Lang } from './types.ts';

/**
 * Does a sentence ask the reader to do something? A linear score over named cues (rules as data,
 * per language) and, in English, over word and word-pair weights fitted on a labelled set of
 * business e-mail (`test/tools/fit-requests.ts`). The rule ids that fired say why.
 */

export interface RequestScore {
  score: number;
  request: boolean;
  /** Ids of the cues that fired, strongest first. */
  rules: string[];
}

export interface FoundRequest {
  text: string;
  start: number;
  end: number;
  rules: string[];
}

function ruleHits(rules: readonly RequestRule[], sentence: string): RequestRule[] {
  return rules.filter((r) => r.pattern.test(sentence));
}

export function scoreRequest(sentence: string, lang: Lang): RequestScore {
  if (lang === 'fr') {
    const hits = ruleHits(FR_REQUEST_RULES, sentence);
    const score = hits.reduce((s, r) => s + r.weight, FR_REQUEST_BIAS);
    return { score, request: score > 0, rules: hits.filter((r) => r.weight > 0).map((r) => r.id) };
  }
  const model = EN_REQUEST_MODEL;
  const hits = ruleHits(EN_REQUEST_RULES, sentence);
  let score = model.bias;
  for (const r of hits) score += model.rules[r.id] ?? r.weight;
  for (const f of requestFeatures(sentence)) score += model.tokens.get(f) ?? 0;
  const why = hits
    .map((r) => ({ id: r.id, w: model.rules[r.id] ?? r.weight }))
    .filter((r) => r.w > 0)
    .sort((a, b) => b.w - a.w)
    .map((r) => r.id);
  return { score, request: score > model.threshold, rules: why };
}

export function isRequest(sentence: string, lang: Lang): boolean {
  return scoreRequest(sentence, lang).request;
}

/** Every sentence of `text` that asks the reader for something, with offsets. */
export function detectRequests(text: string, lang: Lang): FoundRequest[] {
  const out: FoundRequest[] = [];
  for (const s of splitSentences(text)) {
    // A sentence with no letter (emoji, numbers, a code fence) asks nothing.
    if (!/\p{L}/u.test(s.text)) continue;
    const r = scoreRequest(s.text, lang);
    if (r.request) out.push({ text: s.text, start: s.start, end: s.end, rules: r.rules });
  }
  return out;
}
