import nlp from 'compromise';

/**
 * Whether a capitalised word is a person's name ("Sarah will send…") rather than a capitalised
 * noun at the start of a sentence ("Payment will…"). compromise's lexicon knows first names in
 * both languages (Léa, Hélène, Julien); only the single word is looked up, and results are cached.
 */
const cache = new Map<string, boolean>();
const CACHE_MAX = 2000;

/** Capitalised words that are never the subject name we look for. */
const NOT_NAMES = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'he',
  'she',
  'they',
  'we',
  'you',
  'i',
  'everything',
  'nothing',
  'someone',
  'everyone',
  'nobody',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'ce',
  'cela',
  'ça',
  'tout',
  'rien',
  'demain',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'merci',
  'bonjour',
  'bonsoir',
  'personne',
  'chacun',
  'quelqu',
  'qui',
  'le',
  'la',
  'les',
  'un',
  'une',
  'cette',
]);

export function looksLikeName(word: string, atSentenceStart: boolean): boolean {
  const first = word.split(/[\s-]/)[0] ?? word;
  if (NOT_NAMES.has(first.toLowerCase())) return false;
  const key = `${atSentenceStart ? 1 : 0}${first}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const doc = nlp(first);
  const isPerson = doc.has('#Person');
  const result = isPerson || (!atSentenceStart && doc.has('#ProperNoun') && !doc.has('#Date'));
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, result);
  return result;
}
